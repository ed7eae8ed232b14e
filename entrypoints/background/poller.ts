/**
 * The inbox poller. Everything it needs to carry on lives in storage, so the worker may be stopped
 * at any moment: an alarm (or the worker's next start) picks up where it was.
 *
 * Timing: an alarm is always set for the next poll (Chrome clamps packed extensions to 30 s);
 * while the worker is awake a timer takes the shorter fast-window steps. The schedule follows
 * storage: a change to what it depends on (settings, poll status, quota, connection, mailboxes)
 * reschedules, and so does the popup opening or closing. In memory: the timer, the poll under
 * way and the count of open popups.
 */
import { browser, type Browser } from '#imports';
import type { UiError } from '@/utils/errors';
import { isPopupPort } from '@/utils/messaging';
import {
  connectionItem,
  mailboxesItem,
  pollStatusItem,
  quotaItem,
  settingsItem,
  type ConnectionInfo,
  type MailboxRecord,
  type PollStatus,
  type StoredMessage,
} from '@/utils/storage';
import { openApi, type ApiSession } from './api';
import { forgetMailbox, liveMailboxes } from './mailboxes';
import { mergeListing } from './message-store';
import { announceNewMessages } from './notifications';
import { backoffDelay, nextPollDelay } from './schedule';
import { coalesced } from './serial';

export const POLL_ALARM = 'poll-inbox';
const RETRY_AFTER_FALLBACK_MS = 60_000;
/** How long a poll may run before the backstop alarm restarts polling (a worker stopped mid-poll). */
const BACKSTOP_MS = 60_000;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | null = null;
/** True while requests are under way: a schedule then would replace the backstop alarm. */
let requesting = false;
/** A schedule was asked for while requesting: it runs when the requests end. */
let scheduleDeferred = false;
let popupPorts = 0;

/** Polling needs a saved key the API has not rejected (`keyHint` is set exactly while one is saved). */
function keyUsable(connection: ConnectionInfo): boolean {
  return connection.state !== 'rejected' && connection.keyHint !== null;
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
  const [status, connection] = await Promise.all([pollStatusItem.getValue(), connectionItem.getValue()]);
  if (!keyUsable(connection) || (status.notBefore !== null && status.notBefore > now)) return;
  const live = await liveMailboxes(now);
  if (live.length === 0) return;
  const session = await openApi();
  if (!session.ok) return;
  // Backstop: the one-shot alarm has fired; without this a worker stopped mid-poll (Chrome stops
  // one whose fetch waits 30 s) would never wake again. The schedule after the poll replaces it.
  await browser.alarms.create(POLL_ALARM, { when: now + BACKSTOP_MS });
  requesting = true;
  try {
    await requestAll(session.value, now, live);
  } finally {
    requesting = false;
    if (scheduleDeferred) void schedule();
  }
}

/** One request per live mailbox, all with one client; records the outcome in the poll status. */
async function requestAll(api: ApiSession, now: number, live: MailboxRecord[]): Promise<void> {
  let error: UiError | null = null;
  const fresh: StoredMessage[] = [];
  for (const mailbox of live) {
    const result = await api.call((client) => client.listMessages(mailbox.email));
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
  if (fresh.length) await announceNewMessages(fresh);
}

/** Sets the alarm and the in-worker timer for the next poll (or clears both: nothing to poll). */
async function scheduleOnce(): Promise<void> {
  const now = Date.now();
  const [status, settings, quota, connection, live] = await Promise.all([
    pollStatusItem.getValue(),
    settingsItem.getValue(),
    quotaItem.getValue(),
    connectionItem.getValue(),
    liveMailboxes(now),
  ]);
  const delay = !keyUsable(connection)
    ? null
    : nextPollDelay({
        now,
        liveMailboxes: live.length,
        fast: popupPorts > 0 || (status.fastUntil ?? 0) > now,
        calmIntervalSec: settings.pollIntervalSec,
        quotaRemaining: quota?.remaining ?? null,
        quotaResetAt: quota?.resetAt ?? null,
      });
  clearTimeout(timer);
  timer = undefined;
  if (delay === null) {
    await browser.alarms.clear(POLL_ALARM);
    return;
  }
  const base = status.lastAttemptAt ?? now;
  const due = Math.max(now, base + delay, status.notBefore ?? 0);
  await browser.alarms.create(POLL_ALARM, { when: due });
  timer = setTimeout(() => void pollNow(), due - now);
}

const scheduleNow = coalesced('schedule', scheduleOnce);

/** Reschedules from what storage holds now; while a poll requests, once it is done. */
export function schedule(): Promise<void> {
  // The poll under way schedules when it ends, with what it learned.
  if (requesting) {
    scheduleDeferred = true;
    return Promise.resolve();
  }
  scheduleDeferred = false;
  return scheduleNow();
}

/** The popup's port: open, poll now and fast; closed, back to the calm pace. */
function onPopupPort(port: Browser.runtime.Port): void {
  if (!isPopupPort(port)) return;
  popupPorts += 1;
  void pollNow().then(schedule);
  port.onDisconnect.addListener(() => {
    popupPorts = Math.max(0, popupPorts - 1);
    void schedule();
  });
}

/**
 * Wires the alarm, the popup's port and the storage the schedule follows, and resumes after the
 * worker (re)starts. Listeners are registered synchronously, as a woken worker needs.
 */
export function startPoller(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollNow();
  });
  browser.runtime.onConnect.addListener(onPopupPort);
  for (const item of [settingsItem, pollStatusItem, quotaItem, connectionItem, mailboxesItem]) {
    item.watch(() => void schedule());
  }
  void schedule();
}
