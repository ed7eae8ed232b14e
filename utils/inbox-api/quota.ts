/** The quota headers (\`X-RateLimit-*\`) and \`Retry-After\` of an answer. */
import type { QuotaSnapshot } from './types';

const QUOTA_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-used', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/**
 * Reads the `X-RateLimit-*` headers. `null` when none of the four is present; a missing or
 * malformed field is `null` ("unknown"), never an error.
 */
export function parseQuotaHeaders(headers: Headers, now: number = Date.now()): QuotaSnapshot | null {
  if (QUOTA_HEADERS.every((name) => headers.get(name) === null)) return null;
  return {
    limit: parseCount(headers.get('x-ratelimit-limit')),
    used: parseCount(headers.get('x-ratelimit-used')),
    remaining: parseCount(headers.get('x-ratelimit-remaining')),
    resetAt: parseInstant(headers.get('x-ratelimit-reset')),
    observedAt: now,
  };
}

/** A non-negative integer header value; `null` when missing or malformed. */
export function parseCount(value: string | null): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (!/^\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}

function parseInstant(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  // Bare numbers are ambiguous (epoch seconds? seconds left? a year?): unknown.
  if (trimmed === '' || /^\d+$/.test(trimmed)) return null;
  const ms = Date.parse(trimmed);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * How long to wait after a 429: `Retry-After` (seconds or HTTP date), else `X-RateLimit-Reset`
 * when it falls within the next hour, else `undefined` (back off on your own).
 */
export function parseRetryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = parseInstant(headers.get('x-ratelimit-reset'));
  if (reset !== null) {
    const wait = Date.parse(reset) - now;
    if (wait > 0 && wait <= ONE_HOUR_MS) return wait;
  }
  return undefined;
}
