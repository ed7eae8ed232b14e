// @ts-check
/**
 * Local emulator of the Temp Mail user API (emulator/API.md) plus an SMTP inbox, for
 * development and tests. `startEmulator()` wires the HTTP front door, the store and SMTP.
 */
import http from 'node:http';
import { handleAdmin, handleBeacon } from './admin.js';
import { createApiHandler } from './api.js';
import { FaultQueue } from './faults.js';
import { corsHeaders, errorReply, parseTarget, preflightHeaders, writeReply } from './http.js';
import { startSmtp } from './smtp.js';
import { Store } from './store.js';

/** @typedef {import('./store.js').KeyInput} KeyInput */
/** @typedef {import('./store.js').KeyRecord} KeyRecord */
/** @typedef {import('./api.js').EmulatorState} EmulatorState */

/**
 * @typedef {object} EmulatorOptions
 * @property {number} [port] HTTP port; 0 (default) = a random free port
 * @property {string} [host] interface for HTTP and SMTP, default 127.0.0.1
 * @property {number} [smtpPort] 0 (default) = a random free port
 * @property {number} [ttlSeconds] mailbox lifetime, default 600
 * @property {(KeyInput | string)[]} [keys] default: one key with a random 40-char value
 * @property {string} [publicUrl] origin put in attachment URLs instead of `url`
 * @property {() => number} [now] clock in epoch ms, for tests that move time (default Date.now)
 */

/**
 * @typedef {object} Emulator
 * @property {string} url API base URL, e.g. http://127.0.0.1:3025
 * @property {number} smtpPort
 * @property {string} smtpHost
 * @property {KeyRecord[]} keys the key records created at start — live: `used` grows as requests are served
 * @property {EmulatorState} state live state: store, faults, log, beacons
 * @property {() => Promise<void>} close stops HTTP and SMTP, dropping open connections
 */

/**
 * Starts the emulator: HTTP API on `port`, SMTP on `smtpPort`.
 * @param {EmulatorOptions} [options]
 * @returns {Promise<Emulator>}
 */
export async function startEmulator(options = {}) {
  const { port = 0, host = '127.0.0.1', smtpPort = 0, ttlSeconds = 600, keys = [], publicUrl, now = Date.now } = options;
  if (!(ttlSeconds > 0)) throw new Error('ttlSeconds must be positive');

  const store = new Store({ ttlSeconds, now });
  const created = (keys.length > 0 ? keys : [{}]).map((k) => store.addKey(k));
  /** @type {EmulatorState} */
  const state = { store, faults: new FaultQueue(), log: [], beacons: [] };

  // The base URL is known only once listening (port 0), so the API handler is bound afterwards.
  /** @type {ReturnType<typeof createApiHandler> | undefined} */
  let handleApi;

  const server = http.createServer((req, res) => {
    route(req, res).catch((err) => {
      if (!res.headersSent) writeReply(res, errorReply(500, `Emulator error: ${err.message}`));
      else res.destroy();
    });
  });

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function route(req, res) {
    const origin = req.headers.origin;
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const { pathname, segments } = parseTarget(rawUrl);
    const isAdmin = pathname.startsWith('/__emulator/');

    // Preflights are answered here, before the API pipeline, so they are never counted or logged.
    if (method === 'OPTIONS') {
      const headers = preflightHeaders(origin);
      if (isAdmin && headers['Access-Control-Allow-Methods']) headers['Access-Control-Allow-Methods'] += ', PATCH';
      return writeReply(res, { status: 204 }, headers);
    }

    const cors = corsHeaders(origin);
    if (pathname === '/api' || pathname.startsWith('/api/')) {
      return /** @type {NonNullable<typeof handleApi>} */ (handleApi)(req, res, cors);
    }
    if (pathname.startsWith('/__beacon/')) {
      return writeReply(res, handleBeacon(state, method, rawUrl, pathname), cors);
    }
    if (isAdmin && segments) {
      return writeReply(res, await handleAdmin(state, req, segments.slice(1)), cors);
    }
    writeReply(res, errorReply(404, 'Not found.'), cors);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  // A wildcard bind is reached through loopback; IPv6 literals need brackets in a URL.
  const connectHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const url = `http://${connectHost.includes(':') ? `[${connectHost}]` : connectHost}:${address.port}`;
  handleApi = createApiHandler(state, (publicUrl ?? url).replace(/\/+$/, ''));

  /** @type {Awaited<ReturnType<typeof startSmtp>>} */
  let smtp;
  try {
    smtp = await startSmtp({ store, host, port: smtpPort });
  } catch (err) {
    server.close();
    throw err;
  }

  let closing = /** @type {Promise<void> | undefined} */ (undefined);
  return {
    url,
    smtpPort: smtp.port,
    smtpHost: connectHost,
    keys: created,
    state,
    close() {
      closing ??= (async () => {
        const httpClosed = new Promise((resolve) => server.close(() => resolve(undefined)));
        // Hanging faults and keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
        await Promise.all([httpClosed, smtp.close()]);
      })();
      return closing;
    },
  };
}
