/** The local copy of fetched messages: merged from each poll, pruned by age and count. */
import type { Message } from '@/utils/inbox-api';
import { newestFirst } from '@/utils/received-at';
import { usableRetentionDays } from '@/utils/settings';
import { messagesItem, settingsItem, type StoredMessage } from '@/utils/storage';
import { findVerification } from '@/utils/verification';

const DAY_MS = 24 * 60 * 60 * 1000;

let queue: Promise<unknown> = Promise.resolve();

/** Runs read-modify-write steps on the store one at a time, so a poll never undoes a read. */
function exclusive<T>(step: () => Promise<T>): Promise<T> {
  const run = queue.then(step, step);
  queue = run.catch(() => undefined);
  return run;
}

function toStored(mailbox: string, message: Message, now: number): StoredMessage {
  const found = findVerification(message.subject, message.content, message.html);
  return { ...message, mailbox, fetchedAt: now, read: message.is_seen, code: found.code, link: found.link };
}

/**
 * Keeps the messages within the retention settings: fetched within `retentionDays`, and of those the
 * `maxMessages` newest by `receivedAt`.
 */
function prune(messages: StoredMessage[], now: number, retentionDays: number, maxMessages: number): StoredMessage[] {
  const oldest = now - retentionDays * DAY_MS;
  return messages
    .filter((message) => message.fetchedAt >= oldest)
    .sort(newestFirst)
    .slice(0, maxMessages);
}

/**
 * Merges one mailbox's listing into the store and returns the messages never stored before.
 * Messages the server dropped stay: nothing fetched is lost before the retention limit.
 */
export function mergeListing(mailbox: string, listing: Message[], now = Date.now()): Promise<StoredMessage[]> {
  return exclusive(async () => {
    const stored = await messagesItem.getValue();
    const byId = new Map(stored.map((message) => [message.id, message]));
    const added: StoredMessage[] = [];
    for (const message of listing) {
      const known = byId.get(message.id);
      if (known) {
        byId.set(message.id, { ...known, is_seen: message.is_seen, read: known.read || message.is_seen });
      } else {
        const fresh = toStored(mailbox, message, now);
        byId.set(message.id, fresh);
        added.push(fresh);
      }
    }
    const { retentionDays, maxMessages } = await settingsItem.getValue();
    // A retention stored broken (an older options page stored null for an empty field) must not prune everything.
    const kept = prune([...byId.values()], now, usableRetentionDays(retentionDays), maxMessages);
    await messagesItem.setValue(kept);
    const keptIds = new Set(kept.map((message) => message.id));
    return added.filter((message) => keptIds.has(message.id));
  });
}

/** Replaces one stored message with the server's full copy, marked read. */
export function storeReadMessage(mailbox: string | null, message: Message): Promise<StoredMessage> {
  return exclusive(async () => {
    const stored = await messagesItem.getValue();
    const known = stored.find((item) => item.id === message.id);
    const next: StoredMessage = known
      ? { ...known, ...message, read: true, is_seen: true }
      : { ...toStored(mailbox ?? message.to, message, Date.now()), read: true, is_seen: true };
    await messagesItem.setValue(known ? stored.map((item) => (item.id === message.id ? next : item)) : [next, ...stored]);
    return next;
  });
}

export function markRead(id: string): Promise<StoredMessage | null> {
  return exclusive(async () => {
    const stored = await messagesItem.getValue();
    const known = stored.find((item) => item.id === id);
    if (!known) return null;
    const next = { ...known, read: true };
    await messagesItem.setValue(stored.map((item) => (item.id === id ? next : item)));
    return next;
  });
}

export function removeMessage(id: string): Promise<void> {
  return exclusive(async () => {
    const stored = await messagesItem.getValue();
    await messagesItem.setValue(stored.filter((item) => item.id !== id));
  });
}

export async function findMessage(id: string): Promise<StoredMessage | null> {
  return (await messagesItem.getValue()).find((item) => item.id === id) ?? null;
}
