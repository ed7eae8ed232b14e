import {
  DEFAULT_BASE_URL,
  createInboxApi,
  isLoopbackOrigin,
  normalizeBaseUrl,
  parseQuotaHeaders,
  parseRetryAfterMs,
  resolveAttachmentUrl,
  type ApiResult,
  type InboxApiOptions,
} from '.';
import { useLocale } from '../__fixtures__/locale';
import { fromApiError } from '../errors';
import { errorText } from '../error-text';

/** What the UI shows for a client error (English). */
const worded = (error: Parameters<typeof fromApiError>[0]) => errorText(fromApiError(error), 'en');
beforeAll(() => useLocale('en'));

const BASE = DEFAULT_BASE_URL;
const KEY = 'user-api-key-123';
const NOW = Date.parse('2026-06-28T09:37:05Z');
const MESSAGE_ID = 'ap94AWDg123ELQz07vrVB9dLXlbqZM5NGwYxOJKko8n6m1';

// Sample bodies as the provider's documentation page shows them.
const DOMAINS_BODY = {
  status: true,
  data: { requested_type: 'free', allowed_types: ['free'], domains: [{ domain: 'example.com', type: 'Free', custom: false }] },
};
const MAILBOX = {
  id: 2301,
  email: 'randombox@example.com',
  domain: 'example.com',
  expire_at: '2026-06-28T09:47:05+00:00',
  expires_in_seconds: 600,
  created_at: '2026-06-28T09:37:05+00:00',
  email_token: 'encrypted-email-token',
};
const SWITCHED = { ...MAILBOX, id: 2302, email: 'demo123@example.com' };
const MESSAGE = {
  is_seen: false,
  subject: 'Welcome to Temp Mail',
  from: 'Example Sender',
  from_email: 'hello@example.org',
  to: 'randombox@example.com',
  receivedAt: '2026-06-28 09:37:05',
  id: MESSAGE_ID,
  html: true,
  content: '<p>Hello from the inbox.</p>',
  attachments: [
    {
      name: 'file.txt',
      extension: 'txt',
      size: 91,
      url: `https://v1.tempmailg.com/api/messages/${MESSAGE_ID}/attachments/file.txt`,
    },
  ],
};

interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
}

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fetch spy that records every request and answers with `handler`. */
function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, init: init ?? {}, headers: new Headers(init?.headers) });
    return handler(url, init ?? {});
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function setup(handler: Handler, options: Partial<InboxApiOptions> = {}) {
  const spy = fakeFetch(handler);
  const api = createInboxApi({ baseUrl: BASE, key: KEY, fetch: spy.fetch, now: () => NOW, ...options });
  return { api, calls: spy.calls, fetch: spy.fetch };
}

