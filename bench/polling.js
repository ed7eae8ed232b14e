// The poller's figures: its own arithmetic over a simulated hour, then real Chromium (requests with
// no live mailbox, SMTP delivery → badge latency, the calm-state cadence).
import { loadModule, median, section } from './lib.js';

/** Requests per hour the real scheduler asks for, by stepping its own delay function over an hour. */
export async function schedulerFigures() {
  section("Polling cadence (the scheduler's own arithmetic over one simulated hour)");
  const { nextPollDelay } = await loadModule('entrypoints/background/schedule.ts');
  const start = Date.now();
  const perHour = (input) => {
    let now = start;
    let requests = 0;
    while (true) {
      const delay = nextPollDelay({ ...input, now });
      if (delay === null) return 0;
      now += delay;
      if (now > start + 3_600_000) return requests;
      requests += input.liveMailboxes;
    }
  };
  const reset = new Date(Date.now() + 4 * 24 * 3_600_000).toISOString();
  const calm = { liveMailboxes: 1, fast: false, calmIntervalSec: 60, quotaRemaining: 40_000, quotaResetAt: reset };
  console.log(`one live mailbox, calm (60 s default):    ${perHour(calm)} requests/hour`);
  console.log(`one live mailbox, fast window:            ${perHour({ ...calm, fast: true })} requests/hour`);
  console.log(`no live mailbox:                          ${perHour({ ...calm, liveMailboxes: 0 })} requests/hour`);
  const tight = { ...calm, fast: true, quotaRemaining: 200 };
  console.log(`fast, 200 requests left, reset in 4 days: ${perHour(tight)} requests/hour (quota pacing)`);
}

export async function browserFigures() {
  const { launch, waitFor } = await import('../e2e/harness.js');
  section('Real Chromium: requests and latency');
  const h = await launch();
  try {
    await (await h.connect()).close();
    // No live mailbox: count what the poller asks for over 20 s.
    const t0 = Date.now();
    const before = (await h.apiLog()).length;
    await new Promise((r) => setTimeout(r, 20_000));
    const idle = (await h.apiLog()).slice(before).filter((e) => e.path.startsWith('/api/messages')).length;
    console.log(`requests with no live mailbox over ${((Date.now() - t0) / 1000).toFixed(0)} s: ${idle}`);

    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'New address' }).click();
    await popup.getByTestId('current-address').waitFor();
    const email = await popup.getByTestId('current-address').textContent();
    await popup.close();

    // Delivery → badge in the fast window, popup closed. Mail arrives at a random moment of the
    // 5 s polling cycle, as it does in life (back-to-back sends would lock onto the cycle).
    const latencies = [];
    for (let run = 1; run <= 7; run++) {
      await new Promise((r) => setTimeout(r, Math.random() * 5000));
      const start = performance.now();
      await h.sendMail({ to: email, subject: `Bench ${run}`, text: `run ${run}` });
      await waitFor(async () => (await h.badgeText()) === String(run), `badge ${run}`, 20_000, 25);
      latencies.push(performance.now() - start);
    }
    console.log(
      `SMTP delivery → badge (fast window, 7 runs): median ${(median(latencies) / 1000).toFixed(2)} s, ` +
        `max ${(Math.max(...latencies) / 1000).toFixed(2)} s`,
    );

    // Calm state: leave the fast window, wait for the first calm poll, then time the next two.
    await h.inWorker(async () => {
      const { pollStatus } = await chrome.storage.local.get('pollStatus');
      await chrome.storage.local.set({ pollStatus: { ...pollStatus, fastUntil: 0 } });
    });
    const listings = async () => (await h.apiLog()).filter((e) => e.path.startsWith('/api/messages?'));
    const seen = (await listings()).length;
    await waitFor(async () => (await listings()).length >= seen + 2, 'the first calm poll', 150_000, 500);
    const first = (await listings()).length - 1;
    await waitFor(async () => (await listings()).length >= first + 3, 'two more calm polls', 200_000, 500);
    const times = (await listings()).slice(first, first + 3).map((e) => e.time);
    const interval = (times[2] - times[0]) / 2;
    console.log(
      `calm state, one live mailbox (worker left to sleep between polls): one poll every ${(interval / 1000).toFixed(1)} s ` +
        `→ ${Math.round(3_600_000 / interval)} requests/hour`,
    );
  } finally {
    await h.close();
  }
}
