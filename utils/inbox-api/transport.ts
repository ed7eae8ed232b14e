/**
 * One request to the API: the key in the `Authorization` header to the base URL's origin only,
 * a timeout, redirects refused, and the answer turned into an {@link ApiResult}. Never throws.
 */
import * as v from 'valibot';
import { errorFromStatus, failure, isRecord, parseJson, serverMessageOf, type ApiError, type ApiResult } from './errors';
import { parseQuotaHeaders } from './quota';
import type { QuotaSnapshot } from './types';

/** Default time a request may take (the provider's own examples use 30 s). */
export const DEFAULT_TIMEOUT_MS = 30_000;

export type Method = 'GET' | 'POST' | 'DELETE';

/** What a request's work reports back; `quota` is filled in as soon as headers arrive. */
export interface Exchange {
  signal: AbortSignal;
  /** Restarts the timeout (a download that keeps receiving is not stuck). */
  touch: () => void;
  quota: QuotaSnapshot | null;
}

export interface TransportOptions {
  /** A normalised base URL (an origin). */
  baseUrl: string;
  /** The trimmed key. */
  key: string;
  fetch: typeof fetch;
  timeoutMs: number;
  now: () => number;
  /** An error found before any request is made (bad key or base URL): every request answers it. */
  setupError: ApiError | null;
}

export interface Transport {
  /**
   * Sends one request to `url` (always on the base URL's origin) and hands a 2xx answer to
   * `onSuccess`; everything else becomes an error result here.
   */
  send<T>(
    method: Method,
    url: string,
    onSuccess: (response: Response, exchange: Exchange) => Promise<ApiResult<T>>,
  ): Promise<ApiResult<T>>;
  /** A JSON endpoint: read the body, check it against `schema`; `emptyValue` also accepts `204 No Content`. */
  sendJson<T>(method: Method, url: string, schema: v.GenericSchema<unknown, T>, emptyValue?: { value: T }): Promise<ApiResult<T>>;
  timeoutError(): ApiError;
  /** The host (with port) of the base URL, a fact of network errors. */
  host: string;
}

/** An answer that is not the API's JSON (a proxy's page, a truncated body, another shape). */
function notApiError(status: number | null): ApiError {
  return { kind: 'bad-response', status, reason: 'not-api' };
}

/** A 2xx JSON answer: `status: false` and a wrong shape are errors too. */
function interpretSuccess<T>(
  status: number,
  bodyText: string,
  schema: v.GenericSchema<unknown, T>,
  quota: QuotaSnapshot | null,
): ApiResult<T> {
  const parsed = parseJson(bodyText);
  if (!parsed.ok || !isRecord(parsed.value)) return failure(notApiError(status), quota);
  if (parsed.value.status === false) {
    const error: ApiError = { kind: 'bad-response', status, reason: 'refused' };
    const serverMessage = serverMessageOf(parsed.value);
    if (serverMessage !== null) error.serverMessage = serverMessage;
    return failure(error, quota);
  }
  const result = v.safeParse(schema, parsed.value);
  if (!result.success) return failure(notApiError(status), quota);
  return { ok: true, value: result.output, quota };
}

/** `redirect: 'error'` makes fetch reject; some engines say why (undici: cause "unexpected redirect"). */
function looksLikeRedirectError(error: unknown): boolean {
  const texts: unknown[] = [];
  if (error instanceof Error) {
    texts.push(error.message);
    if (error.cause instanceof Error) texts.push(error.cause.message);
  }
  return texts.some((text) => typeof text === 'string' && /redirect/i.test(text));
}

/** The request machinery of one client: its key, base URL, timeout and clock. */
export function createTransport(options: TransportOptions): Transport {
  const { key, timeoutMs, now, setupError } = options;
  const fetchImpl = options.fetch;
  const host = options.baseUrl ? new URL(options.baseUrl).host : '';

  const networkError = (): ApiError => ({ kind: 'network', status: null, host });
  const timeoutError = (): ApiError => ({ kind: 'timeout', status: null, host, timeoutMs });
  const redirectError = (status: number | null): ApiError => ({ kind: 'bad-response', status, reason: 'redirect', host });

  /** Runs `work` under the timeout. `work` must not reject; if it does anyway, that is a bad response. */
  function withTimeout<T>(work: (exchange: Exchange) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
    const controller = new AbortController();
    return new Promise((resolve) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (result: ApiResult<T>): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          controller.abort();
          finish(failure(timeoutError(), exchange.quota));
        }, timeoutMs);
      };
      const exchange: Exchange = { signal: controller.signal, touch: () => settled || arm(), quota: null };
      arm();
      work(exchange).then(finish, () => finish(failure(notApiError(null), exchange.quota)));
    });
  }

  function send<T>(
    method: Method,
    url: string,
    onSuccess: (response: Response, exchange: Exchange) => Promise<ApiResult<T>>,
  ): Promise<ApiResult<T>> {
    if (setupError) return Promise.resolve(failure(setupError));
    return withTimeout(async (exchange) => {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method,
          headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' },
          credentials: 'omit',
          redirect: 'error',
          cache: 'no-store',
          signal: exchange.signal,
        });
      } catch (error) {
        if (exchange.signal.aborted) return failure(timeoutError());
        return failure(looksLikeRedirectError(error) ? redirectError(null) : networkError());
      }
      const quota = parseQuotaHeaders(response.headers, now());
      exchange.quota = quota;
      const { status } = response;
      if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status <= 399)) {
        return failure(redirectError(status || null), quota);
      }
      if (!response.ok) {
        let bodyText: string | null = null;
        try {
          bodyText = await response.text();
        } catch {
          if (exchange.signal.aborted) return failure(timeoutError(), quota);
        }
        return failure(errorFromStatus(status, bodyText, response.headers, now()), quota);
      }
      return onSuccess(response, exchange);
    });
  }

  function sendJson<T>(
    method: Method,
    url: string,
    schema: v.GenericSchema<unknown, T>,
    emptyValue?: { value: T },
  ): Promise<ApiResult<T>> {
    return send(method, url, async (response, exchange) => {
      let bodyText: string;
      try {
        bodyText = await response.text();
      } catch {
        if (exchange.signal.aborted) return failure(timeoutError(), exchange.quota);
        return failure({ kind: 'network', status: response.status, reason: 'broke-off', host }, exchange.quota);
      }
      if (emptyValue && response.status === 204 && bodyText.trim() === '') {
        return { ok: true, value: emptyValue.value, quota: exchange.quota };
      }
      return interpretSuccess(response.status, bodyText, schema, exchange.quota);
    });
  }

  return { send, sendJson, timeoutError, host };
}
