// @ts-check
// Filter and find boxes get no in-field button, in real Chromium with the built extension. A mail
// client's "Filter mails by sender" box is a search box that mentions mail; the detector once
// offered a temp address there. Each box is focused with a real click (playwright's mouse: a
// trusted event, as a person's); an e-mail field on the same page is the control that does get
// the button, so "no button" is never the content script not running.
//
// The button lives in a closed shadow root, so it is looked for through DevTools, which sees closed
// roots (the same way e2e/autofill.test.js does). "Nothing showed" is checked after a sync point:
// the button first shows on the control, then must go away once a filter box has the focus, and
// stays away two animation frames later (the content script does one pass per frame).
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';

/** @typedef {Awaited<ReturnType<typeof launch>>} Harness */
/** @typedef {import('playwright-core').Page} Page */

const FILL_LABEL = 'Fill temp address';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox – Webmail</title>
<style>body{font:16px sans-serif;margin:24px} input{display:block;width:320px;height:28px;margin:12px 0}</style></head>
<body>
  <h1>Inbox</h1>
  <div class="toolbar">
    <input type="text" id="by-sender" placeholder="Filter mails by sender">
    <input type="text" id="by-email" placeholder="Filter by email">
    <input type="text" id="mail-from" placeholder="Find mail from…">
  </div>
  <ul><li>Welcome to your inbox</li></ul>
  <form class="newsletter" action="/subscribe">
    <h2>Subscribe to our newsletter</h2>
    <label for="control">Email address</label>
    <input type="email" id="control" name="email">
    <button>Subscribe</button>
  </form>
</body></html>`;

/** Serves the page on 127.0.0.1 (the content script runs on every http page). */
async function startServer() {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * Whether our fill button shows now (in a closed shadow root, found through DevTools; a button
 * without a box is hidden).
 * @param {import('playwright-core').CDPSession} session
 */
async function buttonShown(session) {
  const { root } = await session.send('DOM.getDocument', { depth: -1, pierce: true });
  /** @type {number[]} */
  const found = [];
  const walk = (/** @type {any} */ node) => {
    const attrs = node.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2)
      if (node.nodeName === 'BUTTON' && attrs[i] === 'aria-label' && attrs[i + 1] === FILL_LABEL) found.push(node.nodeId);
    for (const child of node.children ?? []) walk(child);
    for (const shadow of node.shadowRoots ?? []) walk(shadow);
  };
  walk(root);
  for (const nodeId of found) {
    try {
      const { model } = await session.send('DOM.getBoxModel', { nodeId });
      if (model.width > 0 && model.height > 0) return true;
    } catch {
      // "Could not compute box model": hidden.
    }
  }
  return false;
}

/** Two animation frames in the page: the content script does its work in one pass per frame. */
const frames = (/** @type {Page} */ page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));

describe('filter and find boxes in real Chromium', () => {
  /** @type {Harness} */
  let h;
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  /** @type {Page} */
  let page;
  /** @type {import('playwright-core').CDPSession} */
  let session;

  before(async () => {
    server = await startServer();
    h = await launch();
    page = await h.context.newPage();
    session = await h.context.newCDPSession(page);
    await page.goto(server.url);
  });

  after(async () => {
    await h?.close();
    server?.close();
  });

  it('the control e-mail field gets the button after a real click', async () => {
    await page.locator('#control').click();
    await waitFor(() => buttonShown(session), 'the fill button on the e-mail field');
  });

  for (const [id, placeholder] of [
    ['by-sender', 'Filter mails by sender'],
    ['by-email', 'Filter by email'],
    ['mail-from', 'Find mail from…'],
  ]) {
    it(`"${placeholder}" gets no button after a real click`, async () => {
      // Start from the button showing on the control, so its going away is the content script's verdict.
      await page.locator('#control').click();
      await waitFor(() => buttonShown(session), 'the fill button on the control field');
      await page.locator(`#${id}`).click();
      assert.equal(await page.evaluate(() => document.activeElement?.id), id, 'the filter box has the focus');
      await waitFor(async () => !(await buttonShown(session)), `the button to leave for ${placeholder}`);
      await frames(page);
      assert.equal(await buttonShown(session), false, `no button on "${placeholder}"`);
    });
  }
});
