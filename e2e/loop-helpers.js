// @ts-check
/**
 * What the verification-loop tests and the loop bench share: the local pages served on
 * 127.0.0.1 (any host name reaching it: `localhost` is another site), and seeing our in-field
 * button from the test side. The button lives in a CLOSED shadow root, which the page cannot
 * reach and Playwright's selectors do not pierce; DevTools does (`DOM.getDocument` with
 * `pierce: true`), so the tests find it there, read its box and click it with `page.mouse` — a
 * trusted click at those coordinates, exactly what a user's click is.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/** The product ignores pointer clicks on a button shown less than 300 ms ago; a person's pause is longer. */
export const ARMED_MS = 350;
export const CODE_LABEL = 'Fill verification code';
export const FILL_LABEL = 'Fill temp address';
export const TOGGLE_LABEL = 'More temp address options';
export const LINK_ITEM = 'Open verification link';

const PAGES = new URL('./pages/', import.meta.url);

/** Serves e2e/pages/*.html (and the pages' own scripts) on 127.0.0.1. */
export async function startPageServer() {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    let body;
    try {
      if (!/^[\w-]+\.(?:html|js)$/.test(name)) throw new Error('not a page');
      body = readFileSync(new URL(name, PAGES));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = name.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const port = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
  return {
    port,
    url: (/** @type {string} */ page, host = '127.0.0.1') => `http://${host}:${port}/${page}`,
    close: () => server.close(),
  };
}

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */
/** @typedef {{x:number, y:number, width:number, height:number, cx:number, cy:number, closedRoot:boolean}} Box */

/** @type {WeakMap<Page, CDPSession>} */
const sessions = new WeakMap();

/** @param {import('playwright-core').BrowserContext} context @param {Page} page */
async function devtools(context, page) {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = await context.newCDPSession(page)));
  return session;
}

/**
 * The whole DOM of the page as DevTools sees it, closed shadow roots and frames included.
 * @param {import('playwright-core').BrowserContext} context @param {Page} page
 */
export async function fullDom(context, page) {
  const session = await devtools(context, page);
  return (await session.send('DOM.getDocument', { depth: -1, pierce: true })).root;
}

/**
 * The page's DOM as text, closed shadow roots (ours) and frames included, without the browser's
 * own shadow roots of form fields (an input shows its value in one).
 * @param {import('playwright-core').BrowserContext} context @param {Page} page
 */
export async function domText(context, page) {
  return JSON.stringify(await fullDom(context, page), (key, value) =>
    key === 'shadowRoots' ? value.filter((/** @type {any} */ root) => root.shadowRootType !== 'user-agent') : value,
  );
}

/** A DevTools node's attribute, or null. @param {any} node @param {string} name */
export function attribute(node, name) {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return null;
}

/** The text of a DevTools node. @param {any} node @returns {string} */
export const textOf = (node) =>
  (node.children ?? []).map((/** @type {any} */ c) => (c.nodeType === 3 ? c.nodeValue : textOf(c))).join('');

/**
 * The visible element of ours labelled `label` (a button's aria-label, or a menu item's text),
 * with its box in the viewport; null when there is none or it has no box (hidden).
 * @param {import('playwright-core').BrowserContext} context @param {Page} page @param {string} label
 * @returns {Promise<Box | null>}
 */
export async function visibleOurs(context, page, label) {
  const session = await devtools(context, page);
  const root = await fullDom(context, page);
  /** @type {Array<{node: any, closedRoot: boolean}>} */
  const found = [];
  const walk = (/** @type {any} */ node, /** @type {boolean} */ closed) => {
    if (
      node.nodeName === 'BUTTON' &&
      (attribute(node, 'aria-label') === label || (attribute(node, 'role') === 'menuitem' && textOf(node) === label))
    )
      found.push({ node, closedRoot: closed });
    for (const child of node.children ?? []) walk(child, closed);
    for (const shadow of node.shadowRoots ?? []) walk(shadow, closed || shadow.shadowRootType === 'closed');
    if (node.contentDocument) walk(node.contentDocument, false);
  };
  walk(root, false);
  for (const { node, closedRoot } of found) {
    try {
      const { model } = await session.send('DOM.getBoxModel', { nodeId: node.nodeId });
      const [x, y] = model.border;
      if (model.width > 0 && model.height > 0)
        return { x, y, width: model.width, height: model.height, cx: x + model.width / 2, cy: y + model.height / 2, closedRoot };
    } catch {
      // No box: hidden.
    }
  }
  return null;
}

/** Two animation frames in the page: the content script does its work in one pass per frame. @param {Page} page */
export const frames = (page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
