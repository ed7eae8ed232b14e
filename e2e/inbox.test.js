// @ts-check
// The inbox in real Chromium against the emulator: mail arriving on the badge, reading and
// deleting, a worker restart losing nothing, no traffic without a live mailbox, and faults.
//
// Timing facts these tests lean on (entrypoints/background/poller.ts + schedule.ts):
// - fast window: a poll every 5 s for 3 minutes after an address is created, and while a popup
//   is open; the next poll is due at max(lastAttempt + interval, notBefore), so the 5 s interval
//   is a floor under every backoff and Retry-After wait;
// - backoff after n failures: uniform in [2.5 s, 5 s] · 2^(n-1), capped at 5 min;
// - 429 waits Retry-After; 401 stops polling.
// The emulator runs in this process, so its request-log times and Date.now() share one clock.
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EXTENSION_DIR, launch as launchHarness, waitFor } from './harness.js';

/** @typedef {Awaited<ReturnType<typeof launch>>} Harness */
/** @typedef {{time:number, method:string, path:string, status:number}} LogEntry */

const LIST_PREFIX = '/api/messages?';

// The suites below run two at a time, each against its own copy of the built extension taken
// now, so a rebuild of .output/ while they run (other work in this checkout) cannot pull files
// out from under a browser.
const BUILT_FILES = ['manifest.json', 'background.js', 'popup.html', 'options.html'];
for (const file of BUILT_FILES) {
  if (!existsSync(join(EXTENSION_DIR, file)))
    throw new Error(`No built extension (${file}) in ${EXTENSION_DIR}: run \`npm run build\` first.`);
}
const extensionDir = mkdtempSync(join(tmpdir(), 'tempmail-ext-'));
cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
after(() => rmSync(extensionDir, { recursive: true, force: true }));

const launch = () => launchHarness({ extensionDir });

/** @param {LogEntry} entry */
const isListRequest = (entry) => entry.method === 'GET' && entry.path.startsWith(LIST_PREFIX);

const uniqueSubject = (/** @type {string} */ label) => `${label} ${randomUUID().slice(0, 8)}`;

/**
 * Saves the key in the options page, then creates an address from the popup.
 * @param {Harness} h
 */
async function connectAndCreate(h) {
  const options = await h.connect();
  assert.match((await options.getByTestId('options-saved').textContent()) ?? '', /Connected/);
  await options.close();
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'New address' }).first().click();
  const email = await waitFor(async () => {
    const text = (await popup.getByTestId('current-address').textContent({ timeout: 1000 })) ?? '';
    return /@(mail|inbox)\.test$/.test(text) ? text : null;
  }, 'a new address');
  return { popup, email };
}

/**
 * Follows the service worker's running state through CDP. The harness cannot: Playwright keeps
 * listing a stopped extension worker in context.serviceWorkers() (and reattaches the same Worker
 * object when it starts again), so h.stopWorker() never sees it stop and h.inWorker() never wakes
 * it. Here `stop()` waits for runningStatus 'stopped', and `evaluate()` refuses to run unless the
 * worker is running, so a check never wakes the worker (h.inWorker's page would open the 'popup'
 * port, which polls by itself).
 * @param {Harness} h
 */
async function monitorWorker(h) {
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  const prefix = `chrome-extension://${h.extensionId}/`;
  let status = 'unknown';
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      if (version.runningStatus === 'running' && status !== 'running') starts += 1;
      status = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  await waitFor(() => status === 'running', 'the worker to be running', 10_000);
  const monitor = {
    get status() {
      return status;
    },
    /** How many times the worker went to 'running' since the monitor started. */
    get starts() {
      return starts;
    },
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => status === 'stopped', 'the worker to stop', 10_000, 20);
    },
    /** Wakes the worker the way the harness means to: by opening (and closing) an extension page. */
    async wake() {
      const popup = await h.openPopup();
      await waitFor(() => status === 'running', 'the worker to start', 10_000, 20);
      await popup.close();
    },
    /**
     * @param {(arg: any) => any} fn
     * @param {any} [arg]
     */
    async evaluate(fn, arg) {
      if (status !== 'running') throw new Error(`the worker is ${status}`);
      return h.worker().evaluate(fn, arg);
    },
    badge: () => monitor.evaluate(() => chrome.action.getBadgeText({})),
    /** @param {string} key */
    storage: (key) => monitor.evaluate((k) => chrome.storage.local.get(k).then((all) => all[k]), key),
    /** ms until the poll alarm fires, or null when there is none. */
    alarmIn: () =>
      monitor.evaluate(() => chrome.alarms.get('poll-inbox').then((alarm) => (alarm ? alarm.scheduledTime - Date.now() : null))),
  };
  return monitor;
}

