/** Typed API errors: the kind of each failure, from the HTTP status and the body. */
import type { BaseUrlProblem } from './base-url';
import { parseRetryAfterMs } from './quota';
import type { QuotaSnapshot } from './types';

export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'invalid-input'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'bad-response';

/**
 * Which variant of a kind, where a kind has several: the UI words each differently.
 * - `redirect`, `not-api`, `refused`: a bad response that was a redirect, not the API's JSON, or
 *   `status: false` on a 2xx;
 * - `broke-off`, `interrupted`: the connection failed while reading a body, a download;
 * - `key-not-set`, `key-shape`, `base-url-*`, `missing-value`: found before any request was sent.
 */
export type ApiErrorReason =
  | 'redirect'
  | 'not-api'
  | 'refused'
  | 'broke-off'
  | 'interrupted'
  | 'key-not-set'
  | 'key-shape'
  | `base-url-${BaseUrlProblem}`
  | 'missing-value';

/**
 * A failed call, as facts: no sentence of ours, so the UI can word it in the user's language
 * (`utils/error-text.ts`). The server's own words, when it sent some, are kept apart.
 */
export interface ApiError {
  kind: ApiErrorKind;
  /** HTTP status, `null` when no answer arrived. */
  status: number | null;
  reason?: ApiErrorReason;
  /** The API host (with port) that failed to answer, for network, timeout and redirect errors. */
  host?: string;
  /** Timeout: how long the client waited, in ms. */
  timeoutMs?: number;
  /** The server's own `message`, trimmed and capped at 300 characters; never translated. */
  serverMessage?: string;
  /** Rate-limited: ms to wait, from Retry-After (seconds or HTTP date) else X-RateLimit-Reset if within the next hour. */
  retryAfterMs?: number;
}

/** The outcome of every call, with the quota headers of the answer when it carried them. */
export type ApiResult<T> =
  { ok: true; value: T; quota: QuotaSnapshot | null } | { ok: false; error: ApiError; quota: QuotaSnapshot | null };

const MAX_SERVER_MESSAGE = 300;

function kindForStatus(status: number, serverMessage: string | null): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) {
    // The API answers 404 for rejected input too (SPEC, "Error responses").
    return serverMessage !== null && /not allowed|invalid domain type/i.test(serverMessage) ? 'invalid-input' : 'not-found';
  }
  if (status === 400 || status === 422) return 'invalid-input';
  if (status === 429) return 'rate-limited';
  if (status >= 500 && status <= 599) return 'server';
  return 'bad-response';
}

/** The `message` of a JSON object, trimmed and capped; `null` when there is none. */
export function serverMessageOf(body: unknown): string | null {
  if (!isRecord(body) || typeof body.message !== 'string') return null;
  const message = body.message.trim();
  if (message === '') return null;
  return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}…` : message;
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A failed result, with the quota of the answer when one arrived. */
export function failure<T>(error: ApiError, quota: QuotaSnapshot | null = null): ApiResult<T> {
  return { ok: false, error, quota };
}

/** A non-2xx answer: kind from the status, the server's message when its body is JSON with one. */
export function errorFromStatus(status: number, bodyText: string | null, headers: Headers, now: number): ApiError {
  const parsed = bodyText === null ? { ok: false as const } : parseJson(bodyText);
  const serverMessage = parsed.ok ? serverMessageOf(parsed.value) : null;
  const kind = kindForStatus(status, serverMessage);
  const error: ApiError = { kind, status };
  if (serverMessage !== null) error.serverMessage = serverMessage;
  if (kind === 'rate-limited') {
    const retryAfterMs = parseRetryAfterMs(headers, now);
    if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  }
  return error;
}
