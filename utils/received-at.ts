/**
 * Reading a message's `receivedAt`, in one place: the message store sorts and prunes by it, the
 * inbox list and the reading view show it.
 *
 * The API sends "2026-06-28 09:37:05": no offset, and UTC (the API contract, Message shape). Should
 * it ever add an offset or `Z`, that is honoured as is.
 */
import type { Message } from './inbox-api/types';

const HAS_OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/i;

/** `receivedAt` as ms epoch; `NaN` when it cannot be read. */
export function receivedAtMs(receivedAt: string): number {
  if (typeof receivedAt !== 'string') return Number.NaN;
  const trimmed = receivedAt.trim();
  return Date.parse(trimmed.replace(' ', 'T') + (HAS_OFFSET.test(trimmed) ? '' : 'Z'));
}

/** A message's time for sorting: {@link receivedAtMs}, with an unreadable time as 0 (oldest). */
export function receivedTime(message: Pick<Message, 'receivedAt'>): number {
  const time = receivedAtMs(message.receivedAt);
  return Number.isNaN(time) ? 0 : time;
}

/** Sort comparator: the newest message first, unreadable times last. */
export function newestFirst(a: Pick<Message, 'receivedAt'>, b: Pick<Message, 'receivedAt'>): number {
  return receivedTime(b) - receivedTime(a);
}
