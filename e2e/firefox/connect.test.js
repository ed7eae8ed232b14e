// @ts-check
// Onboarding and addresses in real Firefox ESR against the emulator: a wrong key, a good key, a new
// address, a changed one, a deleted one. Every click and key is real input.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch({ keepWelcome: true });
});
after(async () => {
  await h?.close();
});

const ADDRESS = /^[a-z0-9._-]+@(mail|inbox)\.test$/;

describe('Firefox: onboarding', () => {
  it('Firefox: on install the options page opens as a welcome, its key field focused', async () => {
    const welcome = h.welcome;
    assert.ok(welcome, 'the extension opened its options page on install');
    await waitFor(() => h.text(welcome, 'h1').then((text) => text === 'Welcome to Temp Mail Inbox'), 'the welcome heading');
    await waitFor(() => welcome.evaluate(() => document.activeElement?.id === 'api-key'), 'the focus in the key field');
    assert.match((await h.text(welcome, '#api-key-where')) ?? '', /generate it on the user API page/);
    await welcome.close();
  });

  it('Firefox: a wrong key gets a clear message and nothing is saved', async () => {
    const page = await h.connect({ key: 'not-the-right-key-000000' });
    assert.match((await h.text(page, '[data-testid="options-error"]')) ?? '', /rejected this API key/);
    assert.equal((await h.storage('connection'))?.keyHint ?? null, null);
    await page.close();
  });

  it('Firefox: a good key connects, shows the plan and the masked key, and stays out of storage.local', async () => {
    const key = h.emulator.keys[0]?.key ?? '';
    const page = await h.connect();
    assert.match((await h.text(page, '[data-testid="options-saved"]')) ?? '', /Connected to 127\.0\.0\.1/);
    const plan = (await h.text(page, '[data-testid="plan"]')) ?? '';
    assert.match(plan, /mail\.test/);
    assert.equal(await h.text(page, '[data-testid="masked-key"]'), `••••••••${key.slice(-4)}`);
    assert.ok(!(await page.content()).includes(key), 'the page keeps no copy of the key');
    const stored = await h.inExtension(() => /** @type {any} */ (globalThis).browser.storage.local.get(null));
    assert.ok(!JSON.stringify(stored).includes(key), 'the key is not in storage.local');
    // The key vault is the background's IndexedDB: the next journey's requests need it.
    assert.equal((await h.storage('connection'))?.keyHint, key.slice(-4));
    await page.close();
  });
});

describe('Firefox: a dedicated API host', () => {
  it("Firefox: Save asks for a custom https host through Firefox's prompt: Deny is explained, Allow grants it", async () => {
    const custom = 'https://api.example.test';
    const page = await h.openExtensionPage('/options.html');
    const save = async () => {
      const replace = '::-p-aria([name="Replace key"][role="button"])';
      if (await page.$(replace)) await h.click(page, replace);
      await h.typeInto(page, '#api-key', h.emulator.keys[0]?.key ?? '');
      await h.typeInto(page, '::-p-aria(API base URL)', custom);
      await h.click(page, '::-p-aria([name="Save"][role="button"])');
    };
    const granted = () =>
      h.inExtension(
        (origin) => /** @type {any} */ (globalThis).browser.permissions.contains({ origins: [`${origin}/*`] }),
        custom,
      );

    await save();
    // The request runs inside the click (Firefox refuses it otherwise) and names the host.
    const listed = await h.answerPermissionPrompt('deny');
    assert.equal(listed.length, 1);
    assert.match(listed[0] ?? '', /api\.example\.test/);
    await waitFor(() => h.text(page, '[data-testid="options-error"]'), 'the outcome');
    assert.match(
      (await h.text(page, '[data-testid="options-error"]')) ?? '',
      /Permission to reach api\.example\.test was not granted/,
    );
    assert.equal(await granted(), false);

    await save();
    await h.answerPermissionPrompt('allow');
    await waitFor(
      async () => /Could not reach api\.example\.test/.test((await h.text(page, '[data-testid="options-error"]')) ?? ''),
      'the host to be tried',
    );
    assert.equal(await granted(), true, 'the host permission is granted');
    assert.equal((await h.storage('connection'))?.baseUrl, h.emulator.url, 'the working connection is kept');
    await page.close();
  });
});

describe('Firefox: addresses in the popup', () => {
  /** @type {import('puppeteer-core').Page} */
  let popup;
  const current = () => h.text(popup, '[data-testid="current-address"]');

  before(async () => {
    popup = await h.openPopup();
  });

  it('Firefox: "New address" creates one on the server and shows it with its countdown', async () => {
    await h.click(popup, '::-p-aria([name="New address"][role="button"])');
    const email = await waitFor(async () => {
      const text = await current();
      return text && ADDRESS.test(text) ? text : null;
    }, 'a new address');
    const live = /** @type {Array<{email: string}>} */ (await h.admin('mailboxes'));
    assert.deepEqual(
      live.map((box) => box.email),
      [email],
    );
    assert.match((await h.text(popup, '[data-testid="countdown"]')) ?? '', /Expires in (9|10):\d\d/);
  });

  it('Firefox: "Copy" puts the address on the clipboard', async () => {
    const shown = await current();
    await h.click(popup, '::-p-aria([name="Copy address"][role="button"])');
    await waitFor(
      async () => (await h.text(popup, '::-p-aria([name="Copy address"][role="button"])')) === 'Copied',
      'the copied state',
    );
    assert.equal(await h.clipboardText(), shown);
  });

  it('Firefox: "Change" takes a typed username and a domain chosen with the keyboard', async () => {
    await h.click(popup, '::-p-aria([name="Change address"][role="button"])');
    await h.typeInto(popup, '::-p-aria(Username)', 'Mario.Rossi');
    // A closed <select> takes the keyboard: Tab into it, type the domain's first letter.
    await popup.keyboard.press('Tab');
    await waitFor(() => popup.evaluate(() => document.activeElement?.localName === 'select'), 'the domain select to have focus');
    await popup.keyboard.type('inbox');
    await waitFor(
      () => popup.evaluate(() => /** @type {HTMLSelectElement} */ (document.activeElement).value === 'inbox.test'),
      'inbox.test chosen',
    );
    await h.click(popup, '::-p-aria([name="Change"][role="button"])');
    await waitFor(async () => (await current()) === 'mario.rossi@inbox.test', 'the changed address');
    const live = /** @type {Array<{email: string}>} */ (await h.admin('mailboxes'));
    assert.deepEqual(
      live.map((box) => box.email),
      ['mario.rossi@inbox.test'],
      'the old mailbox ended on the server',
    );
  });

  it('Firefox: "Delete" asks first, then removes the address on the server', async () => {
    await h.click(popup, '::-p-aria([name="Delete address"][role="button"])');
    await popup.waitForSelector('[data-testid="confirm-delete-address"]');
    assert.equal((await h.admin('mailboxes')).length, 1, 'nothing is deleted before the answer');
    await h.click(popup, '[data-testid="confirm-delete-address"] ::-p-aria([name="Delete address"][role="button"])');
    await waitFor(async () => (await h.admin('mailboxes')).length === 0, 'the mailbox to be deleted on the server');
    const log = await h.apiLog();
    assert.ok(
      log.some((entry) => entry.method === 'DELETE' && decodeURIComponent(entry.path) === '/api/emails/mario.rossi@inbox.test'),
    );
    await waitFor(async () => (await current()) !== 'mario.rossi@inbox.test', 'the popup to drop the deleted address');
  });
});
