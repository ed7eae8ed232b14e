// @ts-check
// The verification loop in real Chromium (issue 12): an address filled on site A (a local page on
// 127.0.0.1) with a real click, a code mail sent over real SMTP into the emulator, and then the
// code where it is needed — on A's code pages only, after a real click only, one character per box
// on split boxes that move the focus themselves. `localhost` serves the same pages as another site.
//
// The button is found through DevTools (its shadow root is closed; see loop-helpers.js) and
// clicked with `page.mouse` after the product's 300 ms arming pause (350 ms here: a person's
// pause). Every other wait is for a condition. What the page can see is what `page.evaluate`
// sees (the page's own world) plus what e2e/pages/page-watch.js writes down: every event that
// reaches the window and every DOM change.
//
// Notifications have no automation hook: the test reads what the background asked Chrome to show
// (a wrapper around `notifications.create`, put in the running worker) and presses "Copy code"
// through the event object's `dispatch`, which runs the background's own listener; the clipboard
// is then read from an ordinary page allowed to read it.
import { mkdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';
import { SCREEN, startDisplay, xUnavailable } from './x-display.js';
import {
  ARMED_MS,
  CODE_LABEL,
  FILL_LABEL,
  LINK_ITEM,
  TOGGLE_LABEL,
  domText,
  frames,
  startPageServer,
  visibleOurs,
} from './loop-helpers.js';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('./loop-helpers.js').Box} Box */

const CODE = '482913';
const SPLIT_CODE = '731904';
const ARTIFACTS = new URL('./.artifacts/', import.meta.url);
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {Awaited<ReturnType<typeof startPageServer>>} */
let pages;
/** The address filled on 127.0.0.1. */
let email = '';

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  pages = await startPageServer();
  h = await launch();
  await (await h.connect()).close();
});
after(async () => {
  await h?.close();
  pages?.close();
});

/** Our button labelled `label` once it shows. @param {Page} page @param {string} label */
const shows = (page, label) => waitFor(() => visibleOurs(h.context, page, label), `"${label}" to show`);

/** A trusted click on our button labelled `label`, after a person's pause. @param {Page} page @param {string} label */
async function clickOurs(page, label) {
  await shows(page, label);
  await sleep(ARMED_MS); // the product's anti-clickjacking pause
  const box = /** @type {Box} */ (await visibleOurs(h.context, page, label));
  await page.mouse.click(box.cx, box.cy);
}

/** Records the requests content scripts send the background (a listener in the running worker). */
async function recordRequests() {
  await h.inWorker(() => {
    const g = /** @type {any} */ (globalThis);
    g.__requests = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      if (sender.tab && /^https?:/.test(sender.url ?? '')) g.__requests.push({ type: message?.type, url: sender.url });
    });
  });
}
/** @returns {Promise<Array<{type: string, url: string}>>} */
const requests = () => h.inWorker(() => /** @type {any} */ (globalThis).__requests);

/** Keeps what the background asks the browser to show as notifications (a wrapper in the running worker). */
async function recordNotifications(harness = h) {
  await harness.inWorker(() => {
    const g = /** @type {any} */ (globalThis);
    g.__notifications = [];
    for (const api of new Set([chrome.notifications, g.browser?.notifications].filter(Boolean))) {
      const create = api.create.bind(api);
      api.create = (/** @type {any[]} */ ...args) => {
        const [id, options] = typeof args[0] === 'string' ? args : [undefined, args[0]];
        g.__notifications.push({ id, ...options });
        return create(...args);
      };
    }
  });
}
/** @returns {Promise<Array<{id: string, title: string, message: string, buttons?: Array<{title: string}>}>>} */
const notifications = (harness = h) => harness.inWorker(() => /** @type {any} */ (globalThis).__notifications);

