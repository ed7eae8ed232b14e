/** The user's API address: checked and reduced to an origin, and the only URLs built on it. */
import { LOOPBACK_HOSTNAMES } from './hosts';

export type BaseUrlProblem = 'empty' | 'invalid' | 'not-https' | 'has-path-or-query';

/**
 * Checks a user-typed API address and reduces it to an origin (no trailing slash).
 * `https://` only; `http://` only for 127.0.0.1, localhost and [::1]. A bare host gets `https://`.
 */
export function normalizeBaseUrl(input: string): { ok: true; baseUrl: string } | { ok: false; problem: BaseUrlProblem } {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'not-https' };
  const { hostname } = url;
  const loopback = LOOPBACK_HOSTNAMES.includes(hostname);
  // No credentials in the address; and a single-label name ("tempmailg") is almost always a typo:
  // a public API host has a dot.
  const singleLabel = !loopback && !hostname.includes('.') && !hostname.startsWith('[');
  if (hostname === '' || url.username !== '' || url.password !== '' || singleLabel) return { ok: false, problem: 'invalid' };
  if (url.protocol === 'http:' && !loopback) return { ok: false, problem: 'not-https' };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') return { ok: false, problem: 'has-path-or-query' };
  return { ok: true, baseUrl: url.origin };
}

/**
 * The URL to download an attachment from. `attachmentUrl` is kept only when it has the base URL's
 * origin, no credentials, and exactly endpoint 8's path for this message and name (its query is
 * kept, its fragment dropped); otherwise endpoint 8 is rebuilt on `baseUrl`. The key goes to no
 * other origin, ever. `baseUrl` must be normalised.
 */
export function resolveAttachmentUrl(baseUrl: string, messageId: string, name: string, attachmentUrl?: string): string {
  const canonical = `${baseUrl}${attachmentPath(messageId, name)}`;
  if (attachmentUrl === undefined || attachmentUrl === '') return canonical;
  let url: URL;
  try {
    url = new URL(attachmentUrl);
  } catch {
    return canonical;
  }
  if (url.origin !== baseUrl || url.username !== '' || url.password !== '') return canonical;
  const segments = url.pathname.split('/').map(safeDecode);
  const expected = ['', 'api', 'messages', messageId, 'attachments', name];
  const samePath = segments.length === expected.length && segments.every((segment, i) => segment === expected[i]);
  return samePath ? `${url.origin}${url.pathname}${url.search}` : canonical;
}

function attachmentPath(messageId: string, name: string): string {
  return `/api/messages/${encodeURIComponent(messageId)}/attachments/${encodeURIComponent(name)}`;
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
