/**
 * Errors as values: what every request answers when it fails, shared by the background, the
 * popup, the options page and the content script. Nothing here imports another module of ours,
 * so any module may depend on it.
 */
import type { ApiErrorKind } from './inbox-api/errors';

export type ErrorKind =
  ApiErrorKind | 'no-key' | 'no-mailbox' | 'invalid-username' | 'permission' | 'forbidden-sender' | 'internal';

export interface UiError {
  kind: ErrorKind;
  message: string;
  /** Rate limited: how long to wait before asking again. */
  retryAfterMs?: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: UiError };

export function fail(kind: ErrorKind, message: string): { ok: false; error: UiError } {
  return { ok: false, error: { kind, message } };
}
