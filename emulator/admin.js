// @ts-check
/**
 * The test/admin surface under `/__emulator/` and the `/__beacon/` tracker. No auth, never
 * logged as API traffic, never counted in any quota: it exists only to drive and observe tests.
 */
import { errorReply, jsonReply, readJson } from './http.js';
import { mailboxJson } from './store.js';
import { keyTail } from './util.js';

/** @typedef {import('./http.js').Reply} Reply */
/** @typedef {import('./api.js').EmulatorState} EmulatorState */
/** @typedef {import('./store.js').KeyRecord} KeyRecord */

/** A 1×1 fully transparent RGBA PNG: what a tracking pixel answers. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII=',
  'base64',
);

/** @param {KeyRecord} record */
const keyJson = (record) => ({ ...record, allowedTypes: [...record.allowedTypes] });

/**
 * Answers a `/__beacon/…` request: records it, then serves something harmless of the right kind
 * so a test can tell a remote reference was loaded only by looking at the beacon log.
 * @param {EmulatorState} state
 * @param {string} method
 * @param {string} rawUrl
 * @param {string} pathname
 * @returns {Reply}
 */
export function handleBeacon(state, method, rawUrl, pathname) {
  if (method !== 'GET' && method !== 'HEAD')
    return { status: 405, headers: { Allow: 'GET, HEAD' }, json: { ok: false, error: 'Method not allowed.' } };
  state.beacons.push({ time: Date.now(), path: rawUrl });
  const noStore = { 'Cache-Control': 'no-store' }; // every load must reach the log
  if (pathname.endsWith('.css')) return { status: 200, headers: { ...noStore, 'Content-Type': 'text/css' }, body: '' };
  if (pathname.endsWith('.woff2')) return { status: 200, headers: { ...noStore, 'Content-Type': 'font/woff2' }, body: '' };
  return { status: 200, headers: { ...noStore, 'Content-Type': 'image/png' }, body: PIXEL_PNG };
}

/**
 * Answers a `/__emulator/…` request.
 * @param {EmulatorState} state
 * @param {import('node:http').IncomingMessage} req
 * @param {string[]} segments decoded path segments after `__emulator`
 * @returns {Promise<Reply>}
 */
export async function handleAdmin(state, req, segments) {
  const method = req.method ?? 'GET';
  const [resource, id, ...rest] = segments;
  if (rest.length > 0) return notFound();
  const { store } = state;

  /** @param {Record<string, () => Reply | Promise<Reply>>} methods */
  const dispatch = (methods) => {
    const handler = methods[method];
    return handler
      ? handler()
      : { status: 405, headers: { Allow: Object.keys(methods).join(', ') }, json: { ok: false, error: 'Method not allowed.' } };
  };

  /** Runs `fn` on the JSON body; a bad body or a validation error is a 400 with the reason. */
  const withBody = async (/** @type {(body: any) => Reply} */ fn) => {
    try {
      return fn(await readJson(req));
    } catch (err) {
      return { status: 400, json: { ok: false, error: /** @type {Error} */ (err).message } };
    }
  };

  switch (id === undefined ? resource : `${resource}/:id`) {
    case 'health':
      return dispatch({ GET: () => jsonReply({ ok: true }) });

    case 'log':
      return dispatch({
        GET: () => jsonReply(state.log),
        DELETE: () => {
          state.log.length = 0;
          return jsonReply({ ok: true });
        },
      });

    case 'beacons':
      return dispatch({
        GET: () => jsonReply(state.beacons),
        DELETE: () => {
          state.beacons.length = 0;
          return jsonReply({ ok: true });
        },
      });

    case 'faults':
      return dispatch({
        GET: () => jsonReply(state.faults.queue),
        POST: () => withBody((body) => jsonReply({ ok: true, fault: state.faults.add(body) }, 201)),
        DELETE: () => {
          state.faults.clear();
          return jsonReply({ ok: true });
        },
      });

    case 'keys':
      return dispatch({
        GET: () => jsonReply([...store.keys.values()].map(keyJson)),
        POST: () => withBody((body) => jsonReply(keyJson(store.addKey(body)), 201)),
      });

    case 'keys/:id':
      return dispatch({
        GET: () => {
          const record = store.keys.get(/** @type {string} */ (id));
          return record ? jsonReply(keyJson(record)) : { status: 404, json: { ok: false, error: 'No such key.' } };
        },
        PATCH: () => {
          const record = store.keys.get(/** @type {string} */ (id));
          if (!record) return Promise.resolve({ status: 404, json: { ok: false, error: 'No such key.' } });
          return withBody((body) => {
            const { used, limit, apiEnabled, allowedTypes } = body ?? {};
            return jsonReply(keyJson(store.updateKey(record, { used, limit, apiEnabled, allowedTypes })));
          });
        },
      });

    case 'mailboxes':
      return dispatch({
        GET: () => {
          const now = store.now();
          return jsonReply(
            store.liveMailboxes().map((m) => ({ ...mailboxJson(m, now), key: keyTail(m.key), message_count: m.messages.length })),
          );
        },
      });

    case 'expire':
      return dispatch({
        POST: () =>
          withBody((body) => {
            const email = body?.email;
            if (typeof email !== 'string') throw new Error('email must be a string');
            return store.expireNow(email)
              ? jsonReply({ ok: true })
              : { status: 404, json: { ok: false, error: 'No live mailbox at that address.' } };
          }),
      });

    default:
      return notFound();
  }
}

/** @returns {Reply} */
function notFound() {
  return errorReply(404, 'Not found.');
}