function expectError<T>(result: ApiResult<T>) {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function expectValue<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('endpoints', () => {
  it('sends the key, Accept and safe fetch options on every request', async () => {
    const { api, calls } = setup(() => json(DOMAINS_BODY));
    await api.getDomains();
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(call!.headers.get('accept')).toBe('application/json');
    expect(call!.init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'error', cache: 'no-store' });
    expect(call!.init.signal).toBeDefined();
  });

  it('1 getDomains: GET /api/domains?type=free by default, camel-cased', async () => {
    const { api, calls } = setup(() => json(DOMAINS_BODY));
    const value = expectValue(await api.getDomains());
    expect(calls[0]!.url).toBe('https://v1.tempmailg.com/api/domains?type=free');
    expect(value).toEqual({
      requestedType: 'free',
      allowedTypes: ['free'],
      domains: [{ domain: 'example.com', type: 'Free', custom: false }],
    });
  });

  it('1 getDomains: passes another type and accepts custom as 0/1', async () => {
    const body = {
      status: true,
      data: {
        requested_type: 'premium',
        allowed_types: ['free', 'premium'],
        domains: [
          { domain: 'a.example', type: 'Premium', custom: 1, extra: 'ignored' },
          { domain: 'b.example', type: 'Premium', custom: 0 },
        ],
      },
    };
    const { api, calls } = setup(() => json(body));
    const value = expectValue(await api.getDomains('premium'));
    expect(calls[0]!.url).toBe('https://v1.tempmailg.com/api/domains?type=premium');
    expect(value.domains).toEqual([
      { domain: 'a.example', type: 'Premium', custom: true },
      { domain: 'b.example', type: 'Premium', custom: false },
    ]);
  });

  it('2 createMailbox: POST /api/emails', async () => {
    const { api, calls } = setup(() => json({ status: true, data: MAILBOX }));
    const value = expectValue(await api.createMailbox());
    expect(calls[0]!.url).toBe('https://v1.tempmailg.com/api/emails');
    expect(calls[0]!.init.method).toBe('POST');
    expect(value).toEqual(MAILBOX);
  });

  it('2 createMailbox: coerces numeric strings and drops unknown fields', async () => {
    const { api } = setup(() =>
      json({ status: true, data: { ...MAILBOX, id: '2301', expires_in_seconds: '600', plan: 'x' }, extra: 1 }),
    );
    expect(expectValue(await api.createMailbox())).toEqual(MAILBOX);
  });

  it('3 switchMailbox: POST /api/emails/{current}/{username}/{domain} with encoded segments', async () => {
    const { api, calls } = setup(() => json({ status: true, data: SWITCHED }));
    const value = expectValue(await api.switchMailbox('current@example.com', 'demo123', 'example.com'));
    expect(calls[0]!.url).toBe('https://v1.tempmailg.com/api/emails/current%40example.com/demo123/example.com');
    expect(calls[0]!.init.method).toBe('POST');
    expect(value).toEqual(SWITCHED);
  });

  it('4 deleteMailbox: DELETE /api/emails/{email}', async () => {
    const { api, calls } = setup(() => json({ status: true, message: 'Email has been successfully deleted.' }));
    const result = await api.deleteMailbox('demo123@example.com');
    expect(result).toEqual({ ok: true, value: undefined, quota: null });
    expect(calls[0]!.url).toBe('https://v1.tempmailg.com/api/emails/demo123%40example.com');
    expect(calls[0]!.init.method).toBe('DELETE');
  });

  it('4 deleteMailbox: a 204 without body is a success too', async () => {
    const { api } = setup(() => new Response(null, { status: 204 }));
    expect((await api.deleteMailbox('demo123@example.com')).ok).toBe(true);
  });

  it('5 listMessages: GET /api/messages?email= (top-level mailbox and messages)', async () => {
    const { api, calls } = setup(() => json({ status: true, mailbox: 'randombox@example.com', messages: [MESSAGE] }));
    const value = expectValue(await api.listMessages('demo123@example.com'));
    expect(calls[0]!.url).toBe('https://v1.tempmailg.com/api/messages?email=demo123%40example.com');
    expect(calls[0]!.init.method).toBe('GET');
    expect(value).toEqual({ mailbox: 'randombox@example.com', messages: [MESSAGE] });
  });

  it('5 listMessages: missing attachments become [], numeric size strings and 0/1 flags are coerced', async () => {
    const { attachments: _dropped, ...bare } = MESSAGE;
    const withStrings = {
      ...MESSAGE,
      id: 'second',
      is_seen: 1,
      html: 0,
      subject: null,
      attachments: [{ ...MESSAGE.attachments[0], size: '91' }],
    };
    const { api } = setup(() => json({ status: true, mailbox: 'm@example.com', messages: [bare, withStrings] }));
    const value = expectValue(await api.listMessages('m@example.com'));
    expect(value.messages[0]!.attachments).toEqual([]);
    expect(value.messages[1]).toMatchObject({ is_seen: true, html: false, subject: '' });
    expect(value.messages[1]!.attachments[0]!.size).toBe(91);
    // Defaults are not shared between messages.
    expect(value.messages[0]!.attachments).not.toBe(value.messages[1]!.attachments);
  });

  it('6 readMessage: GET /api/messages/{id}', async () => {
    const { api, calls } = setup(() => json({ status: true, data: { ...MESSAGE, is_seen: true } }));
    const value = expectValue(await api.readMessage(MESSAGE_ID));
    expect(calls[0]!.url).toBe(`https://v1.tempmailg.com/api/messages/${MESSAGE_ID}`);
    expect(calls[0]!.init.method).toBe('GET');
    expect(value).toEqual({ ...MESSAGE, is_seen: true });
  });

  it('7 deleteMessage: DELETE /api/messages/{id}', async () => {
    const { api, calls } = setup(() => json({ status: true, message: 'Message was deleted successfully.' }));
    expect((await api.deleteMessage(MESSAGE_ID)).ok).toBe(true);
    expect(calls[0]!.url).toBe(`https://v1.tempmailg.com/api/messages/${MESSAGE_ID}`);
    expect(calls[0]!.init.method).toBe('DELETE');
  });

  it('8 downloadAttachment: GET /api/messages/{id}/attachments/{name}', async () => {
    const { api, calls } = setup(() => new Response('hello', { headers: { 'content-type': 'text/plain' } }));
    const value = expectValue(await api.downloadAttachment(MESSAGE_ID, 'file.txt'));
    expect(calls[0]!.url).toBe(`https://v1.tempmailg.com/api/messages/${MESSAGE_ID}/attachments/file.txt`);
    expect(calls[0]!.init.method).toBe('GET');
    expect(calls[0]!.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect(new TextDecoder().decode(value.bytes)).toBe('hello');
    expect(value.contentType).toBe('text/plain');
  });
});

describe('percent-encoding of path segments', () => {
  const ok = () => json({ status: true, data: SWITCHED });

  it('encodes @, / and spaces in every segment', async () => {
    const { api, calls } = setup(ok);
    await api.switchMailbox('a b@example.com', 'x/y', 'ex ample.com');
    await api.readMessage('id/with space@x');
    await api.deleteMailbox('a/b@c d');
    await api.downloadAttachment('m/1', 'my file/../x@y.txt');
    await api.listMessages('a b/c@example.com');
    expect(calls.map((call) => call.url)).toEqual([
      'https://v1.tempmailg.com/api/emails/a%20b%40example.com/x%2Fy/ex%20ample.com',
      'https://v1.tempmailg.com/api/messages/id%2Fwith%20space%40x',
      'https://v1.tempmailg.com/api/emails/a%2Fb%40c%20d',
      'https://v1.tempmailg.com/api/messages/m%2F1/attachments/my%20file%2F..%2Fx%40y.txt',
      'https://v1.tempmailg.com/api/messages?email=a%20b%2Fc%40example.com',
    ]);
  });

  it('refuses empty and dot segments without sending anything (they would reach another endpoint)', async () => {
    const { api, calls } = setup(ok);
    const results: Array<ApiResult<unknown>> = [
      await api.readMessage('..'),
      await api.deleteMessage('.'),
      await api.deleteMailbox(''),
      await api.switchMailbox('a@example.com', '..', 'example.com'),
      await api.downloadAttachment('id', '..'),
      await api.listMessages(''),
    ];
    for (const result of results) {
      expect(expectError(result)).toMatchObject({ kind: 'invalid-input', status: null });
    }
    expect(calls).toHaveLength(0);
  });
});

describe('errors', () => {
  const errorOf = async (response: () => Response) => {
    const { api } = setup(response);
    const result = await api.listMessages('demo123@example.com');
    return expectError(result);
  };

  it('401 → unauthorized, with the server message when sent, else a clear default', async () => {
    expect(await errorOf(() => json({ status: false, message: 'You are not authorized' }, 401))).toEqual({
      kind: 'unauthorized',
      status: 401,
      serverMessage: 'You are not authorized',
    });
    const bare = await errorOf(() => new Response('', { status: 401 }));
    expect(bare).toEqual({ kind: 'unauthorized', status: 401 });
    expect(worded(bare)).toBe('The API key was rejected. Check it in the options.');
  });

  it('403 → forbidden', async () => {
    const error = await errorOf(() => new Response(null, { status: 403 }));
    expect(error).toEqual({ kind: 'forbidden', status: 403 });
    expect(worded(error)).toBe('API access is disabled for this account.');
  });

  it('404 "Email not found." → not-found', async () => {
    expect(await errorOf(() => json({ status: false, message: 'Email not found.' }, 404))).toEqual({
      kind: 'not-found',
      status: 404,
      serverMessage: 'Email not found.',
    });
  });

  it('404 for rejected input → invalid-input', async () => {
    for (const message of ['This username is not allowed', 'This domain is not allowed', 'Invalid domain type']) {
      expect(await errorOf(() => json({ status: false, message }, 404))).toEqual({
        kind: 'invalid-input',
        status: 404,
        serverMessage: message,
      });
    }
  });

  it('422 and 400 → invalid-input', async () => {
    const laravel = { message: 'The username field is required.', errors: { username: ['required'] } };
    expect(await errorOf(() => json(laravel, 422))).toEqual({
      kind: 'invalid-input',
      status: 422,
      serverMessage: 'The username field is required.',
    });
    expect((await errorOf(() => new Response('', { status: 400 }))).kind).toBe('invalid-input');
  });

  it('429 with Retry-After in seconds', async () => {
    const error = await errorOf(() => json({ status: false, message: 'Too Many Attempts.' }, 429, { 'Retry-After': '120' }));
    expect(error).toEqual({ kind: 'rate-limited', status: 429, serverMessage: 'Too Many Attempts.', retryAfterMs: 120_000 });
  });

  it('429 with Retry-After as an HTTP date', async () => {
    const date = new Date(NOW + 90_000).toUTCString();
    const error = await errorOf(() => new Response('', { status: 429, headers: { 'Retry-After': date } }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBe(90_000);
    expect(worded(error)).toMatch(/try again later/i);
  });

  it('429 with only X-RateLimit-Reset: used when within the next hour', async () => {
    const soon = new Date(NOW + 10 * 60_000).toISOString();
    const later = new Date(NOW + 2 * 24 * 3600_000).toISOString();
    expect((await errorOf(() => json({}, 429, { 'X-RateLimit-Reset': soon }))).retryAfterMs).toBe(600_000);
    const far = await errorOf(() => json({}, 429, { 'X-RateLimit-Reset': later }));
    expect(far.kind).toBe('rate-limited');
    expect(far.retryAfterMs).toBeUndefined();
    expect('retryAfterMs' in far).toBe(false);
  });

  it('500 → server', async () => {
    expect(await errorOf(() => json({ status: false, message: 'Server Error' }, 500))).toEqual({
      kind: 'server',
      status: 500,
      serverMessage: 'Server Error',
    });
  });

  it('an HTML 503 page → server, with our own text (never the HTML)', async () => {
    const html = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';
    const error = await errorOf(() => new Response(html, { status: 503, headers: { 'content-type': 'text/html' } }));
    expect(error).toEqual({ kind: 'server', status: 503 });
    expect(worded(error)).toBe('The server had a problem (HTTP 503). Try again later.');
  });

  it('an unexpected status → bad-response', async () => {
    expect(await errorOf(() => new Response('', { status: 418 }))).toMatchObject({ kind: 'bad-response', status: 418 });
  });

  it('malformed JSON on a 200 → bad-response', async () => {
    const error = await errorOf(() => new Response('{"status": true, "mailbox": ', { status: 200 }));
    expect(error).toEqual({ kind: 'bad-response', status: 200, reason: 'not-api' });
    expect(worded(error)).toBe("The server's answer was not a Temp Mail API response.");
  });

  it('an HTML page on a 200 → bad-response', async () => {
    const error = await errorOf(() => new Response('<!doctype html><p>Login</p>', { status: 200 }));
    expect(error.kind).toBe('bad-response');
  });

  it('the wrong shape on a 200 → bad-response', async () => {
    const wrong = [
      { status: true, mailbox: 'm@example.com', messages: [{ ...MESSAGE, id: null }] },
      { status: true, mailbox: 'm@example.com', messages: 'none' },
      { status: true, data: { mailbox: 'm@example.com', messages: [] } },
      { mailbox: 'm@example.com', messages: [] },
      [],
      'ok',
      null,
    ];
    for (const body of wrong) {
      expect((await errorOf(() => json(body))).kind).toBe('bad-response');
    }
  });

  it('status:false on a 200 → bad-response with the server message', async () => {
    expect(await errorOf(() => json({ status: false, message: '  Mailbox expired.  ' }))).toEqual({
      kind: 'bad-response',
      status: 200,
      reason: 'refused',
      serverMessage: 'Mailbox expired.',
    });
  });

  it('caps a long server message at 300 characters', async () => {
    const error = await errorOf(() => json({ status: false, message: 'x'.repeat(1000) }, 500));
    expect(error.serverMessage).toHaveLength(300);
  });

  it('a fetch rejection → network, naming the host', async () => {
    const { api } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = expectError(await api.createMailbox());
    expect(error).toEqual({ kind: 'network', status: null, host: 'v1.tempmailg.com' });
    expect(worded(error)).toBe('Could not reach v1.tempmailg.com. Check the address and your connection.');
  });

  it('a redirect (rejected by redirect: "error", or answered as 3xx) → bad-response', async () => {
    const rejected = setup(() => Promise.reject(new TypeError('fetch failed', { cause: new Error('unexpected redirect') })));
    const a = expectError(await rejected.api.createMailbox());
    expect(a.kind).toBe('bad-response');
    expect(worded(a)).toMatch(/redirect/);

    const answered = setup(() => new Response(null, { status: 302, headers: { Location: 'https://evil.example/' } }));
    expect(expectError(await answered.api.createMailbox())).toMatchObject({ kind: 'bad-response', status: 302 });
  });

  it('a slow server → timeout (small timeoutMs), and the request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const { api } = setup(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          signal = init.signal ?? undefined;
          signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
        }),
      { timeoutMs: 20 },
    );
    const error = expectError(await api.getDomains());
    expect(error.kind).toBe('timeout');
    expect(error.status).toBeNull();
    expect(worded(error)).toContain('v1.tempmailg.com');
    expect(signal?.aborted).toBe(true);
  });

  describe('with fake timers', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('times out after 30 s by default even when fetch ignores the signal', async () => {
      const { api } = setup(() => new Promise<Response>(() => {}));
      let settled: ApiResult<unknown> | undefined;
      void api.createMailbox().then((result) => (settled = result));
      await vi.advanceTimersByTimeAsync(29_999);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled && !settled.ok && settled.error.kind).toBe('timeout');
    });

    it('times out when the body stalls, keeping the quota of the headers', async () => {
      const stalled = new ReadableStream<Uint8Array>({ start() {} });
      const { api } = setup(() => new Response(stalled, { status: 200, headers: { 'X-RateLimit-Remaining': '5' } }));
      const pending = api.listMessages('m@example.com');
      await vi.advanceTimersByTimeAsync(30_000);
      const result = await pending;
      expect(expectError(result).kind).toBe('timeout');
      expect(result.quota?.remaining).toBe(5);
    });
  });

  it('an empty key or unusable base URL fails without sending anything', async () => {
    const spy = fakeFetch(() => json(DOMAINS_BODY));
    const noKey = createInboxApi({ baseUrl: BASE, key: '  ', fetch: spy.fetch });
    expect(expectError(await noKey.getDomains())).toMatchObject({ kind: 'unauthorized', status: null });
    const badBase = createInboxApi({ baseUrl: 'http://api.example.com', key: KEY, fetch: spy.fetch });
    expect(expectError(await badBase.getDomains())).toMatchObject({ kind: 'invalid-input', status: null });
    expect(expectError(await badBase.downloadAttachment('id', 'f.txt'))).toMatchObject({ kind: 'invalid-input' });
    expect(spy.calls).toHaveLength(0);
  });
});

