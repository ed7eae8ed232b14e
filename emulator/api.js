// @ts-check
/**
 * The provider's user API (SPEC.md): routing, auth, quota, faults, request log and the eight
 * endpoints. Handlers return a {@link Reply}; the pipeline decorates and writes it.
 */
import { runFault } from './faults.js';
import { errorReply, jsonReply, parseTarget, writeReply } from './http.js';
import { DOMAINS, isUsernameAllowed, mailboxJson, messageJson } from './store.js';
import { contentTypeFor, isoSeconds, keyTail, nextMonthStart } from './util.js';

/** @typedef {import('./http.js').Reply} Reply */
/** @typedef {import('./store.js').KeyRecord} KeyRecord */
/** @typedef {import('./store.js').Store} Store */

/**
 * @typedef {object} LogEntry
 * @property {number} time epoch ms when the request arrived
 * @property {string} method
 * @property {string} path with query, as received
 * @property {number} status 0 when the client gave up before any answer (a 'hang' fault)
 * @property {string | null} key last 4 characters of the presented key, null when none
 */

/**
 * @typedef {object} EmulatorState
 * @property {Store} store
 * @property {import('./faults.js').FaultQueue} faults
 * @property {LogEntry[]} log
 * @property {{ time: number, path: string }[]} beacons
 */

/**
 * @typedef {object} Call what a handler gets
 * @property {KeyRecord} key
 * @property {Record<string, string>} params decoded path parameters
 * @property {URLSearchParams} query
 * @property {Store} store
 * @property {string} baseUrl origin used in absolute attachment URLs
 */

/** @typedef {(call: Call) => Reply} Handler */

// ── endpoints ───────────────────────────────────────────────────────────────

/** @type {Handler} 1. GET /api/domains?type= */
function listDomains({ key, query }) {
  const type = (query.get('type') || 'free').toLowerCase();
  if (!key.allowedTypes.includes(type)) return errorReply(404, 'Invalid domain type');
  const capitalised = type.charAt(0).toUpperCase() + type.slice(1);
  return jsonReply({
    status: true,
    data: {
      requested_type: type,
      allowed_types: [...key.allowedTypes],
      domains: DOMAINS.filter((d) => d.type === type).map((d) => ({ domain: d.domain, type: capitalised, custom: false })),
    },
  });
}

/** @type {Handler} 2. POST /api/emails */
function createMailbox({ key, store }) {
  const mailbox = store.createRandom(key);
  return jsonReply({ status: true, data: mailboxJson(mailbox, store.now()) });
}

/** @type {Handler} 3. POST /api/emails/{current}/{username}/{domain} */
function switchMailbox({ key, params, store }) {
  const current = store.findOwned(key, /** @type {string} */ (params.current));
  if (!current) return errorReply(404, 'Email not found.');
  const username = /** @type {string} */ (params.username).toLowerCase();
  if (!isUsernameAllowed(username)) return errorReply(404, 'This username is not allowed');
  const domain = /** @type {string} */ (params.domain).toLowerCase();
  if (!store.allowedDomains(key).has(domain)) return errorReply(404, 'This domain is not allowed');
  const email = `${username}@${domain}`;
  if (store.findLive(email)) return errorReply(422, 'This email is already taken.');
  // Switching ends the old mailbox at once; the new one has a new id and a fresh expiry.
  store.removeMailbox(current);
  const mailbox = store.open(key, email, domain);
  return jsonReply({ status: true, data: mailboxJson(mailbox, store.now()) });
}

/** @type {Handler} 4. DELETE /api/emails/{email} */
function deleteMailbox({ key, params, store }) {
  const mailbox = store.findOwned(key, /** @type {string} */ (params.email));
  if (!mailbox) return errorReply(404, 'Email not found.');
  store.removeMailbox(mailbox);
  return jsonReply({ status: true, message: 'Email has been successfully deleted.' });
}

/** @type {Handler} 5. GET /api/messages?email= — note: `mailbox`/`messages`, not `data` */
function listMessages({ key, query, store, baseUrl }) {
  const email = query.get('email');
  if (!email) return errorReply(422, 'The email field is required.');
  const mailbox = store.findOwned(key, email);
  if (!mailbox) return errorReply(404, 'Email not found.');
  const newestFirst = [...mailbox.messages].reverse();
  return jsonReply({ status: true, mailbox: mailbox.email, messages: newestFirst.map((m) => messageJson(m, baseUrl)) });
}

/** @type {Handler} 6. GET /api/messages/{id} — reading marks the message seen */
function readMessage({ key, params, store, baseUrl }) {
  const message = store.findOwnedMessage(key, /** @type {string} */ (params.id));
  if (!message) return errorReply(404, 'Message not found.');
  message.isSeen = true;
  return jsonReply({ status: true, data: messageJson(message, baseUrl) });
}

/** @type {Handler} 7. DELETE /api/messages/{id} */
function deleteMessage({ key, params, store }) {
  const message = store.findOwnedMessage(key, /** @type {string} */ (params.id));
  if (!message) return errorReply(404, 'Message not found.');
  store.removeMessage(message);
  return jsonReply({ status: true, message: 'Message was deleted successfully.' });
}

/** @type {Handler} 8. GET /api/messages/{id}/attachments/{name} — the raw bytes */
function downloadAttachment({ key, params, store }) {
  const message = store.findOwnedMessage(key, /** @type {string} */ (params.id));
  if (!message) return errorReply(404, 'Message not found.');
  const attachment = message.attachments.find((a) => a.name === params.name);
  if (!attachment) return errorReply(404, 'Attachment not found.');
  return {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(attachment.contentType, attachment.name),
      'Content-Disposition': contentDisposition(attachment.name),
      // The bytes are the sender's: never let a browser sniff them into something runnable.
      'X-Content-Type-Options': 'nosniff',
    },
    body: attachment.content,
  };
}