/** @param {Harness} h */
const extensionPagesOpen = (h) =>
  h.context
    .pages()
    .map((page) => page.url())
    .filter((url) => url.startsWith(`chrome-extension://${h.extensionId}/`));

/**
 * What the server lists for `email`, asked directly with the key (this request is logged too).
 * @param {Harness} h
 * @param {string} email
 */
async function serverListing(h, email) {
  const response = await fetch(`${h.emulator.url}/api/messages?email=${encodeURIComponent(email)}`, {
    headers: { Authorization: `Bearer ${h.emulator.keys[0].key}` },
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return /** @type {{id:string, subject:string}[]} */ (body.messages);
}

/**
 * A negative check over a time window, the one legitimate use of one: "nothing happens" can only
 * be shown by watching for a while. Polls the request log every second and fails as soon as an
 * entry after `fromIndex` matches `unwanted`.
 * @param {Harness} h
 * @param {number} fromIndex log length when the window opened
 * @param {number} windowMs
 * @param {(entry: LogEntry) => boolean} unwanted
 * @param {string} what
 * @param {(second: number) => Promise<void>} [duringSecond] pokes run at each tick (e.g. open a popup)
 */
async function assertNoRequestsDuring(h, fromIndex, windowMs, unwanted, what, duringSecond) {
  const end = Date.now() + windowMs;
  for (let second = 0; ; second += 1) {
    const fresh = (await h.apiLog()).slice(fromIndex).filter(unwanted);
    assert.deepEqual(fresh, [], `${what}: unexpected requests ${JSON.stringify(fresh)}`);
    if (Date.now() >= end) return;
    await duringSecond?.(second);
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, Math.max(0, end - Date.now()))));
  }
}

/** @param {import('playwright-core').Page} popup */
const pollProblemText = (popup) =>
  // Read in one go: the line may go between a count and a read.
  popup.evaluate(() => document.querySelector('[data-testid="poll-problem"]')?.textContent ?? '');

// ---------------------------------------------------------------------------------------------
// Two lanes: the fault suite (the longest: its backoffs take real time) beside the other two, each
// suite with its own browser and emulator. Subtests inherit `concurrency`, so every suite sets 1:
// its tests share state and must run in order.

