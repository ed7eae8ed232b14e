/**
 * Client for the Temp Mail user API (see shared/api/SPEC.md): every endpoint, typed errors and the
 * quota headers. Pure module: no `browser.*`, no DOM, runs in a service worker.
 *
 * Every call resolves to an {@link ApiResult}; nothing here throws on a bad network or a bad answer.
 */
import * as v from 'valibot';

/** The provider's public API host. */
export const DEFAULT_BASE_URL = 'https://v1.tempmailg.com';

/** Default time a request may take (the provider's own examples use 30 s). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A mailbox owned by the key's account (endpoints 2 and 3). */
export interface Mailbox {
  id: number;
  email: string;
  domain: string;
  expire_at: string;
  expires_in_seconds: number;
  created_at: string;
  email_token: string;
}

/** An attachment as listed on a message; download it with {@link InboxApi.downloadAttachment}. */
export interface Attachment {
  name: string;
  extension: string;
  size: number;
  url: string;
}

/** One message. `receivedAt` has no offset (read it as UTC); `html: false` means plain text. */
export interface Message {
  id: string;
  is_seen: boolean;
  subject: string;
  from: string;
  from_email: string;
  to: string;
  receivedAt: string;
  html: boolean;
  content: string;
  attachments: Attachment[];
}

/** A domain the account may use; `type` is capitalised (`"Free"`). */
export interface Domain {
  domain: string;
  type: string;
  custom: boolean;
}

/** Endpoint 1's answer; `allowedTypes` are lower-case (`"free"`). */
export interface DomainsInfo {
  requestedType: string;
  allowedTypes: string[];
  domains: Domain[];
}

/** Endpoint 5's answer. */
export interface MessageList {
  mailbox: string;
  messages: Message[];
}

/** The `X-RateLimit-*` headers of one response; each field is `null` when missing or malformed. */
export interface QuotaSnapshot {
  limit: number | null;
  used: number | null;
  remaining: number | null;
  /** ISO string, normalised via Date. */
  resetAt: string | null;
  /** ms epoch. */
  observedAt: number;
}

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

/** An error the UI can show as is. */
export interface ApiError {
  kind: ApiErrorKind;
  /** HTTP status, `null` when no answer arrived. */
  status: number | null;
  /** Human, English; the server's `message` when it sent one. */
  message: string;
  /** Rate-limited: ms to wait, from Retry-After (seconds or HTTP date) else X-RateLimit-Reset if within the next hour. */
  retryAfterMs?: number;
}

/** The outcome of every call, with the quota headers of the answer when it carried them. */
export type ApiResult<T> =
  { ok: true; value: T; quota: QuotaSnapshot | null } | { ok: false; error: ApiError; quota: QuotaSnapshot | null };

export interface InboxApiOptions {
  /** The user's API host; normalised with {@link normalizeBaseUrl}. */
  baseUrl: string;
  key: string;
  fetch?: typeof fetch;
  /** Default 30000. For attachment downloads it is the longest wait between two chunks. */
  timeoutMs?: number;
  now?: () => number;
}

export interface InboxApi {
  /** `GET /api/domains?type=` (default `'free'`). */
  getDomains(type?: string): Promise<ApiResult<DomainsInfo>>;
  /** `POST /api/emails`: a new random mailbox. */
  createMailbox(): Promise<ApiResult<Mailbox>>;
  /** `POST /api/emails/{current}/{username}/{domain}`: ends `currentEmail`, answers the new mailbox. */
  switchMailbox(currentEmail: string, username: string, domain: string): Promise<ApiResult<Mailbox>>;
  /** `DELETE /api/emails/{email}`. */
  deleteMailbox(email: string): Promise<ApiResult<void>>;
  /** `GET /api/messages?email=`. */
  listMessages(email: string): Promise<ApiResult<MessageList>>;
  /** `GET /api/messages/{id}`; marks the message seen. */
  readMessage(id: string): Promise<ApiResult<Message>>;
  /** `DELETE /api/messages/{id}`. */
  deleteMessage(id: string): Promise<ApiResult<void>>;
  /**
   * `GET /api/messages/{id}/attachments/{name}`, streamed. `attachmentUrl` (from the message) is
   * used only when it is that very endpoint on the base URL's origin; see {@link resolveAttachmentUrl}.
   */
  downloadAttachment(
    messageId: string,
    name: string,
    attachmentUrl?: string,
    onProgress?: (received: number, total: number | null) => void,
  ): Promise<ApiResult<{ bytes: Uint8Array; contentType: string }>>;
}