describe('quota headers', () => {
  const ALL = {
    'X-RateLimit-Limit': '50000',
    'X-RateLimit-Used': '124',
    'X-RateLimit-Remaining': '49876',
    'X-RateLimit-Reset': '2026-05-01T00:00:00+05:00',
  };

  it('reads all four headers', () => {
    expect(parseQuotaHeaders(new Headers(ALL), NOW)).toEqual({
      limit: 50000,
      used: 124,
      remaining: 49876,
      resetAt: '2026-04-30T19:00:00.000Z',
      observedAt: NOW,
    });
  });

  it('is null when none is present', () => {
    expect(parseQuotaHeaders(new Headers({ 'content-type': 'application/json' }), NOW)).toBeNull();
  });

  it('turns each malformed field into null', () => {
    const headers = new Headers({
      'X-RateLimit-Limit': '-1',
      'X-RateLimit-Used': '12.5',
      'X-RateLimit-Remaining': 'lots',
      'X-RateLimit-Reset': 'next month',
    });
    expect(parseQuotaHeaders(headers, NOW)).toEqual({
      limit: null,
      used: null,
      remaining: null,
      resetAt: null,
      observedAt: NOW,
    });
    expect(parseQuotaHeaders(new Headers({ 'X-RateLimit-Reset': '1714510800' }), NOW)?.resetAt).toBeNull();
  });

  it('reads a partial set, the rest unknown', () => {
    expect(parseQuotaHeaders(new Headers({ 'X-RateLimit-Remaining': ' 7 ' }), NOW)).toEqual({
      limit: null,
      used: null,
      remaining: 7,
      resetAt: null,
      observedAt: NOW,
    });
  });

  it('is attached to successes and errors alike', async () => {
    const ok = setup(() => json(DOMAINS_BODY, 200, ALL));
    expect((await ok.api.getDomains()).quota).toMatchObject({ limit: 50000, used: 124, observedAt: NOW });
    const failed = setup(() => json({ status: false, message: 'Too Many Attempts.' }, 429, ALL));
    expect((await failed.api.getDomains()).quota).toMatchObject({ remaining: 49876 });
    const bare = setup(() => json(DOMAINS_BODY));
    expect((await bare.api.getDomains()).quota).toBeNull();
  });

  it('parseRetryAfterMs: seconds, date in the past, nothing', () => {
    expect(parseRetryAfterMs(new Headers({ 'Retry-After': '3' }), NOW)).toBe(3000);
    expect(parseRetryAfterMs(new Headers({ 'Retry-After': new Date(NOW - 5000).toUTCString() }), NOW)).toBe(0);
    expect(parseRetryAfterMs(new Headers(), NOW)).toBeUndefined();
  });
});

