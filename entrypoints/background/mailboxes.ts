/**
 * The registry of the user's mailboxes (the API has no list endpoint) and the actions on them.
 * A mailbox put to use (created, changed to, or filled into a form) is adopted in one place,
 * {@link adopt}, which is also where the poller is told that mail is on its way.
 */
import { fail, type Outcome } from '@/utils/errors';
import type { DomainsInfo, Mailbox } from '@/utils/inbox-api';
import {
  connectionItem,
  currentMailboxItem,
  isLive,
  mailboxesItem,
  messagesItem,
  pollStatusItem,
  type MailboxRecord,
} from '@/utils/storage';
import { checkUsername } from '@/utils/username';
import { openApi, withApi } from './api';
import { FAST_WINDOW_MS } from './schedule';

/** Marks live mailboxes past `expire_at` as expired; returns the registry. */
export async function updateExpiry(now = Date.now()): Promise<MailboxRecord[]> {
  const records = await mailboxesItem.getValue();
  let changed = false;
  const next = records.map((record) => {
    if (record.status === 'live' && !isLive(record, now)) {
      changed = true;
      return { ...record, status: 'expired' as const };
    }
    return record;
  });
  if (changed) await mailboxesItem.setValue(next);
  return next;
}

export async function liveMailboxes(now = Date.now()): Promise<MailboxRecord[]> {
  return (await updateExpiry(now)).filter((record) => record.status === 'live');
}

/**
 * The user is waiting for a mail: poll fast for a few minutes, starting now. Only a storage write:
 * the poller's watcher reschedules.
 */
export async function expectMail(now = Date.now()): Promise<void> {
  const status = await pollStatusItem.getValue();
  await pollStatusItem.setValue({ ...status, fastUntil: Math.max(status.fastUntil ?? 0, now + FAST_WINDOW_MS) });
}

/**
 * Puts a mailbox to use: registered (a new one first in the list), made current, and mail expected
 * for it. A live mailbox already registered keeps its record. The mailbox it `replacing` (a change
 * of address ends the old one on the server) stays listed as gone while it holds mail, so that mail
 * stays readable as an expired address's does; without mail it is dropped.
 */
async function adopt(mailbox: Mailbox, replacing?: string): Promise<MailboxRecord> {
  const records = await mailboxesItem.getValue();
  const known = records.find((item) => item.email === mailbox.email && item.status === 'live');
  let record: MailboxRecord;
  if (known && replacing === undefined) {
    record = known;
  } else {
    record = { ...mailbox, status: 'live', addedAt: Date.now(), sites: [] };
    const keepReplaced =
      replacing !== undefined && (await messagesItem.getValue()).some((message) => message.mailbox === replacing);
    const others = records
      .filter((item) => item.email !== mailbox.email && (item.email !== replacing || keepReplaced))
      .map((item) => (item.email === replacing ? { ...item, status: 'replaced' as const } : item));
    await mailboxesItem.setValue([record, ...others]);
  }
  if ((await currentMailboxItem.getValue()) !== mailbox.email) await currentMailboxItem.setValue(mailbox.email);
  await expectMail();
  return record;
}

/** Marks a mailbox the server no longer knows, and moves "current" to another live one. */
export async function forgetMailbox(email: string, status: 'gone' | 'deleted'): Promise<void> {
  const records = await mailboxesItem.getValue();
  const next =
    status === 'deleted'
      ? records.filter((item) => item.email !== email)
      : records.map((item) => (item.email === email ? { ...item, status: 'gone' as const } : item));
  await mailboxesItem.setValue(next);
  if ((await currentMailboxItem.getValue()) === email) {
    const fallback = next.find((item) => item.status === 'live');
    await currentMailboxItem.setValue(fallback?.email ?? (status === 'gone' ? email : null));
  }
}

export async function createMailbox(): Promise<Outcome<MailboxRecord>> {
  const result = await withApi((api) => api.createMailbox());
  return result.ok ? { ok: true, value: await adopt(result.value) } : result;
}

function domainAllowed(plan: DomainsInfo | null, domain: string): boolean {
  return !plan || plan.domains.some((item) => item.domain === domain);
}

/** Switches the current mailbox to `username@domain`; the server ends the old one at once. */
export async function changeMailbox(request: { username: string; domain: string }): Promise<Outcome<MailboxRecord>> {
  if (typeof request?.username !== 'string' || typeof request.domain !== 'string') {
    return fail('invalid-input', { reason: 'malformed-request' });
  }
  const checked = checkUsername(request.username);
  if (!checked.ok) return fail('invalid-username', { reason: `username-${checked.problem}` });
  const { plan } = await connectionItem.getValue();
  if (!domainAllowed(plan, request.domain)) return fail('invalid-input', { reason: 'domain-not-allowed' });

  const session = await openApi();
  if (!session.ok) return session;
  const api = session.value;
  const current = await currentMailboxItem.getValue();
  const live = await liveMailboxes();
  if (!current || !live.some((item) => item.email === current)) {
    // Nothing to switch from: the API only switches an existing mailbox, so make one first.
    const created = await api.call((client) => client.createMailbox());
    if (!created.ok) return created;
    const switched = await api.call((client) => client.switchMailbox(created.value.email, checked.username, request.domain));
    if (!switched.ok) {
      await adopt(created.value);
      return switched;
    }
    return { ok: true, value: await adopt(switched.value, created.value.email) };
  }
  const result = await api.call((client) => client.switchMailbox(current, checked.username, request.domain));
  if (!result.ok) {
    if (result.error.kind === 'not-found') await forgetMailbox(current, 'gone');
    return result;
  }
  return { ok: true, value: await adopt(result.value, current) };
}

export async function deleteMailbox(request: { email: string }): Promise<Outcome<void>> {
  if (typeof request?.email !== 'string') return fail('invalid-input', { reason: 'malformed-request' });
  const known = (await mailboxesItem.getValue()).find((item) => item.email === request.email);
  if (!known) return fail('no-mailbox');
  if (known.status === 'live') {
    const result = await withApi((api) => api.deleteMailbox(request.email));
    // Already gone on the server is as good as deleted.
    if (!result.ok && result.error.kind !== 'not-found') return result;
  }
  await forgetMailbox(request.email, 'deleted');
  return { ok: true, value: undefined };
}

export async function selectMailbox(request: { email: string }): Promise<Outcome<void>> {
  if (typeof request?.email !== 'string') return fail('invalid-input', { reason: 'malformed-request' });
  const known = (await mailboxesItem.getValue()).some((item) => item.email === request.email);
  if (!known) return fail('no-mailbox');
  await currentMailboxItem.setValue(request.email);
  return { ok: true, value: undefined };
}

/** The current live mailbox (another live one, else a new one, when it is not live), adopted: autofill. */
export async function ensureLiveMailbox(): Promise<Outcome<MailboxRecord>> {
  const current = await currentMailboxItem.getValue();
  const live = await liveMailboxes();
  const found = live.find((item) => item.email === current) ?? live[0];
  return found ? { ok: true, value: await adopt(found) } : createMailbox();
}