// ---------------------------------------------------------------------------------------------
// Base URL

export type BaseUrlProblem = 'empty' | 'invalid' | 'not-https' | 'has-path-or-query';

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

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
  if (!LOOPBACK_HOSTNAMES.has(hostname) && !hostname.includes('.') && !hostname.startsWith('[')) {
    return { ok: false, problem: 'invalid', message: 'Enter a full host name, for example v1.tempmailg.com.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTNAMES.has(hostname)) {
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

/** True when `origin` is on 127.0.0.1, localhost or [::1] (any scheme, any port). */
export function isLoopbackOrigin(origin: string): boolean {
  try {
    return LOOPBACK_HOSTNAMES.has(new URL(origin).hostname);
  } catch {
    return false;
  }
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

// ---------------------------------------------------------------------------------------------
// Quota and Retry-After

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

function parseCount(value: string | null): number | null {
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

// ---------------------------------------------------------------------------------------------
// Response schemas: extra fields are accepted (and dropped); documented fields must have their type.

/** `true`/`false`, or PHP's `1`/`0` (also as strings). */
const flagSchema = v.union([
  v.boolean(),
  v.pipe(
    v.picklist([0, 1, '0', '1']),
    v.transform((value) => value === 1 || value === '1'),
  ),
]);

/** A finite number, or a numeric string. */
const numberLikeSchema = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number)),
]);

/** Free text a real mail may lack (no subject, no sender name): `null` reads as `''`. */
const textSchema = v.nullable(v.string(), '');

const nonEmptyStringSchema = v.pipe(v.string(), v.minLength(1));

const mailboxSchema: v.GenericSchema<unknown, Mailbox> = v.object({
  id: v.pipe(numberLikeSchema, v.integer()),
  email: nonEmptyStringSchema,
  domain: v.string(),
  expire_at: v.string(),
  expires_in_seconds: numberLikeSchema,
  created_at: v.string(),
  email_token: v.string(),
});

const attachmentSchema: v.GenericSchema<unknown, Attachment> = v.object({
  name: nonEmptyStringSchema,
  extension: textSchema,
  size: v.pipe(numberLikeSchema, v.minValue(0)),
  url: textSchema,
});

const messageSchema: v.GenericSchema<unknown, Message> = v.object({
  id: v.union([nonEmptyStringSchema, v.pipe(v.number(), v.integer(), v.transform(String))]),
  is_seen: flagSchema,
  subject: textSchema,
  from: textSchema,
  from_email: textSchema,
  to: textSchema,
  receivedAt: v.string(),
  html: flagSchema,
  content: textSchema,
  attachments: v.nullish(v.array(attachmentSchema), () => []),
});

const domainsEnvelope: v.GenericSchema<unknown, DomainsInfo> = v.pipe(
  v.object({
    status: v.literal(true),
    data: v.object({
      requested_type: v.string(),
      allowed_types: v.array(v.string()),
      domains: v.array(v.object({ domain: nonEmptyStringSchema, type: v.string(), custom: flagSchema })),
    }),
  }),
  v.transform(({ data }) => ({
    requestedType: data.requested_type,
    allowedTypes: data.allowed_types,
    domains: data.domains,
  })),
);

const mailboxEnvelope: v.GenericSchema<unknown, Mailbox> = v.pipe(
  v.object({ status: v.literal(true), data: mailboxSchema }),
  v.transform(({ data }) => data),
);

