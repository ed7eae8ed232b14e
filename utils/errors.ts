/**
 * Errors as values: what every request answers when it fails, shared by the background, the
 * popup, the options page and the content script.
 *
 * An error is a kind and facts, never a sentence: the UI words it in the user's language from
 * `locales/` (`error-text.ts`). The server's own words, when it sent some, travel apart in
 * `serverMessage` and are shown as the server's.
 */
import type { ApiError, ApiErrorKind, ApiErrorReason } from './inbox-api/errors';
import type { UsernameProblem } from './username';

export type ErrorKind =
  ApiErrorKind | 'no-key' | 'no-mailbox' | 'invalid-username' | 'permission' | 'forbidden-sender' | 'internal';

/**
 * Which variant of a kind, where a kind has several; each is worded apart. Beyond the client's:
 * - `key-check`, `not-temp-mail`: saving a connection, the host refused the key or is not the API;
 * - `paste-key`: no key given where one is needed;
 * - `malformed-request`: a request without the fields it needs (only a bug sends one);
 * - `domain-not-allowed`, `no-site`, `attachment-gone`: what the user asked for is not possible;
 * - `username-*`: which rule a wished-for username breaks;
 * - `no-answer`, `download-refused`: the extension or the browser did not do its part.
 */
export type ErrorReason =
  | ApiErrorReason
  | 'key-check'
  | 'not-temp-mail'
  | 'paste-key'
  | 'malformed-request'
  | 'domain-not-allowed'
  | 'no-site'
  | 'attachment-gone'
  | `username-${UsernameProblem}`
  | 'no-answer'
  | 'download-refused';

/** The facts of a failure: whatever the wording needs, and nothing in any language. */
export interface ErrorFacts {
  reason?: ErrorReason;
  /** The HTTP status the server answered with. */
  status?: number;
  /** The host (with port) concerned: the one that did not answer, or that needs a permission. */
  host?: string;
  /** Timeout: how long the client waited, in ms. */
  timeoutMs?: number;
  /** Rate limited: how long to wait before asking again, in ms. */
  retryAfterMs?: number;
  /** The server's own message, never translated, shown as the server's. */
  serverMessage?: string;
}

export interface UiError extends ErrorFacts {
  kind: ErrorKind;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: UiError };

/** A failed outcome of `kind`, with the facts the UI needs to word it. */
export function fail(kind: ErrorKind, facts?: ErrorFacts): { ok: false; error: UiError } {
  return { ok: false, error: { kind, ...facts } };
}

/** The client's error as a UI error: the same facts, without the ones that are not there. */
export function fromApiError(error: ApiError): UiError {
  const { kind, status, reason, host, timeoutMs, serverMessage, retryAfterMs } = error;
  const facts: ErrorFacts = { reason, status: status ?? undefined, host, timeoutMs, serverMessage, retryAfterMs };
  const defined = Object.entries(facts).filter(([, value]) => value !== undefined);
  return { kind, ...(Object.fromEntries(defined) as ErrorFacts) };
}
