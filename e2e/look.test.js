// @ts-check
// Every state of the popup and the options page, in real Chromium, in English and Italian, light
// and dark: axe-core finds nothing; every button keeps its text readable at rest, hovered, pressed,
// focused and disabled (English run: colours do not depend on the language); the Italian run shows
// no English; and a screenshot of each state lands in e2e/.artifacts/screens/ for a person to look at
// (named <language>-<scheme>-<state>.png, with -hover and -focus shots of the main button).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';
import { assertAxeClean, assertControlContrast, assertItalianScreen, screenshot } from './ui-helpers.js';

/** @typedef {import('playwright-core').Page} Page */

const SCHEMES = /** @type {const} */ (['light', 'dark']);

const WORDS = {
  en: {
    key: 'API key',
    baseUrl: 'API base URL',
    save: 'Save',
    removeKey: 'Remove key',
    cancel: 'Cancel',
    newAddress: 'New address',
    change: 'Change address',
    delete: 'Delete address',
    showQr: 'Show QR code',
    all: 'All addresses',
    deleteMessage: 'Delete',
    back: 'Back',
    retention: 'Keep fetched messages for (days)',
  },
  it: {
    key: 'Chiave API',
    baseUrl: "URL di base dell'API",
    save: 'Salva',
    removeKey: 'Rimuovi chiave',
    cancel: 'Annulla',
    newAddress: 'Nuovo indirizzo',
    change: 'Cambia indirizzo',
    delete: 'Elimina indirizzo',
    showQr: 'Mostra codice QR',
    all: 'Tutti gli indirizzi',
    deleteMessage: 'Elimina',
    back: 'Indietro',
    retention: 'Conserva i messaggi scaricati per (giorni)',
  },
};

/** What the whole file measured, printed at the end for the report. */
const totals = { axeRuns: 0, controlStates: 0, screenshots: 0 };
after(() => {
  console.log(
    `look: axe-core ran on ${totals.axeRuns} page states (0 violations); ${totals.controlStates} control states measured; ${totals.screenshots} screenshots`,
  );
});