const messageEnvelope: v.GenericSchema<unknown, Message> = v.pipe(
  v.object({ status: v.literal(true), data: messageSchema }),
  v.transform(({ data }) => data),
);

const messageListEnvelope: v.GenericSchema<unknown, MessageList> = v.pipe(
  v.object({ status: v.literal(true), mailbox: v.string(), messages: v.array(messageSchema) }),
  v.transform(({ mailbox, messages }) => ({ mailbox, messages })),
);

const doneEnvelope: v.GenericSchema<unknown, void> = v.pipe(
  v.object({ status: v.literal(true) }),
  v.transform((): void => undefined),
);

// ---------------------------------------------------------------------------------------------
// Errors

const NOT_AN_API_ANSWER = "The server's answer was not a Temp Mail API response.";
const MAX_SERVER_MESSAGE = 300;

function defaultMessage(kind: ApiErrorKind, status: number): string {
  switch (kind) {
    case 'unauthorized':
      return 'The API key was rejected. Check it in the options.';
    case 'forbidden':
      return 'API access is disabled for this account.';
    case 'not-found':
      return 'Not found: the mailbox or message may have expired or been deleted.';
    case 'invalid-input':
      return 'The server rejected the request as invalid.';
    case 'rate-limited':
      return 'Too many requests, or the API quota is used up. Try again later.';
    case 'server':
      return `The server had a problem (HTTP ${status}). Try again later.`;
    default:
      return `The server answered with an unexpected status (HTTP ${status}).`;
  }
}

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
function serverMessageOf(body: unknown): string | null {
  if (!isRecord(body) || typeof body.message !== 'string') return null;
  const message = body.message.trim();
  if (message === '') return null;
  return message.length > MAX_SERVER_MESSAGE ? `${message.slice(0, MAX_SERVER_MESSAGE - 1)}…` : message;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail<T>(error: ApiError, quota: QuotaSnapshot | null = null): ApiResult<T> {
  return { ok: false, error, quota };
}

/** A non-2xx answer: kind from the status, the server's message when its body is JSON with one. */
function errorFromStatus(status: number, bodyText: string | null, headers: Headers, now: number): ApiError {
  const parsed = bodyText === null ? { ok: false as const } : parseJson(bodyText);
  const serverMessage = parsed.ok ? serverMessageOf(parsed.value) : null;
  const kind = kindForStatus(status, serverMessage);
  const error: ApiError = { kind, status, message: serverMessage ?? defaultMessage(kind, status) };
  if (kind === 'rate-limited') {
    const retryAfterMs = parseRetryAfterMs(headers, now);
    if (retryAfterMs !== undefined) error.retryAfterMs = retryAfterMs;
  }
  return error;
}

/** A 2xx JSON answer: `status: false` and a wrong shape are errors too. */
function interpretSuccess<T>(
  status: number,
  bodyText: string,
  schema: v.GenericSchema<unknown, T>,
  quota: QuotaSnapshot | null,
): ApiResult<T> {
  const parsed = parseJson(bodyText);
  if (!parsed.ok || !isRecord(parsed.value)) {
    return fail({ kind: 'bad-response', status, message: NOT_AN_API_ANSWER }, quota);
  }
  if (parsed.value.status === false) {
    const message = serverMessageOf(parsed.value) ?? 'The server refused the request without saying why.';
    return fail({ kind: 'bad-response', status, message }, quota);
  }
  const result = v.safeParse(schema, parsed.value);
  if (!result.success) return fail({ kind: 'bad-response', status, message: NOT_AN_API_ANSWER }, quota);
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

// ---------------------------------------------------------------------------------------------
// The client

type Method = 'GET' | 'POST' | 'DELETE';

/** What a request's work reports back; `quota` is filled in as soon as headers arrive. */
interface Exchange {
  signal: AbortSignal;
  /** Restarts the timeout (a download that keeps receiving is not stuck). */
  touch: () => void;
  quota: QuotaSnapshot | null;
}

/** Makes a client bound to one base URL and key. Never throws; a bad base URL or key shows up as an error result. */
export function createInboxApi(options: InboxApiOptions): InboxApi {
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const timeoutMs =
    typeof options.timeoutMs === 'number' && Number.isFinite(options.timeoutMs) && options.timeoutMs > 0
      ? options.timeoutMs
      : DEFAULT_TIMEOUT_MS;
  const key = options.key.trim();
  const normalized = normalizeBaseUrl(options.baseUrl);
  const baseUrl = normalized.ok ? normalized.baseUrl : '';
  const host = normalized.ok ? new URL(baseUrl).host : '';

  /** An error found before any request is made, or `null` when requests may go out. */
  const setupError: ApiError | null = !normalized.ok
    ? { kind: 'invalid-input', status: null, message: `The API address is not usable. ${normalized.message}` }
    : key === ''
      ? { kind: 'unauthorized', status: null, message: 'No API key is set. Add it in the options.' }
      : !/^[\x21-\x7e]+$/.test(key)
        ? {
            kind: 'unauthorized',
            status: null,
            message: 'The API key contains characters that are not allowed. Paste it again in the options.',
          }
        : null;

  const networkError = (): ApiError => ({
    kind: 'network',
    status: null,
    message: `Could not reach ${host}. Check the address and your connection.`,
  });
  const timeoutError = (): ApiError => ({
    kind: 'timeout',
    status: null,
    message: `${host} did not answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`}. Try again later.`,
  });
  const redirectError = (status: number | null): ApiError => ({
    kind: 'bad-response',
    status,
    message: `${host} answered with a redirect. The API key is never sent to another address: check the API address in the options.`,
  });

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
          finish(fail(timeoutError(), exchange.quota));
        }, timeoutMs);
      };
      const exchange: Exchange = { signal: controller.signal, touch: () => settled || arm(), quota: null };
      arm();
      work(exchange).then(finish, () =>
        finish(fail({ kind: 'bad-response', status: null, message: NOT_AN_API_ANSWER }, exchange.quota)),
      );
    });
  }

  /**
   * Sends one request to `url` (always on the base URL's origin) and hands a 2xx answer to
   * `onSuccess`; everything else becomes an error result here.
   */
  function send<T>(
    method: Method,
    url: string,
    onSuccess: (response: Response, exchange: Exchange) => Promise<ApiResult<T>>,
  ): Promise<ApiResult<T>> {
    if (setupError) return Promise.resolve(fail(setupError));
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
        if (exchange.signal.aborted) return fail(timeoutError());
        return fail(looksLikeRedirectError(error) ? redirectError(null) : networkError());
      }
      const quota = parseQuotaHeaders(response.headers, now());
      exchange.quota = quota;
      const { status } = response;
      if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status <= 399)) {
        return fail(redirectError(status || null), quota);
      }
      if (!response.ok) {
        let bodyText: string | null = null;
        try {
          bodyText = await response.text();
        } catch {
          if (exchange.signal.aborted) return fail(timeoutError(), quota);
        }
        return fail(errorFromStatus(status, bodyText, response.headers, now()), quota);
      }
      return onSuccess(response, exchange);
    });
  }

  /** A JSON endpoint: read the body, check it against `schema`. */
  function sendJson<T>(method: Method, url: string, schema: v.GenericSchema<unknown, T>): Promise<ApiResult<T>> {
    return sendJsonOr(method, url, schema, null);
  }

  /** A JSON endpoint that also accepts `204 No Content`, answering `emptyValue`. */
  function sendJsonOr<T>(
    method: Method,
    url: string,
    schema: v.GenericSchema<unknown, T>,
    emptyValue: { value: T } | null,
  ): Promise<ApiResult<T>> {
    return send(method, url, async (response, exchange) => {
      let bodyText: string;
      try {
        bodyText = await response.text();
      } catch {
        if (exchange.signal.aborted) return fail(timeoutError(), exchange.quota);
        return fail(
          { kind: 'network', status: response.status, message: `The connection to ${host} broke off. Try again.` },
          exchange.quota,
        );
      }
      if (emptyValue && response.status === 204 && bodyText.trim() === '') {
        return { ok: true, value: emptyValue.value, quota: exchange.quota };
      }
      return interpretSuccess(response.status, bodyText, schema, exchange.quota);
    });
  }

  /** Checks path segments before they go into a URL: an empty or dot segment would reach another endpoint. */
  function checkSegments(parts: Array<[label: string, value: string]>): ApiError | null {
    for (const [label, value] of parts) {
      if (value === '' || value === '.' || value === '..') {
        return { kind: 'invalid-input', status: null, message: `The ${label} is missing or not valid.` };
      }
    }
    return null;
  }

  const seg = encodeURIComponent;

  return {
    getDomains(type = 'free') {
      const requested = type.trim() || 'free';
      return sendJson('GET', `${baseUrl}/api/domains?type=${seg(requested)}`, domainsEnvelope);
    },

    createMailbox() {
      return sendJson('POST', `${baseUrl}/api/emails`, mailboxEnvelope);
    },

    switchMailbox(currentEmail, username, domain) {
      const bad = checkSegments([
        ['current address', currentEmail],
        ['user name', username],
        ['domain', domain],
      ]);
      if (bad) return Promise.resolve(fail(bad));
      return sendJson('POST', `${baseUrl}/api/emails/${seg(currentEmail)}/${seg(username)}/${seg(domain)}`, mailboxEnvelope);
    },

    deleteMailbox(email) {
      const bad = checkSegments([['address', email]]);
      if (bad) return Promise.resolve(fail(bad));
      return sendJsonOr('DELETE', `${baseUrl}/api/emails/${seg(email)}`, doneEnvelope, { value: undefined });
    },

    listMessages(email) {
      const bad = checkSegments([['address', email]]);
      if (bad) return Promise.resolve(fail(bad));
      return sendJson('GET', `${baseUrl}/api/messages?email=${seg(email)}`, messageListEnvelope);
    },

    readMessage(id) {
      const bad = checkSegments([['message id', id]]);
      if (bad) return Promise.resolve(fail(bad));
      return sendJson('GET', `${baseUrl}/api/messages/${seg(id)}`, messageEnvelope);
    },

    deleteMessage(id) {
      const bad = checkSegments([['message id', id]]);
      if (bad) return Promise.resolve(fail(bad));
      return sendJsonOr('DELETE', `${baseUrl}/api/messages/${seg(id)}`, doneEnvelope, { value: undefined });
    },

    downloadAttachment(messageId, name, attachmentUrl, onProgress) {
      const bad = checkSegments([
        ['message id', messageId],
        ['attachment name', name],
      ]);
      if (bad) return Promise.resolve(fail(bad));
      const url = resolveAttachmentUrl(baseUrl, messageId, name, attachmentUrl);
      const report = (received: number, total: number | null): void => {
        try {
          onProgress?.(received, total);
        } catch {
          // A broken progress callback must not break the download.
        }
      };
      return send('GET', url, async (response, exchange) => {
        const total = parseCount(response.headers.get('content-length'));
        const contentType = response.headers.get('content-type')?.trim() || 'application/octet-stream';
        const chunks: Uint8Array[] = [];
        let received = 0;
        try {
          if (response.body) {
            const reader = response.body.getReader();
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              chunks.push(value);
              received += value.byteLength;
              exchange.touch();
              report(received, total);
            }
          } else {
            const whole = new Uint8Array(await response.arrayBuffer());
            chunks.push(whole);
            received = whole.byteLength;
            report(received, total);
          }
        } catch {
          if (exchange.signal.aborted) return fail(timeoutError(), exchange.quota);
          return fail(
            { kind: 'network', status: response.status, message: `The download from ${host} was interrupted. Try again.` },
            exchange.quota,
          );
        }
        const bytes = new Uint8Array(received);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.byteLength;
        }
        return { ok: true, value: { bytes, contentType }, quota: exchange.quota };
      });
    },
  };
}