/** The clipboard, read from an ordinary page allowed to read it. @param {Awaited<ReturnType<typeof launch>>} harness */
async function clipboardOf(harness) {
  const reader = await harness.context.newPage();
  await reader.goto(harness.emulator.url);
  await harness.context.grantPermissions(['clipboard-read'], { origin: harness.emulator.url });
  await reader.bringToFront();
  try {
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

/** The site offers the content script reads. */
const offers = async () => /** @type {Array<{site: string, kind: string}>} */ ((await h.storage('siteOffers')) ?? []);

/**
 * What the page and DevTools can find of `secret` anywhere: the page's DOM, every event and DOM
 * change the page saw (page-watch.js), and the whole DOM with closed shadow roots (DevTools).
 * @param {Page} page @param {string} secret
 */
async function whereIs(page, secret) {
  const inPage = await page.evaluate(
    (s) => ({
      dom: document.documentElement.outerHTML.includes(s),
      values: [...document.querySelectorAll('input')].some((input) => input.value.includes(s[0] ?? '')),
      seen: JSON.stringify(/** @type {any} */ (window).__seen).includes(s),
    }),
    secret,
  );
  return { ...inPage, devtools: (await domText(h.context, page)).includes(secret) };
}

/** @param {Page} page @param {string} name */
async function screenshot(page, name, clip = { x: 0, y: 0, width: 520, height: 300 }) {
  await page.screenshot({ path: new URL(name, ARTIFACTS).pathname, clip });
}

describe('the content script bundle', () => {
  it('stays at most 12 KB gzip, with no public-suffix list, Svelte or DOMPurify in it or its parts', () => {
    const read = (/** @type {string} */ path) => readFileSync(new URL(`../.output/chrome-mv3/${path}`, import.meta.url));
    const bundle = read('content-scripts/email-fill.js');
    assert.ok(gzipSync(bundle, { level: 9 }).length <= 12 * 1024, `${gzipSync(bundle, { level: 9 }).length} B gzip`);
    // With the parts it imports on demand (entrypoints/email-fill.content/parts.ts).
    for (const [name, bytes] of [
      ['the content script', bundle],
      ['code-fields.js', read('code-fields.js')],
      ['hidden-notice.js', read('hidden-notice.js')],
      ['fill-command.js', read('fill-command.js')],
    ])
      // Entries of the Public Suffix List (tldts carries them all), and the two libraries' own names.
      for (const foreign of ['blogspot', 'github.io', 'co.uk', 'publicsuffix', 'DOMPurify', 'svelte', '$$props'])
        assert.ok(!bytes.toString('utf8').includes(foreign), `no "${foreign}" in ${name}`);
  });
});

describe('the verification loop', () => {
  it('fills the address on a sign-up page of 127.0.0.1 with a real click; the popup waits for mail from it and says "Used on 127.0.0.1", after a worker restart too', async () => {
    const page = await h.context.newPage();
    await page.goto(pages.url('signup.html'));
    await page.locator('#email').click();
    await clickOurs(page, FILL_LABEL);
    email = await waitFor(async () => {
      const value = await page.locator('#email').inputValue();
      return value.includes('@') && value;
    }, 'the address in the field');
    await page.close();

    const [box] = await h.storage('mailboxes');
    assert.equal(box.email, email);
    assert.deepEqual(
      box.sites.map((/** @type {any} */ use) => use.site),
      ['127.0.0.1'],
      'the mailbox remembers the site the browser reported',
    );

    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 400, height: 560 });
    assert.equal(await popup.getByTestId('used-on').textContent(), 'Used on 127.0.0.1');
    const waiting = popup.getByTestId('loop-waiting');
    await waiting.waitFor();
    assert.match((await waiting.textContent()) ?? '', /Waiting for mail from 127\.0\.0\.1\s*Checking every 5 s for [0-3]:\d\d/);
    await popup.screenshot({ path: new URL('loop-popup-waiting.png', ARTIFACTS).pathname });
    await popup.close();

    await h.stopWorker();
    const again = await h.openPopup();
    assert.equal(await again.getByTestId('used-on').textContent(), 'Used on 127.0.0.1', 'after the worker restarted');
    await again.close();
  });

  it('a code mail over SMTP: the notification says "482913 — code from Example Shop", its Copy code button copies it, the popup shows it on top', async () => {
    await recordNotifications();
    await recordRequests();
    await h.sendMail({
      to: email,
      from: 'Example Shop <no-reply@shop.example>',
      subject: 'Your Example Shop code',
      text: `Your verification code is ${CODE}. It expires in 10 minutes.`,
    });
    await waitFor(
      async () => (await offers()).some((o) => o.site === '127.0.0.1' && o.kind === 'code'),
      'the code offer',
      20_000,
    );
    assert.ok(!JSON.stringify(await offers()).includes(CODE), 'the offer the content script reads has no code');

    const [shown] = await waitFor(async () => {
      const list = await notifications();
      return list.length && list;
    }, 'the notification');
    assert.equal(shown.title, `${CODE} — code from Example Shop`);
    assert.deepEqual(shown.buttons, [{ title: 'Copy code' }]);

    await h.inWorker((id) => /** @type {any} */ (chrome.notifications.onButtonClicked).dispatch(id, 0), shown.id);
    await waitFor(async () => (await clipboardOf(h)) === CODE, 'the code on the clipboard');

    const popup = await h.openPopup();
    await popup.setViewportSize({ width: 400, height: 560 });
    const line = popup.getByTestId('loop-code');
    await line.waitFor();
    assert.match((await line.textContent()) ?? '', new RegExp(`${CODE}\\s*code from Example Shop for 127\\.0\\.0\\.1`));
    assert.ok(await popup.getByRole('button', { name: 'Copy the verification code' }).isVisible());
    await popup.screenshot({ path: new URL('loop-popup-code.png', ARTIFACTS).pathname });
    await popup.close();
  });

  it('a single code input on 127.0.0.1: the button shows, the page learns nothing, synthetic clicks do nothing, a real click fills it', async () => {
    const page = await h.context.newPage();
    await page.goto(pages.url('code-single.html'));
    await page.locator('#code').click();
    const box = await shows(page, CODE_LABEL);
    assert.ok(box.closedRoot, 'the button lives in a closed shadow root');
    await screenshot(page, 'loop-code-button.png');

    // Everything a page can do to what it finds at the button's place.
    await sleep(ARMED_MS);
    const host = await page.evaluate(({ cx: x, cy: y }) => {
      const mouse = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
      const targets = new Set(document.elementsFromPoint(x, y));
      for (const target of targets) {
        for (const detail of [1, 0]) {
          for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
            target.dispatchEvent(new MouseEvent(type, { ...mouse, detail }));
          }
        }
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        /** @type {HTMLElement} */ (target).click?.();
      }
      const ours = document.elementFromPoint(x, y);
      return { tag: ours?.localName ?? '', shadowRoot: ours?.shadowRoot ?? null };
    }, box);
    assert.match(host.tag, /^tm-fill-/, 'the page finds only our host at the button');
    assert.equal(host.shadowRoot, null, 'and cannot open it');
    await frames(page);
    assert.equal(await page.locator('#code').inputValue(), '', 'synthetic clicks fill nothing');
    assert.deepEqual(
      (await requests()).filter((r) => r.type === 'fillCode'),
      [],
      'synthetic clicks send nothing',
    );
    assert.deepEqual(await whereIs(page, CODE), { dom: false, values: false, seen: false, devtools: false });

    // The hover look, then the real click.
    await page.mouse.move(box.cx, box.cy);
    await screenshot(page, 'loop-code-button-hover.png');
    await page.mouse.click(box.cx, box.cy);
    await waitFor(async () => (await page.locator('#code').inputValue()) === CODE, 'the code in the field');
    const heard = await page.evaluate(() => /** @type {any} */ (window).__heard);
    assert.deepEqual(heard.at(-1), { box: 0, data: CODE, value: CODE }, "the page's own listener heard the code");
    assert.equal((await requests()).filter((r) => r.type === 'fillCode').length, 1, 'one request, from the real click');
    assert.ok(!(await domText(h.context, page)).includes(CODE), 'nothing of ours keeps the code, not even our closed root');

    // A filled code is not offered again on this page.
    await waitFor(async () => !(await visibleOurs(h.context, page, CODE_LABEL)), 'the button to go after the fill');
    await page.locator('#code').fill('');
    await page.locator('h1').click();
    await page.locator('#code').click();
    await frames(page);
    assert.equal(await visibleOurs(h.context, page, CODE_LABEL), null, 'not offered again on the same page');
    await page.close();
  });

  it('six split boxes that move the focus themselves: a real click types one digit per box, the page hears each', async () => {
    // A second code for the same sign-up (a "resend"): the newer one is offered, also on a page that filled the first.
    await h.sendMail({
      to: email,
      from: 'Example Shop <no-reply@shop.example>',
      subject: 'Your new Example Shop code',
      text: `Your verification code is ${SPLIT_CODE}.`,
    });
    await waitFor(
      async () => ((await h.storage('messages')) ?? []).some((/** @type {any} */ m) => m.code === SPLIT_CODE),
      'the second code',
      20_000,
    );
    const page = await h.context.newPage();
    await page.goto(pages.url('code-split.html'));
    await page.getByLabel('Digit 1').click();
    const box = await shows(page, CODE_LABEL);
    const digit6 = await page.getByLabel('Digit 6').boundingBox();
    assert.ok(digit6 && box.x >= digit6.x + digit6.width, 'the button sits after the last box');
    await screenshot(page, 'loop-split-button.png');
    assert.deepEqual(await whereIs(page, SPLIT_CODE), { dom: false, values: false, seen: false, devtools: false });
    await sleep(ARMED_MS);
    await page.mouse.click(box.cx, box.cy);
    const values = () =>
      page.locator('.box').evaluateAll((boxes) => boxes.map((b) => /** @type {HTMLInputElement} */ (b).value).join(''));
    await waitFor(async () => (await values()) === SPLIT_CODE, 'the code in the boxes');
    const heard = await page.evaluate(() => /** @type {any} */ (window).__heard);
    assert.deepEqual(
      heard,
      [...SPLIT_CODE].map((digit, i) => ({ box: i, data: digit, value: digit })),
      'each box heard its own digit, in order',
    );
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Digit 6');
    await page.close();
  });

  it('from the keyboard: Tab from the empty code field reaches the button, Enter fills', async () => {
    const page = await h.context.newPage();
    await page.goto(pages.url('code-single.html'));
    await page.locator('#code').click();
    await shows(page, CODE_LABEL);
    await page.keyboard.press('Tab');
    await screenshot(page, 'loop-code-button-focus.png');
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.locator('#code').inputValue()) === SPLIT_CODE, 'the newest code in the field');
    await page.close();
  });

  it('the same code page on another site (localhost) gets no button', async () => {
    const page = await h.context.newPage();
    await page.goto(pages.url('code-split.html', 'localhost'));
    // The newsletter field's button proves the script runs and has read the offers.
    await page.locator('#news').click();
    await shows(page, FILL_LABEL);
    await page.getByLabel('Digit 1').click();
    await frames(page);
    await page.getByLabel('Digit 1').hover();
    await frames(page);
    assert.equal(await visibleOurs(h.context, page, CODE_LABEL), null, 'no code button on localhost');
    assert.equal(await visibleOurs(h.context, page, FILL_LABEL), null, 'and no other button on the boxes');
    assert.deepEqual(await whereIs(page, SPLIT_CODE), { dom: false, values: false, seen: false, devtools: false });
    await page.close();
  });

  it('a link-only mail: the e-mail field\'s menu on 127.0.0.1 offers "Open verification link", which opens it in a new tab', async () => {
    // A new sign-up on the site: the address is filled again, and the mail carries a link only.
    const page = await h.context.newPage();
    await page.goto(pages.url('signup.html'));
    await page.locator('#email').click();
    await clickOurs(page, FILL_LABEL);
    await waitFor(async () => (await page.locator('#email').inputValue()) === email, 'the address filled again');
    const link = pages.url('verified.html?token=abc123');
    await h.sendMail({
      to: email,
      from: 'Example Shop <no-reply@shop.example>',
      subject: 'Confirm your e-mail address',
      text: `Welcome to Example Shop! Please confirm your e-mail address: ${link}\n\nIf you did not sign up, ignore this mail.`,
    });
    await waitFor(
      async () => (await offers()).some((o) => o.site === '127.0.0.1' && o.kind === 'link'),
      'the link offer',
      20_000,
    );

    await page.reload();
    await page.locator('#email').click();
    await clickOurs(page, TOGGLE_LABEL);
    const item = await shows(page, LINK_ITEM);
    await screenshot(page, 'loop-menu-link.png', { x: 0, y: 0, width: 520, height: 360 });
    await sleep(ARMED_MS); // the menu's own pause
    const opened = h.context.waitForEvent('page');
    await page.mouse.click(item.cx, item.cy);
    const tab = await opened;
    await tab.waitForLoadState();
    assert.equal(tab.url(), link);
    assert.equal(await page.locator('#email').inputValue(), '', 'the page itself got nothing');
    assert.ok(!(await domText(h.context, page)).includes('abc123'), 'nor did our closed root');
    await tab.close();
    await page.close();
  });
});

