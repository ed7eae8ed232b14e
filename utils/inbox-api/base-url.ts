/** The user's API address: checked and reduced to an origin, and the only URLs built on it. */
import { LOOPBACK_HOSTNAMES } from './hosts';

export type BaseUrlProblem = 'empty' | 'invalid' | 'not-https' | 'has-path-or-query';

/**
 * Checks a user-typed API address and reduces it to an origin (no trailing slash).
 * `https://` only; `http://` only for 127.0.0.1, localhost and [::1]. A bare host gets `https://`.
 */
export function normalizeBaseUrl(
  input: string,
): { ok: true; baseUrl: string } | { ok: false; problem: BaseUrlProblem; message: string } {
  const trimmed = input.trim();
  if (trimmed === '') {
    return { ok: false, problem: 'empty', message: 'Enter the API address, for example https://v1.tempmailg.com.' };
  }
  const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid', message: 'That is not a valid web address.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'not-https', message: 'Use an https:// address.' };
  }
  const { hostname } = url;
  if (hostname === '') {
    return { ok: false, problem: 'invalid', message: 'That is not a valid web address.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, problem: 'invalid', message: 'The address must not contain a user name or password.' };
  }
  // A single-label name ("tempmailg") is almost always a typo; a public API host has a dot.
  if (!LOOPBACK_HOSTNAMES.includes(hostname) && !hostname.includes('.') && !hostname.startsWith('[')) {
    return { ok: false, problem: 'invalid', message: 'Enter a full host name, for example v1.tempmailg.com.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTNAMES.includes(hostname)) {
    return {
      ok: false,
      problem: 'not-https',
      message: 'Use an https:// address (http:// is allowed only for localhost).',
    };
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return {
      ok: false,
      problem: 'has-path-or-query',
      message: 'Enter only the address, like https://v1.tempmailg.com, without a path, query or #fragment.',
    };
  }
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
