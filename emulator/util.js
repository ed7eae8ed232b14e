// @ts-check
/**
 * Small helpers shared by the emulator modules: random ids and the exact time formats the
 * provider uses (they differ per field, so they live in one place).
 */
import { randomInt } from 'node:crypto';

const LOWER_DIGITS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random string from `alphabet`, drawn with a CSPRNG so ids are not guessable across keys.
 * @param {number} length
 * @param {string} [alphabet]
 */
export function randomString(length, alphabet = ALNUM) {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A random mailbox username: 10 lowercase letters and digits. @returns {string} */
export function randomUsername() {
  return randomString(10, LOWER_DIGITS);
}

/**
 * `2026-06-28T09:37:05+00:00` — the Mailbox and quota-reset format: no milliseconds, explicit offset.
 * @param {number} ms epoch milliseconds
 */
export function isoSeconds(ms) {
  return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

/**
 * `2026-06-28 09:37:05` — the Message `receivedAt` format: UTC, no offset.
 * @param {number} ms epoch milliseconds
 */
export function sqlDateTime(ms) {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The first instant of the month after `ms`, in UTC: when the monthly quota resets.
 * @param {number} ms epoch milliseconds
 */
export function nextMonthStart(ms) {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/** Content types for the extensions a test mail is likely to carry. */
const MIME_BY_EXT = /** @type {Record<string, string>} */ ({
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  json: 'application/json',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  ics: 'text/calendar',
  bin: 'application/octet-stream',
});

/**
 * The extension of a file name as the provider reports it (like PHP's pathinfo): after the last
 * dot of the last path component, lower-cased, or ''. `../../etc/passwd` has none.
 * @param {string} name
 */
export function extensionOf(name) {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot >= 0 && dot < base.length - 1 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * A content type for an attachment: the sender's when it is specific, else a guess from the name.
 * @param {string | undefined} given
 * @param {string} name
 */
export function contentTypeFor(given, name) {
  if (given && given !== 'application/octet-stream') return given;
  return MIME_BY_EXT[extensionOf(name)] ?? 'application/octet-stream';
}

/**
 * An extension for a nameless attachment, from its content type.
 * @param {string | undefined} contentType
 */
export function extensionForType(contentType) {
  const type = (contentType ?? '').toLowerCase();
  for (const [ext, mime] of Object.entries(MIME_BY_EXT)) if (mime === type) return ext;
  return 'bin';
}

/**
 * Only the last 4 characters of a key, so logs never hold a usable secret.
 * @param {string | null | undefined} key
 */
export function keyTail(key) {
  return key ? key.slice(-4) : null;
}