describe('inbox e2e', { concurrency: 2 }, () => {
  describe('faults while polling (popup open)', { concurrency: 1 }, () => {
    /** @type {Harness} */
    let h;
    /** @type {Awaited<ReturnType<typeof monitorWorker>>} */
    let w;
    /** @type {import('playwright-core').Page} */
    let popup;
    /** @type {string} */
    let email;
    const subject = uniqueSubject('Kept safe');

    before(async () => {
      h = await launch();
      w = await monitorWorker(h);
      ({ popup, email } = await connectAndCreate(h));
      await h.sendMail({ to: email, subject });
      await popup.locator('li', { hasText: subject }).waitFor({ timeout: 15_000 });
      await waitFor(async () => (await w.badge()) === '1', 'one unread on the badge', 5000);
    });
    after(async () => {
      await h?.close();
    });

    /** Waits until polling is healthy again: no poll-problem line, the unread count on the badge. */
    async function expectRecovered() {
      await waitFor(async () => (await popup.getByTestId('poll-problem').count()) === 0, 'the poll-problem line to go', 30_000);
      await waitFor(async () => (await w.badge()) === '1', 'the badge back to the unread count', 5000);
      const status = await w.storage('pollStatus');
      assert.equal(status.error, null);
      assert.equal(status.consecutiveFailures, 0);
    }

    it('backs off on 500s without a retry storm, shows the problem, then recovers', async () => {
      const since = Date.now();
      await h.admin('faults', {
        method: 'POST',
        body: { kind: '500', count: 3, match: LIST_PREFIX },
      });
      await waitFor(
        async () => /Server error/.test(await pollProblemText(popup)),
        'the poll-problem line to mention the failure',
        10_000,
      );
      await waitFor(async () => (await w.badge()) === '?', "the '?' badge", 5000);

      // Wait for the first good listing after the three 500s (backoff ≥5 s, 5–10 s, 10–20 s).
      const requests = /** @type {LogEntry[]} */ (
        await waitFor(
          async () => {
            const list = (await h.apiLog()).filter((entry) => isListRequest(entry) && entry.time >= since);
            const last = list.filter((entry) => entry.status === 500)[2];
            return last && list.some((entry) => entry.time > last.time && entry.status === 200) ? list : null;
          },
          'a good listing after three 500s',
          40_000,
          250,
        )
      );
      const firstFailure = requests.findIndex((entry) => entry.status === 500);
      const [f1, f2, f3, next] = requests.slice(firstFailure, firstFailure + 4);
      assert.deepEqual(
        [f1, f2, f3, next].map((entry) => entry.status),
        [500, 500, 500, 200],
        JSON.stringify(requests),
      );
      const gaps = [f2.time - f1.time, f3.time - f2.time, next.time - f3.time];
      const inFirst10s = requests.filter((entry) => entry.time >= f1.time && entry.time < f1.time + 10_000).length;
      assert.ok(inFirst10s < 6, `no retry storm: ${inFirst10s} listings in the 10 s after the first failure`);
      // The first backoff (2.5–5 s) hides under the 5 s fast interval, so the first gap is ~5 s and
      // the second 5–10 s: it can come out within a hair of the first, hence the 250 ms tolerance.
      // The wait after the third failure (10–20 s) must clearly exceed both.
      assert.ok(gaps[0] >= 4_500, `gaps ${gaps}: not faster than the fast interval`);
      assert.ok(gaps[1] > gaps[0] - 250, `gaps ${gaps}: the second failure waits at least as long as the first`);
      assert.ok(gaps[2] > gaps[1] - 250 && gaps[2] >= 9_500, `gaps ${gaps}: the third backoff is 10–20 s`);
      assert.ok(gaps[2] <= 21_000, `gaps ${gaps}: within the backoff's upper bound`);

      await expectRecovered();
      // Normal polling again: the next listing comes at the fast interval, not after a longer backoff.
      const following = /** @type {LogEntry} */ (
        await waitFor(
          async () => (await h.apiLog()).find((entry) => isListRequest(entry) && entry.time > next.time),
          'the next listing after the recovery',
          10_000,
          250,
        )
      );
      assert.equal(following.status, 200);
      assert.ok(following.time - next.time < 7_000, `next poll ${following.time - next.time} ms after the recovery`);
    });

    it('shows a malformed JSON answer as a poll problem, then recovers', async () => {
      const fromIndex = (await h.apiLog()).length;
      await h.admin('faults', {
        method: 'POST',
        body: { kind: 'malformed-json', match: LIST_PREFIX },
      });
      await waitFor(
        async () => /not a Temp Mail API response/.test(await pollProblemText(popup)),
        'the poll-problem line for the malformed answer',
        10_000,
      );
      assert.equal(await w.badge(), '?');
      await expectRecovered();
      assert.ok((await h.apiLog()).slice(fromIndex).filter(isListRequest).length >= 2, 'polled again after the bad answer');
    });

    it('waits out Retry-After on a 429, even when the popup is reopened', async () => {
      // Retry-After: 8 rather than 3: the next poll is never due before lastAttempt + 5 s (fast
      // interval), so a wait shorter than 5 s would look the same as ignoring the header.
      const fromIndex = (await h.apiLog()).length;
      await h.admin('faults', {
        method: 'POST',
        body: { kind: '429', retryAfter: 8, match: LIST_PREFIX },
      });
      const limited = /** @type {LogEntry} */ (
        await waitFor(
          async () => (await h.apiLog()).slice(fromIndex).find((entry) => isListRequest(entry) && entry.status === 429),
          'the 429',
          10_000,
          100,
        )
      );
      await waitFor(
        async () => /Too Many Attempts/.test(await pollProblemText(popup)),
        'the poll-problem line for the 429',
        5000,
      );
      // Reopening the popup connects a new port, which asks for a poll at once: it must wait too.
      const reopened = await h.openPopup();
      await reopened.getByTestId('current-address').waitFor({ timeout: 5000 });
      const nextAfter = /** @type {LogEntry} */ (
        await waitFor(
          async () => (await h.apiLog()).slice(fromIndex).find((entry) => isListRequest(entry) && entry.time > limited.time),
          'the next listing after the 429',
          15_000,
          100,
        )
      );
      const waited = nextAfter.time - limited.time;
      assert.ok(waited >= 7_500, `the next listing came ${waited} ms after the 429 (Retry-After: 8)`);
      assert.ok(waited <= 12_000, `polling resumed ${waited} ms after the 429`);
      await reopened.close();
      await expectRecovered();
    });

    it('shows the server message on 403 (API access disabled) without calling the key rejected', async () => {
      const key = h.emulator.keys[0].key;
      await h.admin(`keys/${key}`, {
        method: 'PATCH',
        body: { apiEnabled: false },
      });
      await waitFor(
        async () => /API access is disabled for this account\./.test(await pollProblemText(popup)),
        'the 403 message in the popup',
        10_000,
      );
      assert.equal(await popup.getByText('The API rejected your key').count(), 0, 'a 403 is not a rejected key');
      assert.notEqual(await w.badge(), '!');
      await h.admin(`keys/${key}`, {
        method: 'PATCH',
        body: { apiEnabled: true },
      });
      await expectRecovered();
    });

    // Chrome stops a worker whose fetch() waits 30 s for a response. The one-shot poll alarm has
    // already fired when a poll is under way, so something must stay armed to wake a worker stopped
    // mid-poll; otherwise polling stalls until the user next opens the popup.
    /** @type {number} */
    let hangingSince;
    /** @type {import('playwright-core').Page | undefined} */
    let second;

    it('keeps the popup responsive while a listing hangs, with a poll alarm still armed', async () => {
      const fromIndex = (await h.apiLog()).length;
      await h.admin('faults', {
        method: 'POST',
        body: { kind: 'hang', delayMs: 40_000, match: LIST_PREFIX },
      });
      await waitFor(async () => (await h.admin('faults')).length === 0, 'a listing to start hanging', 10_000, 50);
      hangingSince = Date.now();
      const alarmIn = await w.alarmIn();
      assert.ok(
        alarmIn !== null && alarmIn > 1_000 && alarmIn <= 65_000,
        `a poll alarm is armed during the poll (in ${alarmIn} ms)`,
      );

      const opening = Date.now();
      second = await h.openPopup();
      await waitFor(
        async () => (await second?.getByTestId('current-address').textContent({ timeout: 500 })) === email,
        'the address',
        3000,
      );
      await second.locator('li', { hasText: subject }).waitFor({ timeout: 3000 });
      const shownIn = Date.now() - opening;
      assert.ok(shownIn < 3000, `the popup showed the stored inbox in ${shownIn} ms`);
      // The message still opens (from the local copy) while the poll hangs.
      await second.locator('li', { hasText: subject }).getByRole('button').first().click();
      await second.getByRole('heading', { name: subject }).waitFor({ timeout: 5000 });
      // It was really still hanging: a hang is logged only when it ends.
      assert.deepEqual((await h.apiLog()).slice(fromIndex).filter(isListRequest), [], 'the listing was still in flight');
      await h.admin('faults', { method: 'DELETE' });
    });

    it('keeps that alarm armed when the popup closes during the hanging poll', async () => {
      await second?.close();
      // A negative check over a short window: the port's disconnect handler runs schedule() within
      // milliseconds; for 2 s the alarm must stay in the future.
      const end = Date.now() + 2_000;
      while (Date.now() < end) {
        const due = await w.alarmIn();
        assert.ok(due !== null && due > 1_000, `the alarm was replaced (due in ${due} ms)`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });

    it('recovers after the worker is stopped mid-poll', async () => {
      await second?.close();
      // Stopping the worker drops the hanging request; a popup wakes it, and polling carries on.
      await w.stop();
      await popup.close();
      popup = await h.openPopup(); // the popup for the rest of the suite: its port keeps polling fast
      await waitFor(
        async () => (await h.apiLog()).some((entry) => isListRequest(entry) && entry.time > hangingSince && entry.status === 200),
        'a good listing after the restart',
        15_000,
        250,
      );
      await popup.locator('li', { hasText: subject }).waitFor({ timeout: 5000 });
      const status = await w.storage('pollStatus');
      assert.equal(status.error, null);
    });

    it('stops polling after a 401 and shows the key as rejected', async () => {
      // The emulator answers 401 only for unknown keys: forget the saved key on the server side.
      const key = h.emulator.keys[0].key;
      h.emulator.state.store.keys.delete(key);
      const unauthorized = /** @type {LogEntry} */ (
        await waitFor(
          async () => (await h.apiLog()).find((entry) => entry.status === 401),
          'a 401 for the saved key',
          15_000,
          100,
        )
      );
      await waitFor(async () => (await w.badge()) === '!', "the '!' badge", 5000);
      await popup.getByText('The API rejected your key').waitFor({ timeout: 5000 });
      assert.equal(await popup.getByTestId('poll-problem').count(), 0, 'the rejection replaces the poll-problem line');
      assert.equal(await w.alarmIn(), null, 'no poll alarm');
      const log = await h.apiLog();
      const fromIndex = log.findIndex((entry) => entry.status === 401 && entry.time === unauthorized.time) + 1;
      assert.ok(fromIndex > 0);
      // Negative check over a 7 s window (more than the 5 s fast interval), popup open.
      await assertNoRequestsDuring(h, fromIndex, 7_000, (entry) => entry.path.startsWith('/api/'), 'no request after the 401');
    });
  });

  // ---------------------------------------------------------------------------------------------

  describe('inbox: mail in, read, delete, and silence without a live mailbox', { concurrency: 1 }, () => {
    /** @type {Harness} */
    let h;
    /** @type {Awaited<ReturnType<typeof monitorWorker>>} */
    let w;
    /** @type {string} */
    let email;
    before(async () => {
      h = await launch();
      w = await monitorWorker(h);
    });
    after(async () => {
      await h?.close();
    });

    it('shows new mail on the badge within 10 s with the popup closed; reading clears it; deleting removes it everywhere', async () => {
      const created = await connectAndCreate(h);
      email = created.email;
      await created.popup.close();
      assert.deepEqual(extensionPagesOpen(h), [], 'no popup is open: only the fast window can bring the mail');

      const subject = uniqueSubject('Welcome aboard');
      const sentAt = Date.now();
      await h.sendMail({ to: email, subject, text: 'First mail body' });
      await waitFor(async () => (await w.badge()) === '1', 'the badge to show 1', 10_000);
      const elapsed = Date.now() - sentAt;
      assert.ok(elapsed < 10_000, `badge showed 1 after ${elapsed} ms`);
      assert.deepEqual(extensionPagesOpen(h), [], 'the badge changed with no extension page open');

      const popup = await h.openPopup();
      const row = popup.locator('li', { hasText: subject });
      await row.waitFor({ timeout: 5000 });
      assert.match((await row.textContent()) ?? '', /Sender/, 'the row shows the sender');
      const stored = /** @type {any[]} */ (await w.storage('messages'));
      const message = stored.find((item) => item.subject === subject);
      assert.ok(message, 'the message is in the local store');
      assert.equal(message.mailbox, email);
      assert.equal(message.read, false);

      await row.getByRole('button').first().click();
      await popup.getByRole('heading', { name: subject }).waitFor({ timeout: 5000 });
      assert.match((await popup.locator('article').textContent()) ?? '', /First mail body/);
      await waitFor(async () => (await w.badge()) === '', 'the badge to clear after reading', 5000);
      await waitFor(
        async () =>
          (await h.apiLog()).some(
            (entry) =>
              entry.method === 'GET' && decodeURIComponent(entry.path) === `/api/messages/${message.id}` && entry.status === 200,
          ),
        'GET /api/messages/{id} in the emulator log',
        5000,
      );
      assert.equal(
        (await w.storage('messages')).find((/** @type {any} */ item) => item.id === message.id)?.read,
        true,
        'stored as read',
      );

      await popup.getByRole('button', { name: 'Delete', exact: true }).click();
      await popup.getByTestId('confirm-delete-message').getByRole('button', { name: 'Delete message' }).click();
      await popup.getByTestId('current-address').waitFor({ timeout: 5000 }); // back to the list
      await waitFor(async () => (await popup.locator('li', { hasText: subject }).count()) === 0, 'the row to go', 5000);
      await waitFor(
        async () => !(await w.storage('messages')).some((/** @type {any} */ item) => item.id === message.id),
        'the message to leave the local store',
        5000,
      );
      assert.ok(
        (await h.apiLog()).some(
          (entry) => entry.method === 'DELETE' && decodeURIComponent(entry.path) === `/api/messages/${message.id}`,
        ),
        'DELETE /api/messages/{id} reached the server',
      );
      const listed = await serverListing(h, email);
      assert.ok(!listed.some((item) => item.id === message.id), 'the server no longer lists it');
      await popup.close();
    });

    it('sends no request at all while no mailbox is live (popup open, key saved)', async () => {
      const popup = await h.openPopup();
      // Two live mailboxes: the first expires on the server (the client learns it from a 404 on
      // its listing), the second is deleted from the popup.
      await popup.getByRole('button', { name: 'New address' }).click();
      const second = await waitFor(async () => {
        const text = (await popup.getByTestId('current-address').textContent({ timeout: 1000 })) ?? '';
        return text !== email && /@(mail|inbox)\.test$/.test(text) ? text : null;
      }, 'a second address');
      assert.deepEqual(await h.admin('expire', { method: 'POST', body: { email } }), { ok: true });
      await waitFor(
        async () => (await w.storage('mailboxes')).find((/** @type {any} */ box) => box.email === email)?.status === 'gone',
        'the client to notice the expired mailbox (404 on its listing)',
        15_000,
      );
      await popup.getByRole('button', { name: 'Delete address' }).click();
      await popup.getByTestId('confirm-delete-address').getByRole('button', { name: 'Delete address' }).click();
      await waitFor(
        async () => (await popup.getByText('You have no active address.').count()) === 1,
        'the empty state (not "No address yet": there were addresses)',
        5000,
      );
      const mailboxes = /** @type {any[]} */ (await w.storage('mailboxes'));
      assert.deepEqual(
        mailboxes.filter((box) => box.status === 'live'),
        [],
        'no live mailbox left',
      );
      assert.ok(!mailboxes.some((box) => box.email === second), 'the deleted address left the registry');
      assert.equal(await w.alarmIn(), null, 'no poll alarm');
      assert.ok((await w.storage('connection')).keyHint, 'the key is still saved');

      // Negative check over a 12 s window (more than two fast intervals), popup open the whole time;
      // a second popup opened at 2 s connects another 'popup' port, which asks for a poll at once.
      const fromIndex = (await h.apiLog()).length;
      /** @type {import('playwright-core').Page | undefined} */
      let another;
      await assertNoRequestsDuring(
        h,
        fromIndex,
        12_000,
        (entry) => entry.path.startsWith('/api/'),
        'no /api request without a live mailbox',
        async (tick) => {
          if (tick === 2) another = await h.openPopup();
        },
      );
      await another?.close();
      await popup.close();
    });
  });

  // ---------------------------------------------------------------------------------------------

  describe('worker restart', { concurrency: 1 }, () => {
    /** @type {Harness} */
    let h;
    /** @type {Awaited<ReturnType<typeof monitorWorker>>} */
    let w;
    before(async () => {
      h = await launch();
      w = await monitorWorker(h);
    });
    after(async () => {
      await h?.close();
    });

    it('loses nothing and duplicates nothing across a worker stop, and the alarm wakes it to keep polling', async () => {
      const { popup, email } = await connectAndCreate(h);
      await popup.close();

      const subjectA = uniqueSubject('Mail A');
      const subjectB = uniqueSubject('Mail B');
      const subjectC = uniqueSubject('Mail C');
      await h.sendMail({ to: email, subject: subjectA });
      await waitFor(async () => (await w.badge()) === '1', 'mail A on the badge', 15_000);

      // Stop it right after a poll (the next one ~5 s away), so B surely lands while it is stopped.
      await waitFor(
        async () => {
          const due = await w.alarmIn();
          return due !== null && due > 3_000 && due <= 5_500;
        },
        'a poll just done',
        10_000,
        50,
      );
      await w.stop();
      await h.sendMail({ to: email, subject: subjectB });
      assert.equal(w.status, 'stopped', 'B was delivered while the worker was stopped');
      await w.wake();

      /** @param {any[]} messages @param {string[]} subjects */
      const holdsEachOnce = (messages, subjects) =>
        subjects.every((subject) => messages.filter((message) => message.subject === subject).length === 1);
      const afterWake = /** @type {any[]} */ (
        await waitFor(
          async () => {
            const messages = (await w.storage('messages')) ?? [];
            return holdsEachOnce(messages, [subjectA, subjectB]) ? messages : null;
          },
          'A and B in the store after the restart',
          15_000,
        )
      );
      const ids = afterWake.map((message) => message.id);
      assert.equal(new Set(ids).size, ids.length, `no duplicate ids: ${ids}`);
      assert.equal(afterWake.length, 2, 'exactly A and B');
      assert.deepEqual(
        [...ids].sort(),
        (await serverListing(h, email)).map((message) => message.id).sort(),
        'the store holds exactly what the server lists',
      );

      // Stop it again between polls (the next fast-interval alarm armed) and let nothing but that
      // alarm wake it: no extension page is opened from here on.
      await waitFor(
        async () => {
          const due = await w.alarmIn();
          return due !== null && due > 1_000 && due <= 5_500;
        },
        'the next poll alarm',
        10_000,
      );
      const startsBefore = w.starts;
      await w.stop();
      const stoppedAt = Date.now();
      await h.sendMail({ to: email, subject: subjectC });
      // The alarm is due within 5 s (fast window): unpacked extensions are not clamped to Chrome's
      // 30 s alarm minimum, but allow 40 s in case this Chromium clamps it anyway.
      const final = /** @type {any[]} */ (
        await waitFor(
          async () => {
            assert.deepEqual(extensionPagesOpen(h), [], 'no extension page was opened');
            const messages = (await w.storage('messages')) ?? [];
            return holdsEachOnce(messages, [subjectA, subjectB, subjectC]) ? messages : null;
          },
          'mail C in the store with no page open (the alarm waking the worker)',
          40_000,
          250,
        )
      );
      assert.ok(w.starts > startsBefore, 'the worker started again by itself');
      assert.ok(
        (await h.apiLog()).some((entry) => isListRequest(entry) && entry.time >= stoppedAt && entry.status === 200),
        'the worker polled on its own after the stop',
      );
      const finalIds = final.map((message) => message.id);
      assert.equal(new Set(finalIds).size, finalIds.length, `no duplicate ids: ${finalIds}`);
      assert.equal(final.length, 3);
      await waitFor(async () => (await w.badge()) === '3', 'the badge to count A, B and C', 5000);
    });
  });
});
