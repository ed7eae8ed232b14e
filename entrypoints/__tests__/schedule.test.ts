import { backoffDelay, clampCalmInterval, FAST_INTERVAL_MS, nextPollDelay, quotaPacedIntervalMs } from '../background/schedule';

const HOUR = 3_600_000;
const base = {
  now: 0,
  liveMailboxes: 1,
  fast: false,
  calmIntervalSec: 60,
  quotaRemaining: 50_000,
  quotaResetAt: new Date(30 * 24 * HOUR).toISOString(),
};

describe('nextPollDelay', () => {
  it('does not poll at all without a live mailbox', () => {
    expect(nextPollDelay({ ...base, liveMailboxes: 0 })).toBeNull();
    expect(nextPollDelay({ ...base, liveMailboxes: 0, fast: true })).toBeNull();
  });

  it('polls every 5 s in the fast window and at the calm interval otherwise', () => {
    expect(nextPollDelay({ ...base, fast: true })).toBe(FAST_INTERVAL_MS);
    expect(nextPollDelay(base)).toBe(60_000);
    expect(nextPollDelay({ ...base, calmIntervalSec: 300 })).toBe(300_000);
  });

  it('keeps the calm interval between 30 s and 15 min', () => {
    const unknownQuota = { ...base, quotaRemaining: null };
    expect(nextPollDelay({ ...unknownQuota, calmIntervalSec: 1 })).toBe(30_000);
    expect(nextPollDelay({ ...unknownQuota, calmIntervalSec: 99_999 })).toBe(900_000);
    // 30 s without pause would spend 86,400 requests in a 30-day month: pacing stretches it.
    expect(nextPollDelay({ ...base, calmIntervalSec: 30 })).toBe(57_600);
    expect(clampCalmInterval(Number.NaN)).toBe(60);
  });

  it('stretches the calm interval when the quota left cannot pay for it', () => {
    // 100 requests left for a day: calm polling may spend 90 of them, one every 16 minutes.
    const tight = { ...base, quotaRemaining: 100, quotaResetAt: new Date(24 * HOUR).toISOString() };
    expect(nextPollDelay(tight)).toBe(Math.ceil((24 * HOUR) / 90));
    // A fast window may run twelve times faster than that, never faster than 5 s.
    expect(nextPollDelay({ ...tight, fast: true })).toBe(Math.ceil(Math.ceil((24 * HOUR) / 90) / 12));
  });

  it('leaves the default cadence alone on a fresh month', () => {
    expect(nextPollDelay(base)).toBe(60_000);
    expect(nextPollDelay({ ...base, fast: true })).toBe(5_000);
  });

  it('waits for the reset when nothing is left', () => {
    const empty = { ...base, quotaRemaining: 0, quotaResetAt: new Date(HOUR).toISOString() };
    expect(nextPollDelay(empty)).toBe(HOUR);
  });

  it('can never spend the quota left by calm polling alone', () => {
    for (const remaining of [1, 10, 1_000, 50_000]) {
      for (const mailboxes of [1, 3]) {
        const input = { ...base, liveMailboxes: mailboxes, quotaRemaining: remaining };
        const untilReset = Date.parse(input.quotaResetAt);
        const delay = nextPollDelay(input)!;
        const requests = Math.floor(untilReset / delay) * mailboxes;
        expect(requests).toBeLessThanOrEqual(Math.max(remaining * 0.9, mailboxes));
        expect(requests).toBeLessThanOrEqual(Math.max(remaining, mailboxes));
      }
    }
  });

  it('ignores pacing when the quota is unknown or already reset', () => {
    expect(quotaPacedIntervalMs({ ...base, quotaRemaining: null })).toBe(0);
    expect(quotaPacedIntervalMs({ ...base, quotaResetAt: 'garbage' })).toBe(0);
    expect(quotaPacedIntervalMs({ ...base, now: Date.parse(base.quotaResetAt) + 1 })).toBe(0);
  });

  it('counts every live mailbox in the pacing', () => {
    const one = quotaPacedIntervalMs({ ...base, quotaRemaining: 900 });
    expect(quotaPacedIntervalMs({ ...base, quotaRemaining: 900, liveMailboxes: 2 })).toBe(one * 2);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and stays capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(2_500);
    expect(backoffDelay(1, () => 1)).toBe(5_000);
    expect(backoffDelay(2, () => 0)).toBe(5_000);
    expect(backoffDelay(3, () => 1)).toBe(20_000);
    expect(backoffDelay(30, () => 1)).toBe(300_000);
    expect(backoffDelay(30, () => 0)).toBe(150_000);
  });
});
