// @ts-check
/**
 * HTTP plumbing shared by the API and admin routes: the Reply value handlers return, writing it,
 * request parsing, and CORS for extension pages.
 */

/**
 * What a route handler answers; the server adds CORS and quota headers, then writes it.
 * @typedef {object} Reply
 * @property {number} status
 * @property {Record<string, string>} [headers]
 * @property {unknown} [json] serialised as application/json when set
 * @property {string | Buffer} [body] raw body when `json` is not set
 */

/**
 * The standard `{status:false, message}` error body of the provider.
 * @param {number} status
 * @param {string} message
 * @returns {Reply}
 */
export function errorReply(status, message) {
  return { status, json: { status: false, message } };
}

/**
 * @param {unknown} json
 * @param {number} [status]
 * @returns {Reply}
 */
export function jsonReply(json, status = 200) {
  return { status, json };
}

/**
 * Writes `reply` with `extra` headers merged in (the reply's own headers win).
 * @param {import('node:http').ServerResponse} res
 * @param {Reply} reply
 * @param {Record<string, string>} [extra]
 */
export function writeReply(res, reply, extra = {}) {
  /** @type {Record<string, string>} */
  const headers = { ...extra, ...reply.headers };
  /** @type {string | Buffer} */
  let body = '';
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['Content-Type'] ??= 'application/json';
  } else if (reply.body !== undefined) {
    body = reply.body;
  }
  // A 204 carries neither a body nor a Content-Length (RFC 9110 §8.6).
  if (reply.status !== 204) headers['Content-Length'] = String(Buffer.byteLength(body));
  res.writeHead(reply.status, headers);
  res.end(reply.status === 204 ? undefined : body);
}

/**
 * Splits a raw request target into percent-decoded path segments and the query. The path is not
 * normalised on purpose: `%2F` inside a segment (an attachment named `../../x`) stays in it.
 * @param {string} rawUrl `req.url`
 * @returns {{ pathname: string, segments: string[] | null, query: URLSearchParams }}
 *   `segments` is null when a segment is not valid percent-encoding
 */
export function parseTarget(rawUrl) {
  const q = rawUrl.indexOf('?');
  const pathname = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : rawUrl.slice(q + 1));
  /** @type {string[] | null} */
  let segments;
  try {
    segments = pathname
      .split('/')
      .slice(1)
      .map((s) => decodeURIComponent(s));
  } catch {
    segments = null;
  }
  return { pathname, segments, query };
}

/**
 * Reads a small JSON request body (admin surface). Empty body → `{}`.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} [limit] bytes
 * @returns {Promise<unknown>}
 */
export async function readJson(req, limit = 1024 * 1024) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new Error('body is not valid JSON');
  }
}

/** Extension pages and loopback dev servers may call the emulator from a browser. */
const ALLOWED_ORIGIN = /^(?:(?:chrome-extension|moz-extension):\/\/[^/\s]+|http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?)$/;

/** Headers a page must be able to read: quota, back-off and download name. */
const EXPOSED_HEADERS = [
  'X-RateLimit-Limit',
  'X-RateLimit-Used',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'Content-Disposition',
].join(', ');

/**
 * CORS headers for a response to `origin`, or `{}` when that origin is not allowed.
 * @param {string | undefined} origin
 * @returns {Record<string, string>}
 */
export function corsHeaders(origin) {
  if (!origin || !ALLOWED_ORIGIN.test(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin', 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
}

/**
 * Extra headers for an OPTIONS preflight from an allowed origin.
 * @param {string | undefined} origin
 * @returns {Record<string, string>}
 */
export function preflightHeaders(origin) {
  if (!origin || !ALLOWED_ORIGIN.test(origin)) return { Vary: 'Origin' };
  return {
    ...corsHeaders(origin),
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Accept, Content-Type',
    'Access-Control-Max-Age': '600',
  };
}
