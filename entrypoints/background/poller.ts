/**
 * The inbox poller. Everything it needs to carry on lives in storage, so the worker may be stopped
 * at any moment: an alarm (or the worker's next start) picks up where it was.
 *
 * Timing: an alarm is always set for the next poll (Chrome clamps packed extensions to 30 s);
 * while the worker is awake a timer takes the shorter fast-window steps.
 */
import { browser } from '#imports';
import type { UiError } from '@/utils/errors';
import {
  connectionItem,
  pollStatusItem,
  quotaItem,
  settingsItem,
  type ConnectionInfo,
  type MailboxRecord,
  type PollStatus,
  type StoredMessage,
} from '@/utils/storage';
import { keyVault, withApi } from './api';
import { updateBadge } from './badge';
import { forgetMailbox, liveMailboxes } from './mailboxes';
import { mergeListing } from './message-store';
import { announceNewMessages } from './notifications';
import { backoffDelay, FAST_WINDOW_MS, nextPollDelay } from './schedule';

export const POLL_ALARM = 'poll-inbox';
const RETRY_AFTER_FALLBACK_MS = 60_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
/** True while requests are under way: a schedule() then would replace the backstop alarm. */
let requesting = false;
let popupPorts = 0;

/**
 * A new address, another one chosen, an address filled into a form: the user is waiting for a
 * mail, so poll fast for a few minutes, starting now.
 */
export async function expectMail(now = Date.now()): Promise<void> {
  const status = await pollStatusItem.getValue();
  await pollStatusItem.setValue({ ...status, fastUntil: Math.max(status.fastUntil ?? 0, now + FAST_WINDOW_MS) });
  await schedule();
}

/** Polling needs a saved key the API has not rejected. */
async function keyUsable(connection: ConnectionInfo): Promise<boolean> {
  return connection.state !== 'rejected' && Boolean(await keyVault().get());
}

export function setPopupOpen(open: boolean): void {
  popupPorts = Math.max(0, popupPorts + (open ? 1 : -1));
}

/** Polls once now unless a poll is already under way (then waits for that one). */
export function pollNow(): Promise<void> {
  running ??= pollOnce().finally(() => {
    running = null;
  });
  return running;
}

function failureDelay(error: UiError, failures: number, now: number, quotaResetAt: string | null): number {
  if (error.kind === 'rate-limited') {
    if (error.retryAfterMs !== undefined) return error.retryAfterMs;
    const reset = quotaResetAt ? Date.parse(quotaResetAt) - now : NaN;
    return reset > 0 ? reset : RETRY_AFTER_FALLBACK_MS;
  }
  return backoffDelay(failures);
}

async function pollOnce(): Promise<void> {
  const now = Date.now();
  const status = await pollStatusItem.getValue();
  const connection = await connectionItem.getValue();
  const live = await liveMailboxes(now);
  if (!(await keyUsable(connection)) || live.length === 0 || (status.notBefore !== null && status.notBefore > now)) {
    await updateBadge();
    return schedule();
  }
  // Backstop: the one-shot alarm has fired; without this a worker stopped mid-poll (Chrome stops
  // one whose fetch waits 30 s) would never wake again. schedule() replaces it when the poll ends.
  await browser.alarms.create(POLL_ALARM, { when: now + 60_000 });
  requesting = true;
  try {
    await requestAll(now, live);
  } finally {
    requesting = false;
  }
  await schedule();
}

/** One request per live mailbox; records the outcome in the poll status. */
async function requestAll(now: number, live: MailboxRecord[]): Promise<void> {
  let error: UiError | null = null;
  const fresh: StoredMessage[] = [];
  for (const mailbox of live) {
    const result = await withApi((api) => api.listMessages(mailbox.email));
    if (result.ok) {
      fresh.push(...(await mergeListing(mailbox.email, result.value.messages, now)));
      continue;
    }
    if (result.error.kind === 'not-found') {
      await forgetMailbox(mailbox.email, 'gone');
      continue;
    }
    // One failure says enough about the host: the other mailboxes wait for the next poll.
    error = result.error;
    break;
  }

  const after = await pollStatusItem.getValue();
  const next: PollStatus = { ...after, lastAttemptAt: now };
  if (error) {
    const failures = after.consecutiveFailures + 1;
    const quota = await quotaItem.getValue();
    next.error = error;
    next.consecutiveFailures = failures;
    next.notBefore = error.kind === 'unauthorized' ? null : now + failureDelay(error, failures, now, quota?.resetAt ?? null);
  } else {
    next.error = null;
    next.consecutiveFailures = 0;
    next.notBefore = null;
    next.lastSuccessAt = now;
  }
  await pollStatusItem.setValue(next);
  await updateBadge();
  if (fresh.length) await announceNewMessages(fresh);
}

/** Sets the alarm and the in-worker timer for the next poll (or clears both: nothing to poll). */
export async function schedule(): Promise<void> {
  // The poll under way schedules when it ends, with what it learned.
  if (requesting) return;
  clearTimeout(timer);
  timer = undefined;
  const now = Date.now();
  const [status, settings, quota, connection, live] = await Promise.all([
    pollStatusItem.getValue(),
    settingsItem.getValue(),
    quotaItem.getValue(),
    connectionItem.getValue(),
    liveMailboxes(now),
  ]);
  const delay = !(await keyUsable(connection))
    ? null
    : nextPollDelay({
        now,
        liveMailboxes: live.length,
        fast: popupPorts > 0 || (status.fastUntil ?? 0) > now,
        calmIntervalSec: settings.pollIntervalSec,
        quotaRemaining: quota?.remaining ?? null,
        quotaResetAt: quota?.resetAt ?? null,
      });
  if (delay === null) {
    await browser.alarms.clear(POLL_ALARM);
    return;
  }
  const base = status.lastAttemptAt ?? now;
  const due = Math.max(now, base + delay, status.notBefore ?? 0);
  await browser.alarms.create(POLL_ALARM, { when: due });
  timer = setTimeout(() => void pollNow(), due - now);
}

/** Wires the alarm and resumes after the worker (re)starts. */
export function startPoller(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollNow();
  });
  void schedule();
}
