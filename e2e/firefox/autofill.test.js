// @ts-check
// The in-field button in real Firefox ESR: a synthetic click does nothing, a real click fills the
// address and the page's own listeners hear it. Pages come from e2e/pages/, served on loopback.
//
// The button lives in a closed shadow root the page cannot reach. The harness finds it through
// WebDriver BiDi, which serializes closed roots too (`includeShadowTree: 'all'`), reads its box
// and clicks there with the real pointer, after the pause the button asks for (it ignores clicks
// in its first 300 ms on purpose).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { HUMAN_PAUSE_MS, PRESS_MS, launch, ourButton, waitFor } from './harness.js';

const FILL_LABEL = 'Fill temp address';
const ADDRESS = /^[a-z0-9]+@(mail|inbox)\.test$/;
const PAGES = new URL('../pages/', import.meta.url);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {import('node:http').Server} */
let server;
let pagesUrl = '';
/** @type {import('puppeteer-core').Page} */
let page;

before(async () => {
  server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (!/^[\w-]+\.html$/.test(name)) return void res.writeHead(404).end();
    try {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(new URL(name, PAGES)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  pagesUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  h = await launch();
  const options = await h.connect();
  assert.match((await h.text(options, '[data-testid="options-saved"]')) ?? '', /Connected/);
  await options.close();
  page = await h.browser.newPage();
});
after(async () => {
  await h?.close();
  server?.close();
});

/** @returns {any} puppeteer's BiDi session */
const bidi = () => /** @type {any} */ (page.mainFrame()).browsingContext.userContext.browser.session;
const contextId = () => /** @type {any} */ (page.mainFrame()).browsingContext.id;

/** The visible fill button (`ourButton`), or null while it is hidden. */
const fillButton = () => ourButton(page, FILL_LABEL);

/** Focuses a field with a real click and waits for the button to show. @param {string} selector */
async function showButton(selector) {
  await page.locator(selector).click({ delay: PRESS_MS });
  return waitFor(fillButton, 'the fill button to show');
}

/** Two animation frames in the page: the content script acts once per frame. */
const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('Firefox: the in-field button', () => {
  /** API requests before any real click on the button. */
  let logBaseline = 0;

  it('Firefox: a synthetic click does nothing, even one dispatched on the button itself', async () => {
    assert.deepEqual(await h.admin('mailboxes'), [], 'starts without a mailbox');
    logBaseline = (await h.apiLog()).length;
    await page.goto(`${pagesUrl}/signup.html`);
    const box = await showButton('#email');
    assert.ok(box.closedRoot, 'the button lives in a closed shadow root');
    await sleep(HUMAN_PAUSE_MS); // a real click would count now: the synthetic ones must not
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;

    // What the page itself can do: everything it finds at the button's position.
    const seen = await page.evaluate(
      ({ x, y }) => {
        const hosts = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('tm-fill-'));
        const host = /** @type {HTMLElement} */ (hosts[0]);
        const mouse = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window, button: 0 };
        for (const target of new Set([host, ...document.elementsFromPoint(x, y)])) {
          for (const detail of [1, 0]) {
            for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
              const init = { ...mouse, detail, buttons: type.endsWith('down') ? 1 : 0 };
              target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
            }
          }
          target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          /** @type {HTMLElement} */ (target).click?.();
        }
        return {
          hosts: hosts.length,
          shadowRootNull: host.shadowRoot === null,
          atPoint: document.elementFromPoint(x, y) === host,
        };
      },
      { x: cx, y: cy },
    );
    assert.equal(seen.hosts, 1, 'the page sees one host element of ours');
    assert.ok(seen.shadowRootNull, 'host.shadowRoot is null to the page');
    assert.ok(seen.atPoint, 'the page sees only the host where the button is');

    // Worse than a page can do: the page's own script handed the button itself (through BiDi).
    await bidi().send('script.callFunction', {
      functionDeclaration: `function () {
        const r = this.getBoundingClientRect();
        const init = { bubbles: true, cancelable: true, composed: true, clientX: r.x + 4, clientY: r.y + 4, detail: 1, view: window };
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) this.dispatchEvent(new MouseEvent(type, init));
        this.click();
        this.focus();
        this.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }`,
      this: { sharedId: box.sharedId },
      target: { context: contextId() },
      awaitPromise: false,
    });
    await frames();
    assert.equal(await page.$eval('#email', (el) => /** @type {HTMLInputElement} */ (el).value), '', 'the field stays empty');
    assert.equal(await page.$eval('#email2', (el) => /** @type {HTMLInputElement} */ (el).value), '');
    assert.deepEqual((await h.apiLog()).slice(logBaseline), [], 'no API request');
    assert.deepEqual(await h.admin('mailboxes'), [], 'no mailbox was created');
  });

  it("Firefox: a real click fills the sign-up form's address fields and the page's listeners hear it", async () => {
    await page.goto(`${pagesUrl}/signup.html`);
    const box = await showButton('#email');
    const field = await page.$eval('#email', (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    assert.ok(
      box.x > field.x + field.width / 2 && box.x + box.width <= field.x + field.width,
      'the button sits at the right end of the field',
    );
    await sleep(HUMAN_PAUSE_MS); // the button ignores clicks in its first 300 ms
    const fresh = (await fillButton()) ?? box;
    await page.mouse.click(fresh.x + fresh.width / 2, fresh.y + fresh.height / 2, { delay: PRESS_MS });

    const value = await waitFor(async () => {
      const v = await page.$eval('#email', (el) => /** @type {HTMLInputElement} */ (el).value);
      return ADDRESS.test(v) ? v : null;
    }, 'the field to hold a new address');
    assert.equal(await page.$eval('#email2', (el) => /** @type {HTMLInputElement} */ (el).value), value, 'the confirm twin too');
    assert.equal(
      await page.$eval('#name', (el) => /** @type {HTMLInputElement} */ (el).value),
      '',
      'the name field is left alone',
    );
    const events = /** @type {Array<{id: string, type: string, value: string}>} */ (
      await page.evaluate(() => /** @type {any} */ (window).__events)
    );
    for (const id of ['email', 'email2']) {
      for (const type of ['input', 'change']) {
        assert.ok(
          events.some((e) => e.id === id && e.type === type && e.value === value),
          `the page's ${type} listener on #${id} saw the address (${JSON.stringify(events)})`,
        );
      }
    }
    const live = /** @type {Array<{email: string}>} */ (await h.admin('mailboxes'));
    assert.deepEqual(
      live.map((b) => b.email),
      [value],
      'exactly one mailbox, the filled one',
    );
    assert.equal(await h.storage('currentMailbox'), value, 'it became the current address');
  });

  it('Firefox: the context-menu entry outlives the event page; picking it wakes the page and fills the field', async () => {
    const current = /** @type {string} */ (await h.storage('currentMailbox'));
    assert.match(current, ADDRESS);
    await page.goto(`${pagesUrl}/signup.html`);
    await h.suspendBackground();
    const stoppedAt = (await h.backgroundEvents()).length;

    // A real right-click in the field opens Firefox's own context menu.
    await page.bringToFront();
    const field = /** @type {import('puppeteer-core').BoundingBox} */ (await (await page.$('#email'))?.boundingBox());
    await page.mouse.click(field.x + 12, field.y + field.height / 2, { button: 'right', delay: PRESS_MS });
    const items = await waitFor(() => h.contextMenuItems(), 'the context menu');
    assert.ok(items.includes(FILL_LABEL), `the menu offers "${FILL_LABEL}" (${items.join(', ')})`);
    await h.pickContextMenuItem(FILL_LABEL);

    await waitFor(
      async () => (await page.$eval('#email', (el) => /** @type {HTMLInputElement} */ (el).value)) === current,
      'the field to be filled',
    );
    assert.equal((await h.backgroundEvents()).slice(stoppedAt)[0], 'started', 'the pick woke the event page');
    const live = /** @type {Array<{email: string}>} */ (await h.admin('mailboxes'));
    assert.deepEqual(
      live.map((b) => b.email),
      [current],
      'the current address, no new mailbox',
    );
  });
});