/**
 * A header-safe Content-Disposition for a possibly hostile name: an ASCII fallback plus the exact
 * name in RFC 5987 form.
 * @param {string} name
 */
function contentDisposition(name) {
  const fallback = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

// ── routing ─────────────────────────────────────────────────────────────────

/** `:name` segments capture one non-empty decoded path segment. */
const ROUTES = /** @type {{ pattern: string[], methods: Record<string, Handler> }[]} */ ([
  { pattern: ['api', 'domains'], methods: { GET: listDomains } },
  { pattern: ['api', 'emails'], methods: { POST: createMailbox } },
  { pattern: ['api', 'emails', ':current', ':username', ':domain'], methods: { POST: switchMailbox } },
  { pattern: ['api', 'emails', ':email'], methods: { DELETE: deleteMailbox } },
  { pattern: ['api', 'messages'], methods: { GET: listMessages } },
  { pattern: ['api', 'messages', ':id'], methods: { GET: readMessage, DELETE: deleteMessage } },
  { pattern: ['api', 'messages', ':id', 'attachments', ':name'], methods: { GET: downloadAttachment } },
]);

/**
 * @param {string} method
 * @param {string[] | null} segments
 * @returns {{ handler: Handler, params: Record<string, string> } | Reply}
 */
function route(method, segments) {
  if (!segments) return errorReply(404, 'Not found.');
  for (const { pattern, methods } of ROUTES) {
    if (pattern.length !== segments.length) continue;
    /** @type {Record<string, string>} */
    const params = {};
    const matches = pattern.every((part, i) => {
      const segment = /** @type {string} */ (segments[i]);
      if (!part.startsWith(':')) return part === segment;
      params[part.slice(1)] = segment;
      return segment !== '';
    });
    if (!matches) continue;
    const handler = methods[method];
    if (!handler) {
      return {
        status: 405,
        headers: { Allow: Object.keys(methods).join(', ') },
        json: { status: false, message: 'Method not allowed.' },
      };
    }
    return { handler, params };
  }
  return errorReply(404, 'Not found.');
}

// ── pipeline ────────────────────────────────────────────────────────────────

/**
 * The bearer token of a request, or null.
 * @param {import('node:http').IncomingMessage} req
 */
function bearer(req) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match ? /** @type {string} */ (match[1]) : null;
}

/**
 * The four quota headers for `key`, as they stand now.
 * @param {KeyRecord} key
 * @param {number} now
 * @returns {Record<string, string>}
 */
function quotaHeaders(key, now) {
  return {
    'X-RateLimit-Limit': String(key.limit),
    'X-RateLimit-Used': String(key.used),
    'X-RateLimit-Remaining': String(Math.max(0, key.limit - key.used)),
    'X-RateLimit-Reset': isoSeconds(nextMonthStart(now)),
  };
}

/**
 * Creates the /api request handler.
 * @param {EmulatorState} state
 * @param {string} baseUrl origin for absolute attachment URLs (`publicUrl` or the server URL)
 */
export function createApiHandler(state, baseUrl) {
  const { store } = state;

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {Record<string, string>} cors headers for the request's origin
   */
  return async function handleApi(req, res, cors) {
    const rawUrl = req.url ?? '/';
    const method = req.method ?? 'GET';
    const token = bearer(req);
    /** @type {LogEntry} */
    const entry = { time: Date.now(), method, path: rawUrl, status: 0, key: keyTail(token) };
    const keyRecord = token ? store.keys.get(token) : undefined;

    const clientGone = new AbortController();
    res.on('close', () => clientGone.abort());
    req.resume(); // the API takes no bodies; drain any so the socket stays usable

    /**
     * Writes the reply with CORS and (when the caller is a known account and the answer comes
     * from the API itself) quota headers, and logs it.
     * @param {Reply} reply
     * @param {boolean} withQuota
     */
    const finish = (reply, withQuota) => {
      entry.status = reply.status;
      state.log.push(entry);
      if (res.destroyed) return;
      writeReply(res, reply, { ...cors, ...(withQuota && keyRecord ? quotaHeaders(keyRecord, store.now()) : {}) });
    };

    const fault = state.faults.take(rawUrl);
    if (fault) {
      const outcome = await runFault(fault, clientGone.signal);
      if ('aborted' in outcome) {
        state.log.push(entry); // status 0: nothing was ever answered
        return;
      }
      if ('reply' in outcome) return finish(outcome.reply, outcome.fromApp);
      // 'slow': fall through and answer normally
    }

    const { segments, query } = parseTarget(rawUrl);
    const routed = route(method, segments);
    if ('status' in routed) return finish(routed, true);

    // Auth, then account state, then quota — the order a keyed middleware stack would apply.
    if (!keyRecord) return finish(errorReply(401, 'You are not authorized'), false);
    if (!keyRecord.apiEnabled) return finish(errorReply(403, 'API access is disabled for this account.'), true);
    if (keyRecord.used >= keyRecord.limit) return finish(errorReply(429, 'Monthly request quota exceeded.'), true);

    const reply = routed.handler({ key: keyRecord, params: routed.params, query, store, baseUrl });
    // Only successful answers count; the headers then already include this request.
    if (reply.status >= 200 && reply.status < 300) keyRecord.used += 1;
    finish(reply, true);
  };
}
