// @ts-check
/**
 * Injected failures: tests queue them through `POST /__emulator/faults` and the next matching
 * /api requests get a broken answer instead of the real one, so the client's error paths can
 * be exercised against a real HTTP server.
 */

/** @typedef {import('./http.js').Reply} Reply */

/**
 * @typedef {'500' | '503-html' | '404-html' | 'malformed-json' | 'wrong-shape' | 'status-false' | '429' | 'hang' | 'slow'} FaultKind
 */

/**
 * @typedef {object} Fault
 * @property {FaultKind} kind
 * @property {number} count requests still to hit
 * @property {number} [retryAfter] seconds, for '429'
 * @property {number} [delayMs] for 'slow' (default 2000) and 'hang' (default: until the client gives up)
 * @property {string} [match] only requests whose path (with query) starts with this
 */

/** @type {readonly FaultKind[]} */
export const FAULT_KINDS = Object.freeze([
  '500',
  '503-html',
  '404-html',
  'malformed-json',
  'wrong-shape',
  'status-false',
  '429',
  'hang',
  'slow',
]);

const SLOW_DEFAULT_MS = 2000;

export class FaultQueue {
  constructor() {
    /** @type {Fault[]} */
    this.queue = [];
  }

  /**
   * Validates and queues a fault; throws on bad input so a typo in a test fails loudly.
   * @param {unknown} input
   * @returns {Fault}
   */
  add(input) {
    if (!input || typeof input !== 'object') throw new Error('body must be a JSON object');
    const { kind, count = 1, retryAfter, delayMs, match } = /** @type {Record<string, unknown>} */ (input);
    const kindText = String(kind);
    if (!FAULT_KINDS.includes(/** @type {FaultKind} */ (kindText)))
      throw new Error(`kind must be one of ${FAULT_KINDS.join(', ')}`);
    if (!Number.isInteger(count) || /** @type {number} */ (count) < 1) throw new Error('count must be a positive integer');
    if (retryAfter !== undefined && (typeof retryAfter !== 'number' || retryAfter < 0))
      throw new Error('retryAfter must be a non-negative number');
    if (delayMs !== undefined && (typeof delayMs !== 'number' || delayMs < 0))
      throw new Error('delayMs must be a non-negative number');
    if (match !== undefined && typeof match !== 'string') throw new Error('match must be a string');
    /** @type {Fault} */
    const fault = { kind: /** @type {FaultKind} */ (kindText), count: /** @type {number} */ (count) };
    if (retryAfter !== undefined) fault.retryAfter = retryAfter;
    if (delayMs !== undefined) fault.delayMs = delayMs;
    if (match !== undefined) fault.match = match;
    this.queue.push(fault);
    return fault;
  }

  /**
   * Consumes one hit of the first queued fault that applies to `path`, in queue order.
   * @param {string} path request path with query, as received
   * @returns {Fault | undefined} a copy, so later queue changes do not affect the request
   */
  take(path) {
    const index = this.queue.findIndex((f) => f.match === undefined || path.startsWith(f.match));
    if (index < 0) return undefined;
    const fault = /** @type {Fault} */ (this.queue[index]);
    fault.count -= 1;
    if (fault.count <= 0) this.queue.splice(index, 1);
    return { ...fault };
  }

  clear() {
    this.queue = [];
  }
}

/**
 * Waits `ms`, or until the client goes away (`signal` aborts) — whichever comes first.
 * @param {number | undefined} ms undefined = only the signal ends the wait
 * @param {AbortSignal} signal
 * @returns {Promise<boolean>} true when the time elapsed, false when the client left
 */
function wait(ms, signal) {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    if (ms !== undefined) {
      timer = setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A gateway's HTML error page: the body a client must survive not being JSON. */
function htmlPage(/** @type {number} */ status, /** @type {string} */ title) {
  return (
    `<!DOCTYPE html>\n<html><head><title>${status} ${title}</title></head>` +
    `<body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>\n`
  );
}

/**
 * Produces the faulted answer. `fromApp` tells whether the answer is one the API itself would
 * send (it then carries quota headers) or one from a proxy in front of it (no quota headers).
 * @param {Fault} fault
 * @param {AbortSignal} clientGone aborts when the client closes the connection
 * @returns {Promise<{ reply: Reply, fromApp: boolean } | { proceed: true } | { aborted: true }>}
 *   `proceed`: answer normally now ('slow'); `aborted`: the client gave up, send nothing
 */
export async function runFault(fault, clientGone) {
  switch (fault.kind) {
    case '500':
      return { reply: { status: 500, json: { status: false, message: 'Server error' } }, fromApp: true };
    case '503-html':
      return {
        reply: {
          status: 503,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
          body: htmlPage(503, 'Service Temporarily Unavailable'),
        },
        fromApp: false,
      };
    case '404-html':
      // An ordinary web server that is not the API: its own "Not Found" page.
      return {
        reply: { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: htmlPage(404, 'Not Found') },
        fromApp: false,
      };
    case 'malformed-json':
      return {
        reply: { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"status":true,"data":{"id":12' },
        fromApp: true,
      };
    case 'wrong-shape':
      return { reply: { status: 200, json: { status: true, data: 'nope' } }, fromApp: true };
    case 'status-false':
      return { reply: { status: 200, json: { status: false, message: 'Something went wrong' } }, fromApp: true };
    case '429':
      return {
        reply: {
          status: 429,
          headers: { 'Retry-After': String(fault.retryAfter ?? 2) },
          json: { status: false, message: 'Too Many Attempts.' },
        },
        fromApp: true,
      };
    case 'slow':
      return (await wait(fault.delayMs ?? SLOW_DEFAULT_MS, clientGone)) ? { proceed: true } : { aborted: true };
    case 'hang':
      if (!(await wait(fault.delayMs, clientGone))) return { aborted: true };
      return {
        reply: { status: 504, headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: htmlPage(504, 'Gateway Time-out') },
        fromApp: false,
      };
  }
}