const X_MISSING = xUnavailable();

describe('the notification as Chromium shows it (headful, on a private X display)', { skip: X_MISSING || false }, () => {
  /** @type {Awaited<ReturnType<typeof launch>>} */
  let xh;
  /** @type {Awaited<ReturnType<typeof startDisplay>>} */
  let screen;
  const savedDisplay = process.env.DISPLAY;

  before(async () => {
    screen = await startDisplay();
    process.env.DISPLAY = screen.display;
    xh = await launch({ headless: false });
    await (await xh.connect()).close();
  });
  after(async () => {
    await xh?.close();
    screen?.stop();
    if (savedDisplay === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = savedDisplay;
  });

  it('shows the code in its title, and a real click on its Copy code button puts the code on the clipboard', async () => {
    const popup = await xh.openPopup();
    await popup.getByRole('button', { name: 'New address' }).click();
    const address = await waitFor(async () => {
      const text = (await popup.getByTestId('current-address').textContent()) ?? '';
      return text.includes('@') && text;
    }, 'an address');
    await popup.close();
    await recordNotifications(xh);
    const before = screen.popups().length;
    await xh.sendMail({
      to: address,
      from: 'Example Shop <no-reply@shop.example>',
      subject: 'Your Example Shop code',
      text: `Your verification code is ${CODE}.`,
    });
    // Chromium's own popup, in the bottom-right corner of the screen, once it has slid into place
    // (the same box on two looks in a row).
    let last = '';
    const note = await waitFor(
      () => {
        const found = screen.popups().find((p) => p.x > SCREEN.width / 2 && p.y > SCREEN.height / 2);
        const seen = JSON.stringify(found ?? null);
        const settled = found && screen.popups().length > before && seen === last;
        last = seen;
        return settled && found;
      },
      'the notification on the screen, in place',
      20_000,
      150,
    );
    const [asked] = await notifications(xh);
    assert.equal(asked.title, `${CODE} — code from Example Shop`);
    // (Its window may reach past the screen's edge: the picture stops there.)
    const [width, height] = [Math.min(note.width, SCREEN.width - note.x), Math.min(note.height, SCREEN.height - note.y)];
    screen.x(`shot:${new URL('loop-notification.png', ARTIFACTS).pathname},${note.x},${note.y},${width},${height}`);
    // Its button row is its last 44 px, the label 24 px in from the left.
    screen.x(`move:${note.x + 60},${note.y + note.height - 26}`, 'click:1');
    await waitFor(async () => (await clipboardOf(xh)) === CODE, 'the code on the clipboard');
  });
});