describe('normalizeBaseUrl', () => {
  it.each([
    ['https://v1.tempmailg.com', 'https://v1.tempmailg.com'],
    ['  https://v1.tempmailg.com/  ', 'https://v1.tempmailg.com'],
    ['HTTPS://V1.TempMailG.com:443/', 'https://v1.tempmailg.com'],
    ['https://api.example.com:8443', 'https://api.example.com:8443'],
    ['v1.tempmailg.com', 'https://v1.tempmailg.com'],
    ['http://127.0.0.1:3025', 'http://127.0.0.1:3025'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://localhost', 'http://localhost'],
    ['http://[::1]:3025', 'http://[::1]:3025'],
  ])('%s → %s', (input, baseUrl) => {
    expect(normalizeBaseUrl(input)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://v1.tempmailg.com', 'not-https'],
    ['http://10.0.0.5:3025', 'not-https'],
    ['ftp://v1.tempmailg.com', 'not-https'],
    ['https://v1.tempmailg.com/api', 'has-path-or-query'],
    ['https://v1.tempmailg.com/?x=1', 'has-path-or-query'],
    ['https://v1.tempmailg.com/#top', 'has-path-or-query'],
    ['not a url', 'invalid'],
    ['https://', 'invalid'],
    ['https://exa mple.com', 'invalid'],
    ['tempmailg', 'invalid'],
    ['https://user:pass@v1.tempmailg.com', 'invalid'],
  ])('%j → %s', (input, problem) => {
    const result = normalizeBaseUrl(input);
    expect(result).toMatchObject({ ok: false, problem });
    const text = !result.ok && errorText({ kind: 'invalid-input', reason: `base-url-${result.problem}` }, 'en');
    expect(text && text.length).toBeGreaterThan(0);
  });
});

describe('isLoopbackOrigin', () => {
  it('recognises 127.0.0.1, localhost and [::1] with any port', () => {
    expect(isLoopbackOrigin('http://127.0.0.1:3025')).toBe(true);
    expect(isLoopbackOrigin('http://localhost')).toBe(true);
    expect(isLoopbackOrigin('https://localhost:9999')).toBe(true);
    expect(isLoopbackOrigin('http://[::1]:80')).toBe(true);
    expect(isLoopbackOrigin('https://v1.tempmailg.com')).toBe(false);
    expect(isLoopbackOrigin('http://localhost.evil.example')).toBe(false);
    expect(isLoopbackOrigin('garbage')).toBe(false);
  });
});

describe('the key goes to the base URL origin only', () => {
  const CANONICAL = `${BASE}/api/messages/${MESSAGE_ID}/attachments/file.txt`;

  it('never sends the header anywhere else, whatever attachment URL the server gave', async () => {
    const { api, calls } = setup(() => new Response('data'));
    const offered = [
      `https://evil.example/api/messages/${MESSAGE_ID}/attachments/file.txt`,
      `https://v1.tempmailg.com.evil.example/api/messages/${MESSAGE_ID}/attachments/file.txt`,
      `http://v1.tempmailg.com/api/messages/${MESSAGE_ID}/attachments/file.txt`,
      `https://v1.tempmailg.com:8443/api/messages/${MESSAGE_ID}/attachments/file.txt`,
      `https://user:pw@v1.tempmailg.com/api/messages/${MESSAGE_ID}/attachments/file.txt`,
      `https://v1.tempmailg.com/api/messages/other-id/attachments/file.txt`,
      `https://v1.tempmailg.com/api/messages/${MESSAGE_ID}/attachments/other.txt`,
      `https://v1.tempmailg.com/logout`,
      `https://v1.tempmailg.com/api/messages/${MESSAGE_ID}/attachments/file.txt/extra`,
      `//evil.example/x`,
      `javascript:alert(1)`,
      'not a url',
    ];
    for (const url of offered) {
      expect((await api.downloadAttachment(MESSAGE_ID, 'file.txt', url)).ok).toBe(true);
    }
    expect(calls).toHaveLength(offered.length);
    for (const call of calls) {
      expect(call.headers.get('authorization')).toBe(`Bearer ${KEY}`);
      expect(new URL(call.url).origin).toBe(BASE);
      expect(call.url).toBe(CANONICAL);
    }
  });

  it('uses the server URL when it is exactly endpoint 8 on the same origin', async () => {
    const { api, calls } = setup(() => new Response('data'));
    await api.downloadAttachment(MESSAGE_ID, 'file.txt', CANONICAL);
    await api.downloadAttachment(MESSAGE_ID, 'a b@c.txt', `${BASE}/api/messages/${MESSAGE_ID}/attachments/a%20b@c.txt`);
    expect(calls.map((call) => call.url)).toEqual([CANONICAL, `${BASE}/api/messages/${MESSAGE_ID}/attachments/a%20b@c.txt`]);
  });

  it('resolveAttachmentUrl keeps a same-endpoint query, drops the fragment', () => {
    expect(resolveAttachmentUrl(BASE, MESSAGE_ID, 'file.txt', `${CANONICAL}?v=2#x`)).toBe(`${CANONICAL}?v=2`);
    expect(resolveAttachmentUrl(BASE, MESSAGE_ID, 'file.txt')).toBe(CANONICAL);
  });

  it('the key goes only to the configured loopback origin in development', async () => {
    const { api, calls } = setup(() => new Response('data'), { baseUrl: 'http://127.0.0.1:3025/' });
    await api.downloadAttachment('m1', 'f.txt', `${BASE}/api/messages/m1/attachments/f.txt`);
    await api.createMailbox();
    expect(calls.map((call) => new URL(call.url).origin)).toEqual(['http://127.0.0.1:3025', 'http://127.0.0.1:3025']);
  });
});

describe('attachment download', () => {
  function streamOf(chunks: number[][]): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new Uint8Array(chunk));
        controller.close();
      },
    });
  }

  it('returns the exact bytes and reports progress against Content-Length', async () => {
    const chunks = [
      [0, 1, 2],
      [255, 254, 0, 128],
      [10, 13, 26],
    ];
    const { api } = setup(
      () =>
        new Response(streamOf(chunks), {
          headers: { 'content-type': 'application/pdf', 'content-length': '10' },
        }),
    );
    const progress: Array<[number, number | null]> = [];
    const value = expectValue(
      await api.downloadAttachment(MESSAGE_ID, 'file.pdf', undefined, (received, total) => progress.push([received, total])),
    );
    expect(Array.from(value.bytes)).toEqual([0, 1, 2, 255, 254, 0, 128, 10, 13, 26]);
    expect(value.bytes).toBeInstanceOf(Uint8Array);
    expect(value.contentType).toBe('application/pdf');
    expect(progress).toEqual([
      [3, 10],
      [7, 10],
      [10, 10],
    ]);
  });

  it('reports a null total without Content-Length, and survives a throwing callback', async () => {
    const { api } = setup(() => new Response(streamOf([[1], [2, 3]])));
    const totals: Array<number | null> = [];
    const result = await api.downloadAttachment(MESSAGE_ID, 'file.bin', undefined, (_received, total) => {
      totals.push(total);
      throw new Error('UI bug');
    });
    expect(Array.from(expectValue(result).bytes)).toEqual([1, 2, 3]);
    expect(totals).toEqual([null, null]);
  });

  it('parses a non-2xx answer as a JSON error', async () => {
    const { api } = setup(() => json({ status: false, message: 'Attachment not found.' }, 404));
    expect(expectError(await api.downloadAttachment(MESSAGE_ID, 'gone.txt'))).toEqual({
      kind: 'not-found',
      status: 404,
      serverMessage: 'Attachment not found.',
    });
  });

  describe('with fake timers', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    /** A body that sends one byte every `gapMs`, `count` times, then stalls if `stall`. */
    function tricklingBody(count: number, gapMs: number, stall: boolean): ReadableStream<Uint8Array> {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (sent === count) {
            if (stall) await new Promise(() => {});
            controller.close();
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, gapMs));
          controller.enqueue(new Uint8Array([sent++]));
        },
      });
    }

    it('the timeout is an idle timeout: a download that keeps receiving may take longer', async () => {
      const { api } = setup(() => new Response(tricklingBody(4, 20_000, false)));
      const pending = api.downloadAttachment(MESSAGE_ID, 'slow.bin');
      await vi.advanceTimersByTimeAsync(100_000);
      expect(Array.from(expectValue(await pending).bytes)).toEqual([0, 1, 2, 3]);
    });

    it('a download that stops receiving times out', async () => {
      const { api } = setup(() => new Response(tricklingBody(2, 20_000, true)));
      let settled: ApiResult<unknown> | undefined;
      void api.downloadAttachment(MESSAGE_ID, 'stuck.bin').then((result) => (settled = result));
      await vi.advanceTimersByTimeAsync(40_000 + 29_000);
      expect(settled).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(settled && !settled.ok && settled.error.kind).toBe('timeout');
    });
  });

  it('a broken stream → network', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'));
      },
    });
    const { api } = setup(() => new Response(broken));
    expect(expectError(await api.downloadAttachment(MESSAGE_ID, 'file.txt')).kind).toBe('network');
  });
});
