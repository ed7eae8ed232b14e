/**
 * How long to wait before the next poll: pure arithmetic, unit-tested apart from the browser.
 */
export const FAST_INTERVAL_MS = 5_000;
export const FAST_WINDOW_MS = 3 * 60_000;
export const MIN_CALM_SEC = 30;
export const MAX_CALM_SEC = 15 * 60;
const BACKOFF_BASE_MS = 5_000;
const BACKOFF_CAP_MS = 5 * 60_000;
/**
 * Calm polling, left running until the quota resets, may spend at most this share of what is left.
 * 0.9 keeps the 60 s default untouched on a fresh 50,000-request month (43,200 at most).
 */
const CALM_QUOTA_SHARE = 0.9;
/**
 * Fast windows are short and follow a user's action (a new address, a fill, the popup open), so
 * they may run this many times faster than the sustainable rate, never faster than every 5 s.
 */
const FAST_BURST_FACTOR = 12;

export interface ScheduleInput {
  now: number;
  liveMailboxes: number;
  fast: boolean;
  calmIntervalSec: number;
  quotaRemaining: number | null;
  quotaResetAt: string | null;
}

export function clampCalmInterval(seconds: number): number {
  if (!Number.isFinite(seconds)) return 60;
  return Math.min(MAX_CALM_SEC, Math.max(MIN_CALM_SEC, Math.round(seconds)));
}

/**
 * The shortest interval at which polling without pause until the reset spends no more than its
 * share of the quota left (each poll costs one request per live mailbox); 0 when unknown.
 */
export function quotaPacedIntervalMs(input: Omit<ScheduleInput, 'fast' | 'calmIntervalSec'>): number {
  const { quotaRemaining, quotaResetAt, now, liveMailboxes } = input;
  if (quotaRemaining === null || quotaResetAt === null) return 0;
  const untilReset = Date.parse(quotaResetAt) - now;
  if (!Number.isFinite(untilReset) || untilReset <= 0) return 0;
  const budget = quotaRemaining * CALM_QUOTA_SHARE;
  if (budget < liveMailboxes) return untilReset;
  return Math.ceil((untilReset * liveMailboxes) / budget);
}

/** Milliseconds until the next poll, or null for "no polling at all". */
export function nextPollDelay(input: ScheduleInput): number | null {
  if (input.liveMailboxes === 0) return null;
  const paced = quotaPacedIntervalMs(input);
  if (input.fast) return Math.max(FAST_INTERVAL_MS, Math.ceil(paced / FAST_BURST_FACTOR));
  return Math.max(clampCalmInterval(input.calmIntervalSec) * 1000, paced);
}

/** Exponential backoff with jitter in its upper half, capped. */
export function backoffDelay(failures: number, random = Math.random): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}