for (const locale of /** @type {const} */ (['en', 'it'])) {
  const w = WORDS[locale];

  describe(`every screen, ${locale === 'en' ? 'English' : 'Italian'}, light and dark`, { concurrency: 1 }, () => {
    /** @type {Awaited<ReturnType<typeof launch>>} */
    let h;
    /** @type {Page} */
    let options;
    /** @type {Page} */
    let popup;
    let email = '';

    before(async () => {
      h = await launch({ locale, keepWelcome: true });
      options = /** @type {Page} */ (h.welcome);
      await options.setViewportSize({ width: 760, height: 900 });
    });
    after(async () => {
      await h?.close();
    });

    /**
     * One state, in both schemes: axe, control contrast (English), the Italian check, screenshots.
     * @param {Page} page
     * @param {string} state
     * @param {{ primaryShots?: boolean }} [extra]
     */
    async function check(page, state, extra = {}) {
      for (const scheme of SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        await assertAxeClean(page, `${state} (${locale}, ${scheme})`);
        totals.axeRuns += 1;
        if (locale === 'en') totals.controlStates += await assertControlContrast(page, `${state} (${scheme})`);
        await page.mouse.move(1, 1);
        await screenshot(page, `${locale}-${scheme}-${state}`);
        totals.screenshots += 1;
        if (extra.primaryShots) {
          const primary = page.locator('button.primary:visible').first();
          await primary.hover();
          await screenshot(page, `${locale}-${scheme}-${state}-hover`);
          await page.mouse.move(1, 1);
          await page.keyboard.press('Shift');
          await primary.focus();
          await screenshot(page, `${locale}-${scheme}-${state}-focus`);
          await primary.blur();
          totals.screenshots += 2;
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      if (locale === 'it') await assertItalianScreen(page, state);
    }

    /** @param {Page} page @param {string} key */
    async function fillKey(page, key) {
      await page.getByLabel(w.key, { exact: true }).fill(key);
      await page.getByLabel(w.baseUrl).fill(h.emulator.url);
    }

    it('the options page: welcome, connecting, a wrong key, connected, asking before removing the key, a bad setting', async () => {
      await options.getByLabel(w.key, { exact: true }).waitFor();
      assert.equal(await options.evaluate(() => document.activeElement?.id), 'api-key', 'the key field has the focus');
      await check(options, 'options-welcome', { primaryShots: true });

      await fillKey(options, 'not-the-right-key-000000');
      await options.getByRole('button', { name: w.save }).click();
      await options.getByTestId('options-error').waitFor();
      await check(options, 'options-error');

      await h.admin('faults', { method: 'POST', body: { kind: 'slow', delayMs: 20_000, match: '/api/domains' } });
      await fillKey(options, h.emulator.keys[0].key);
      await options.getByRole('button', { name: w.save }).click();
      await waitFor(() => options.getByLabel(w.key, { exact: true }).isDisabled(), 'the form to be busy');
      await check(options, 'options-connecting');
      await options.getByTestId('options-saved').waitFor({ timeout: 30_000 });
      await check(options, 'options-connected', { primaryShots: true });

      await options.getByRole('button', { name: w.removeKey }).click();
      await options.getByTestId('confirm-remove-key').waitFor();
      await check(options, 'options-remove-key-confirm');
      await options.getByTestId('confirm-remove-key').getByRole('button', { name: w.cancel }).click();

      const retention = options.getByLabel(w.retention);
      await retention.fill('0');
      await retention.press('Tab');
      await options.locator('#retention-hint[role="alert"]').waitFor();
      await check(options, 'options-invalid-setting');
      await retention.fill('7');
      await retention.press('Tab');
    });

    it('the popup: no address, an address, its inbox, the QR code, the change form, asking before deleting', async () => {
      popup = await h.openPopup();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.getByRole('button', { name: w.newAddress }).waitFor();
      await check(popup, 'popup-no-address', { primaryShots: true });

      await popup.getByRole('button', { name: w.newAddress }).click();
      email = await waitFor(async () => {
        const text = (await popup.getByTestId('current-address').textContent()) ?? '';
        return text.includes('@') && text;
      }, 'an address');
      await check(popup, 'popup-address', { primaryShots: true });

      const long = `https://shop.example/verify/${'a1b2c3d4'.repeat(16)}?session=${'x'.repeat(60)}`;
      await h.sendMail({
        to: email,
        from: 'Demo Shop <no-reply@shop.example>',
        subject: '438810 is your verification code',
        html: `<p>Welcome!</p><p>Your verification code is <b>438810</b>.</p><p><a href="https://shop.example/verify?code=438810">Verify my e-mail</a></p>`,
      });
      await h.sendMail({
        to: email,
        from: 'Newsletter <news@example.org>',
        subject: 'A long letter with an attachment and a very long subject line that goes on',
        html: `<h1>Monthly news</h1>${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>'.repeat(30)}<p>Open ${long}</p><p>The end.</p>`,
        attachments: [{ filename: 'report.txt', content: 'x'.repeat(33) }],
      });
      await waitFor(async () => (await popup.locator('.inbox li').count()) === 2, 'two messages', 20_000);
      await check(popup, 'popup-inbox');

      await popup.getByRole('button', { name: w.showQr }).click();
      await popup.locator('svg.qr').waitFor();
      await check(popup, 'popup-qr');
      await popup.locator('button.qr-toggle').click();

      await popup.getByRole('button', { name: w.change }).click();
      await popup.locator('form.change').waitFor();
      await check(popup, 'popup-change-form', { primaryShots: true });
      await popup.keyboard.press('Escape');

      await popup.getByRole('button', { name: w.delete }).click();
      await popup.getByTestId('confirm-delete-address').waitFor();
      await check(popup, 'popup-delete-address-confirm');
      await popup.keyboard.press('Escape');
      await popup.getByTestId('confirm-delete-address').waitFor({ state: 'detached' });
    });

    it('the popup: reading a long mail, asking before deleting it', async () => {
      await popup.locator('.inbox button.open').filter({ hasText: 'long letter' }).click();
      await popup.locator('iframe.html-body').waitFor();
      await waitFor(
        () => popup.locator('iframe.html-body').evaluate((frame) => frame.getBoundingClientRect().height > 800),
        'the frame to take its content height',
      );
      await check(popup, 'popup-reading');
      await popup.getByRole('button', { name: w.deleteMessage, exact: true }).click();
      await popup.getByTestId('confirm-delete-message').waitFor();
      await check(popup, 'popup-reading-delete-confirm');
      await popup.keyboard.press('Escape');
      await popup.getByRole('button', { name: w.back }).click();
    });

    it('the popup: all addresses, an error, a failed poll, an expired address, a rejected key', async () => {
      await popup.getByRole('button', { name: w.newAddress }).click();
      const second = await waitFor(async () => {
        const text = (await popup.getByTestId('current-address').textContent()) ?? '';
        return text.includes('@') && text !== email && text;
      }, 'a second address');
      await h.sendMail({ to: second, subject: 'Hello there', text: 'Just saying hello.' });
      await waitFor(async () => (await popup.locator('.inbox li').count()) === 1, 'the mail of the second address', 20_000);
      await popup.getByText(w.all, { exact: true }).click();
      await waitFor(async () => (await popup.locator('.inbox li').count()) === 3, 'all three messages');
      await check(popup, 'popup-all-addresses');

      await h.admin('faults', { method: 'POST', body: { kind: '500', match: '/api/emails' } });
      await popup.getByRole('button', { name: w.newAddress }).click();
      await popup.getByTestId('popup-error').waitFor();
      await check(popup, 'popup-error');
      await popup.getByTestId('popup-error').getByRole('button').click();

      await h.admin('faults', { method: 'POST', body: { kind: '500', match: '/api/messages' } });
      await popup.getByTestId('poll-problem').waitFor({ timeout: 15_000 });
      await check(popup, 'popup-poll-problem');
      await popup.getByTestId('poll-problem').waitFor({ state: 'detached', timeout: 60_000 });

      // Both expire: with another live address, that one would become current.
      await h.admin('expire', { method: 'POST', body: { email } });
      await h.admin('expire', { method: 'POST', body: { email: second } });
      await waitFor(async () => !(await popup.getByTestId('countdown').count()), 'the address to show as expired', 20_000);
      await check(popup, 'popup-expired', { primaryShots: true });

      h.emulator.state.store.keys.delete(h.emulator.keys[0].key);
      await popup.getByRole('button', { name: w.newAddress }).click();
      // One message for a rejected key: the banner (the action's own 401 would say it twice).
      await popup.getByTestId('key-rejected').waitFor();
      await check(popup, 'popup-key-rejected');
    });

    it('the popup with no key', async () => {
      await options.bringToFront();
      await options.getByRole('button', { name: w.removeKey }).click();
      await options.getByTestId('confirm-remove-key').getByRole('button', { name: w.removeKey }).click();
      await options.getByTestId('key-removed').waitFor();
      await check(options, 'options-key-removed');
      const fresh = await h.openPopup();
      await fresh.setViewportSize({ width: 400, height: 600 });
      await fresh.locator('.welcome').waitFor();
      await check(fresh, 'popup-no-key', { primaryShots: true });
      await fresh.close();
    });
  });
}
