// @ts-check
// The first run and every options control, driven with the mouse (real pointer events) and the
// keyboard, in real Chromium against the emulator: the welcome page on install, "Add API key" from
// the popup, forms that drop stale errors, settings that refuse bad values and say when they saved,
// and Remove key that asks first and takes the badge's count with it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';
import { focused, tabTo } from './keyboard.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch({ keepWelcome: true });
});
after(async () => {
  await h?.close();
});

/** The options page open in the browser (the welcome tab first). */
const optionsPage = () => /** @type {import('playwright-core').Page} */ (h.context.pages().find((p) => p.url() === h.optionsUrl));

describe('the first run', { concurrency: 1 }, () => {
  it('on install the options page opens as a welcome, the key field focused, saying where the key comes from', async () => {
    const welcome = /** @type {import('playwright-core').Page} */ (h.welcome);
    assert.ok(welcome, 'the extension opened its options page on install');
    await welcome.getByRole('heading', { name: 'Welcome to Temp Mail Inbox' }).waitFor();
    await waitFor(async () => (await focused(welcome)).id === 'api-key', 'the focus in the key field');
    assert.equal(
      await welcome.locator('#api-key-where').textContent(),
      'Your user API key is in your Temp Mail account: generate it on the user API page, then paste it here.',
    );
    assert.equal(await welcome.getByLabel('API key', { exact: true }).getAttribute('aria-describedby'), 'api-key-where');
    await welcome.close();
  });

  it('"Add API key" in the popup opens the options page with the key field focused, by mouse and by keyboard', async () => {
    const popup = await h.openPopup();
    const opened = h.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Add API key' }).click();
    const options = await opened;
    await options.waitForURL(h.optionsUrl);
    await waitFor(async () => (await focused(options)).id === 'api-key', 'the key field focused (mouse)');
    await options.close();

    const again = h.context.waitForEvent('page');
    await tabTo(popup, popup.getByRole('button', { name: 'Add API key' }));
    await popup.keyboard.press('Enter');
    const next = await again;
    await next.waitForURL(h.optionsUrl);
    await waitFor(async () => (await focused(next)).id === 'api-key', 'the key field focused (keyboard)');
    await popup.close();
  });

  it('Show and Hide the key by mouse and keyboard; Save from the keyboard; once connected, a hint to pin the icon', async () => {
    const page = optionsPage();
    const key = page.getByLabel('API key', { exact: true });
    await key.fill(h.emulator.keys[0].key);
    const show = page.getByRole('button', { name: 'Show' });
    await show.click();
    assert.equal(await key.getAttribute('type'), 'text');
    await tabTo(page, page.getByRole('button', { name: 'Hide' }));
    await page.keyboard.press('Space');
    assert.equal(await key.getAttribute('type'), 'password');

    await page.getByLabel('API base URL').fill(h.emulator.url);
    await page.keyboard.press('Enter');
    await page.getByTestId('options-saved').waitFor();
    assert.match((await page.getByTestId('pin-hint').textContent()) ?? '', /pin Temp Mail Inbox to the toolbar/);
    // The key field went away and Save was disabled while checking: the focus goes to what Save produced.
    await waitFor(async () => (await focused(page)).testid === 'saved-note', 'the focus on “Connected to …”');
    assert.match((await focused(page)).text, /^Connected to /);
  });
});

