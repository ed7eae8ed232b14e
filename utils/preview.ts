/**
 * The one-line preview of a mail in the inbox list: its first visible words, laid out as a browser
 * would (the verification finder's reader: blocks end lines, styles are not text; a hidden
 * preheader counts, as mail apps show it). Cached by message id: the list re-renders on every poll.
 */
import { readHtmlMail, readPlainMail } from './verification/text';

/** Enough of a mail to reach its first words past a long `<style>` head. */
const MAX_SOURCE = 30_000;
/** More than a popup row shows; the row's ellipsis cuts the rest. */
const MAX_PREVIEW = 160;
const CACHE_LIMIT = 1000;

const cache = new Map<string, string>();

/** The first {@link MAX_PREVIEW} characters of the mail's visible text on one line ('' when none). */
export function messagePreview(message: { id: string; content?: string | null; html?: boolean }): string {
  const content = message.content ?? '';
  // A message's content does not change; its length guards against an id reused with new content.
  const key = `${message.id}:${content.length}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const source = content.slice(0, MAX_SOURCE);
  const { text } = message.html ? readHtmlMail(source) : readPlainMail(source);
  const preview = text.replace(/\s+/g, ' ').trim().slice(0, MAX_PREVIEW);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, preview);
  return preview;
}
