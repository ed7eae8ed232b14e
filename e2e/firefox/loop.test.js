// @ts-check
// The verification loop in real Firefox ESR (MV2 event page): an address filled with a real click
// on a page of 127.0.0.1, a code mail over SMTP, the notification (no buttons in Firefox: a click
// copies the code and opens the message), and the code typed into split boxes on the same site
// after a real click on "Fill verification code". Pages come from e2e/pages/, served on loopback.
// The button is found through WebDriver BiDi, which serializes closed shadow roots too.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startPageServer } from '../loop-helpers.js';
import { HUMAN_PAUSE_MS, PRESS_MS, launch, ourButton, waitFor } from './harness.js';

const FILL_LABEL = 'Fill temp address';
const CODE_LABEL = 'Fill verification code';
const CODE = '482913';
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {Awaited<ReturnType<typeof startPageServer>>} */
let pages;
/** @type {import('puppeteer-core').Page} */
let page;
let email = '';

before(async () => {
  pages = await startPageServer();
  h = await launch();
  await (await h.connect()).close();
  page = await h.browser.newPage();
});
after(async () => {
  await h?.close();
  pages?.close();
});

/**
 * Our visible button labelled `label` (`ourButton`): its centre in viewport coordinates, and
 * whether it lives in a closed root; null while there is none.
 * @param {string} label
 */
async function ourButtonAt(label) {
  const box = await ourButton(page, label);
  return box && { x: box.x + box.width / 2, y: box.y + box.height / 2, closedRoot: box.closedRoot };
}

/** A real click on our button labelled `label` once it shows, after a person's pause. @param {string} label */
async function clickOurs(label) {
  await waitFor(() => ourButtonAt(label), `"${label}" to show`);
  await sleep(HUMAN_PAUSE_MS); // the button ignores clicks in its first 300 ms
  const at = /** @type {{x: number, y: number}} */ (await ourButtonAt(label));
  await page.mouse.click(at.x, at.y, { delay: PRESS_MS });
}

/** @param {string} selector */
const valueOf = (selector) => page.$eval(selector, (el) => /** @type {HTMLInputElement} */ (el).value);

describe('Firefox: the verification loop', () => {
  it('Firefox: a code mail for an address filled on 127.0.0.1 is announced with its code; a click copies it', async () => {
    await page.goto(pages.url('signup.html'));
    await page.locator('#email').click({ delay: PRESS_MS });
    await clickOurs(FILL_LABEL);
    email = await waitFor(async () => {
      const value = await valueOf('#email');
      return value.includes('@') && value;
    }, 'the address');
    const [box] = /** @type {Array<{sites: Array<{site: string}>}>} */ (await h.storage('mailboxes'));
    assert.deepEqual(
      box?.sites.map((use) => use.site),
      ['127.0.0.1'],
    );

    await h.sendMail({
      to: email,
      from: 'Example Shop <no-reply@shop.example>',
      subject: 'Your Example Shop code',
      text: `Your verification code is ${CODE}.`,
    });
    const [shown] = await waitFor(
      async () => {
        const list = await h.notifications();
        return list.length ? list : null;
      },
      'the notification',
      20_000,
    );
    assert.equal(shown?.title, `${CODE} — code from Example Shop`);
    assert.match(shown?.text ?? '', /Your Example Shop code\s+Click to copy the code and open the message\./);
    await h.clickNotification('Your Example Shop code');
    await waitFor(async () => (await h.clipboardText()) === CODE, 'the code on the clipboard');
    await waitFor(async () => (await h.extensionTabs()).some((t) => t.url.includes('/popup.html#message=')), 'the message');
  });

  it('Firefox: split boxes on the same site get "Fill verification code"; a real click types one digit per box', async () => {
    await page.bringToFront();
    await page.goto(pages.url('code-split.html'));
    await page.locator('[aria-label="Digit 1"]').click({ delay: PRESS_MS });
    const button = await waitFor(() => ourButtonAt(CODE_LABEL), 'the code button');
    assert.ok(button.closedRoot, 'in a closed shadow root');
    const before = await page.evaluate(() => ({
      dom: document.documentElement.outerHTML,
      seen: JSON.stringify(/** @type {any} */ (window).__seen),
    }));
    assert.ok(!before.dom.includes(CODE) && !before.seen.includes(CODE), 'the page has seen nothing of the code');
    await clickOurs(CODE_LABEL);
    await waitFor(
      async () =>
        (await page.$$eval('.box', (boxes) => boxes.map((b) => /** @type {HTMLInputElement} */ (b).value).join(''))) === CODE,
      'the code in the boxes',
    );
    const heard = await page.evaluate(() => /** @type {any} */ (window).__heard);
    assert.deepEqual(
      heard,
      [...CODE].map((digit, i) => ({ box: i, data: digit, value: digit })),
    );
  });

  it('Firefox: the same page on localhost gets no code button', async () => {
    await page.goto(pages.url('code-split.html', 'localhost'));
    await page.locator('#news').click({ delay: PRESS_MS });
    await waitFor(() => ourButtonAt(FILL_LABEL), 'the newsletter field button (the script has read the offers)');
    await page.locator('[aria-label="Digit 1"]').click({ delay: PRESS_MS });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await ourButtonAt(CODE_LABEL), null);
  });
});