describe('forms and settings', { concurrency: 1 }, () => {
  it('Replace key → a wrong key → Cancel: the masked key comes back and the error goes with the attempt', async () => {
    const page = optionsPage();
    await page.getByRole('button', { name: 'Replace key' }).click();
    await waitFor(async () => (await focused(page)).id === 'api-key', 'the key field focused');
    await page.keyboard.type('not-the-right-key-000000');
    await page.keyboard.press('Enter');
    await page.getByTestId('options-error').waitFor();
    // Focus follows the failed check to the field to correct (Save was disabled meanwhile).
    await waitFor(async () => (await focused(page)).id === 'api-key', 'the focus back in the key field');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('masked-key').waitFor();
    assert.equal(await page.getByTestId('options-error').count(), 0, 'no stale error');
    assert.equal((await focused(page)).text, 'Replace key', 'the focus back on Replace key');
  });

  it('a host that does not answer: the error, and the focus in the URL field; the right host saves again', async () => {
    const page = optionsPage();
    await page.getByLabel('API base URL').fill('http://127.0.0.1:9');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('options-error').waitFor();
    await waitFor(async () => (await focused(page)).id === 'base-url', 'the focus in the URL field');
    await page.getByLabel('API base URL').fill(h.emulator.url);
    await page.keyboard.press('Enter');
    await page.getByTestId('saved-note').waitFor();
  });

  it('the retention field refuses 0 and an empty value with a message and stores nothing; a good value says Saved', async () => {
    const page = optionsPage();
    const field = page.getByLabel('Keep fetched messages for (days)');
    const stored = async () => (await h.storage('settings'))?.retentionDays;
    const before = await stored();
    for (const bad of ['0', '', '120', '2.5']) {
      await field.click();
      await field.fill(bad);
      await page.keyboard.press('Tab');
      await page.locator('#retention-hint[role="alert"]').waitFor();
      assert.equal(
        await page.locator('#retention-hint').textContent(),
        'Enter a whole number of days from 1 to 90. Nothing was saved.',
        `the message for ${JSON.stringify(bad)}`,
      );
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.equal(await stored(), before, `${JSON.stringify(bad)} is not stored`);
    }
    await field.fill('30');
    await page.keyboard.press('Tab');
    await page.getByTestId('polling-saved').getByText('Saved').waitFor();
    assert.equal(await stored(), 30);
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
  });

  it('the interval and the notifications switch save by mouse and by keyboard, and say so', async () => {
    const page = optionsPage();
    const saved = page.getByTestId('polling-saved').getByText('Saved');
    await saved.waitFor({ state: 'detached', timeout: 10_000 });

    const interval = page.getByLabel('Check for mail in the background every');
    await tabTo(page, interval);
    await page.keyboard.press('ArrowDown');
    await saved.waitFor();
    assert.equal((await h.storage('settings'))?.pollIntervalSec, 120);

    const notify = page.getByLabel('Show a notification when new mail arrives');
    await notify.click();
    await waitFor(async () => (await h.storage('settings'))?.notifications === false, 'notifications off (mouse)');
    await tabTo(page, notify);
    await page.keyboard.press('Space');
    await waitFor(async () => (await h.storage('settings'))?.notifications === true, 'notifications on (keyboard)');
    await saved.waitFor();
  });

  it('the autofill switch and removing a hidden site save by mouse and by keyboard, and say so', async () => {
    const page = optionsPage();
    await h.inWorker(() => chrome.storage.local.set({ autofill: { enabled: true, blockedSites: ['a.example', 'b.example'] } }));
    await page.getByText('b.example').waitFor();
    const toggle = page.getByLabel('Offer the temp address in e-mail fields on web pages');
    await toggle.click();
    await waitFor(async () => (await h.storage('autofill'))?.enabled === false, 'autofill off (mouse)');
    // The list stays a list (a $state proxy written as it is would be stored as {"0": …, "1": …}).
    assert.deepEqual((await h.storage('autofill'))?.blockedSites, ['a.example', 'b.example']);
    await page.getByTestId('autofill-saved').getByText('Saved').waitFor();
    await tabTo(page, toggle);
    await page.keyboard.press('Space');
    await waitFor(async () => (await h.storage('autofill'))?.enabled === true, 'autofill on (keyboard)');

    await page.getByRole('button', { name: 'Show the button again on a.example' }).click();
    await waitFor(async () => (await h.storage('autofill'))?.blockedSites?.join() === 'b.example', 'a.example removed (mouse)');
    assert.equal((await focused(page)).text, 'Sites where the button is hidden', 'the focus on the list heading');
    await tabTo(page, page.getByRole('button', { name: 'Show the button again on b.example' }));
    await page.keyboard.press('Enter');
    await waitFor(async () => (await h.storage('autofill'))?.blockedSites?.length === 0, 'b.example removed (keyboard)');
    await page.getByText('None yet.', { exact: false }).waitFor();
  });
});

describe('removing the key', { concurrency: 1 }, () => {
  it('asks first (Escape and Cancel keep the key); confirming removes it, clears the badge and focuses the key field', async () => {
    const popup = await h.openPopup();
    await popup.getByRole('button', { name: 'New address' }).click();
    const email = await waitFor(async () => {
      const text = (await popup.getByTestId('current-address').count())
        ? await popup.getByTestId('current-address').textContent()
        : '';
      return text?.includes('@') && text;
    }, 'an address');
    await h.sendMail({ to: email, subject: 'Unread' });
    await waitFor(async () => (await h.badgeText()) === '1', 'one unread on the badge', 15_000);
    await popup.close();

    const page = optionsPage();
    await page.bringToFront();
    const remove = page.getByRole('button', { name: 'Remove key' });
    await remove.click();
    const question = page.getByTestId('confirm-remove-key');
    await question.waitFor();
    assert.match(
      (await question.textContent()) ?? '',
      /the popup shows no addresses or messages\. They are kept, and come back when you add a key\./,
    );
    assert.equal((await focused(page)).text, 'Cancel');
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal((await focused(page)).text, 'Remove key', 'the focus back on Remove key');
    await page.keyboard.press('Enter');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    assert.ok((await h.storage('connection'))?.keyHint, 'the key is still saved');

    await remove.click();
    await question.getByRole('button', { name: 'Remove key' }).click();
    await page.getByTestId('key-removed').waitFor();
    await waitFor(async () => (await focused(page)).id === 'api-key', 'the focus in the key field');
    assert.equal((await h.storage('connection'))?.keyHint, null);
    await waitFor(async () => (await h.badgeText()) === '', 'no count on the badge without a key');
    assert.equal(await h.inWorker(() => chrome.action.getTitle({})), 'Temp Mail Inbox: add your API key to start');

    // The popup says what the question said: what was stored is kept, and comes back with a key.
    const after = await h.openPopup();
    await after.getByRole('heading', { name: 'Connect your Temp Mail account' }).waitFor();
    assert.equal(
      await after.getByTestId('welcome-text').textContent(),
      'Your addresses and messages are kept: add your API key again to see them.',
    );

    // And it is true: with the key added again, the address and its mail are back.
    await page.bringToFront();
    await page.getByLabel('API key', { exact: true }).fill(h.emulator.keys[0].key);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('options-saved').waitFor();
    await after.reload();
    await waitFor(async () => (await after.getByTestId('current-address').count()) > 0, 'the address back in the popup');
    assert.equal(await after.getByTestId('current-address').textContent(), email);
    await after.locator('.inbox li').filter({ hasText: 'Unread' }).waitFor();
    await after.close();
  });
});
