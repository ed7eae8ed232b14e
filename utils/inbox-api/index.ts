/**
 * The Temp Mail user API client, one job per file: `types` (the shapes), `schemas` (checking
 * answers), `errors` (typed failures), `quota` (rate-limit headers), `hosts`, `base-url` and `api-key`
 * (where requests may go, and with which key), `transport` (one request) and `client` (every endpoint).
 *
 * Only the background imports this module (the conventions test holds to it); other code takes
 * what it needs from the files above that make no request.
 */
export * from './api-key';
export * from './base-url';
export * from './client';
export type { ApiError, ApiErrorKind, ApiResult } from './errors';
export * from './hosts';
export * from './quota';
export { DEFAULT_TIMEOUT_MS } from './transport';
export type * from './types';
