// @ts-check
// The popup and the options page in Italian, in real Chromium against the emulator: every error a
// user meets first (a wrong key, an unreachable host, a 429, a 500) is worded in Italian; only
// the server's own message, shown as the server's, stays as the server wrote it.
// Screenshots go to e2e/.artifacts/i18n/ (not committed).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';

const ARTIFACTS = join(resolve(fileURLToPath(import.meta.url), '..'), '.artifacts', 'i18n');

/** English a screen must not show (the server's quoted words aside). */
const ENGLISH = /\b(?:the|The|Could not|rejected|Check|Try again|server had|Too many|did not|answer)\b/;

/** The text without the server's own words, which the UI quotes «like this». */
const ours = (/** @type {string} */ text) => text.replace(/«[^»]*»/g, '');

/** @param {string} text */
function assertItalian(text) {
  assert.doesNotMatch(ours(text), ENGLISH, `English on an Italian screen: ${text}`);
}

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  h = await launch({ locale: 'it' });
});
after(async () => {
  await h?.close();
});

/**
 * Fills the Italian options page as a person would and waits for its answer.
 * @param {{ key?: string, baseUrl?: string }} [input]
 */
async function saveConnection({ key = h.emulator.keys[0].key, baseUrl = h.emulator.url } = {}) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 760, height: 900 });
  await page.goto(h.optionsUrl);
  await page.getByLabel('Chiave API', { exact: true }).fill(key);
  await page.getByLabel("URL di base dell'API").fill(baseUrl);
  await page.getByRole('button', { name: 'Salva' }).click();
  await page.locator('[data-testid="options-saved"], [data-testid="options-error"]').first().waitFor();
  return page;
}

/** @param {import('playwright-core').Page} page */
const optionsError = async (page) => (await page.getByTestId('options-error').textContent()) ?? '';

describe('the options page in Italian', { concurrency: 1 }, () => {
  it('is in Italian', async () => {
    const page = await h.context.newPage();
    await page.goto(h.optionsUrl);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'it');
    await page.getByRole('heading', { name: 'Connessione' }).waitFor();
    await page.close();
  });

  it('words a wrong key in Italian', async () => {
    const page = await saveConnection({ key: 'not-the-right-key-000000' });
    const text = await optionsError(page);
    assert.match(text, /^127\.0\.0\.1:\d+ ha rifiutato questa chiave API\. Controlla di averla copiata per intero\./);
    assertItalian(text);
    await page.screenshot({ path: join(ARTIFACTS, 'options-wrong-key.png'), fullPage: true });
    await page.close();
  });

  it('words an unreachable host in Italian', async () => {
    const page = await saveConnection({ baseUrl: 'http://127.0.0.1:9' });
    const text = await optionsError(page);
    assert.equal(text, "Impossibile raggiungere 127.0.0.1:9. Controlla l'indirizzo e la connessione.");
    await page.screenshot({ path: join(ARTIFACTS, 'options-unreachable.png'), fullPage: true });
    await page.close();
  });

  it("words a 429 in Italian, the server's own message apart", async () => {
    await h.admin('faults', { method: 'POST', body: { kind: '429', retryAfter: 2 } });
    const page = await saveConnection();
    const text = await optionsError(page);
    assert.equal(
      text,
      "Troppe richieste, oppure la quota dell'API è esaurita. Riprova più tardi. Il server ha risposto: «Too Many Attempts.»",
    );
    assertItalian(text);
    await page.screenshot({ path: join(ARTIFACTS, 'options-429.png'), fullPage: true });
    await page.close();
  });

  it('words a 500 in Italian', async () => {
    await h.admin('faults', { method: 'POST', body: { kind: '500' } });
    const page = await saveConnection();
    const text = await optionsError(page);
    assert.equal(text, 'Il server ha avuto un problema (HTTP 500). Riprova più tardi. Il server ha risposto: «Server error»');
    assertItalian(text);
    await page.screenshot({ path: join(ARTIFACTS, 'options-500.png'), fullPage: true });
    await page.close();
  });

  it('connects, and says so in Italian', async () => {
    const page = await saveConnection();
    assert.match((await page.getByTestId('options-saved').textContent()) ?? '', /^Connesso a 127\.0\.0\.1:\d+\.$/);
    await page.screenshot({ path: join(ARTIFACTS, 'options-connected.png'), fullPage: true });
    await page.close();
  });
});

describe('the popup in Italian', { concurrency: 1 }, () => {
  /** @type {import('playwright-core').Page} */
  let popup;
  const popupError = async () => (await popup.getByTestId('popup-error').locator('span').textContent()) ?? '';
  const dismiss = () => popup.getByRole('button', { name: 'Chiudi' }).click();
  /** @param {string} name */
  const shot = (name) => popup.locator('main').screenshot({ path: join(ARTIFACTS, `popup-${name}.png`) });

  before(async () => {
    popup = await h.openPopup();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByRole('button', { name: 'Nuovo indirizzo' }).waitFor();
  });

  it('words a 500 and a 429 on an action in Italian', async () => {
    await h.admin('faults', { method: 'POST', body: { kind: '500', match: '/api/emails' } });
    await popup.getByRole('button', { name: 'Nuovo indirizzo' }).click();
    await popup.getByTestId('popup-error').waitFor();
    assert.match(await popupError(), /^Il server ha avuto un problema \(HTTP 500\)\. Riprova più tardi\./);
    assertItalian(await popupError());
    await shot('500');
    await dismiss();

    await h.admin('faults', { method: 'POST', body: { kind: '429', retryAfter: 2, match: '/api/emails' } });
    await popup.getByRole('button', { name: 'Nuovo indirizzo' }).click();
    await popup.getByTestId('popup-error').waitFor();
    assert.match(await popupError(), /^Troppe richieste, oppure la quota dell'API è esaurita\./);
    assertItalian(await popupError());
    await shot('429');
    await dismiss();
  });

  it('words a failed poll in Italian, and counts unread mail with its plural form', async () => {
    await popup.getByRole('button', { name: 'Nuovo indirizzo' }).click();
    const email = (await popup.getByTestId('current-address').textContent()) ?? '';
    assert.match(email, /@/);
    await h.admin('faults', { method: 'POST', body: { kind: '500', count: 2, match: '/api/messages' } });
    const problem = popup.getByTestId('poll-problem');
    await problem.waitFor({ timeout: 15_000 });
    const text = (await problem.textContent()) ?? '';
    assert.match(text, /^Controllo della posta non riuscito\. Il server ha avuto un problema \(HTTP 500\)/);
    assertItalian(text);
    await shot('poll-500');
    await problem.waitFor({ state: 'detached', timeout: 30_000 });

    await h.sendMail({ to: email, subject: 'Benvenuto' });
    await waitFor(async () => (await h.badgeText()) === '1', 'one unread on the badge', 15_000);
    assert.equal(await h.inWorker(() => chrome.action.getTitle({})), 'Temp Mail Inbox: 1 non letto, tutti gli indirizzi');
    await shot('inbox');
  });

  it('words an unreachable host in Italian', async () => {
    const connection = await h.storage('connection');
    await h.inWorker((value) => chrome.storage.local.set({ connection: value }), {
      ...connection,
      baseUrl: 'http://127.0.0.1:9',
    });
    await popup.getByRole('button', { name: 'Nuovo indirizzo' }).click();
    await popup.getByTestId('popup-error').waitFor();
    assert.equal(await popupError(), "Impossibile raggiungere 127.0.0.1:9. Controlla l'indirizzo e la connessione.");
    await shot('unreachable');
    await dismiss();
    await h.inWorker((value) => chrome.storage.local.set({ connection: value }), connection);
  });

  it('words a wrong key in Italian', async () => {
    // The emulator answers 401 only for unknown keys: forget the saved key on the server side.
    h.emulator.state.store.keys.delete(h.emulator.keys[0].key);
    await popup.getByRole('button', { name: 'Nuovo indirizzo' }).click();
    const banner = popup.getByText("L'API ha rifiutato la tua chiave. Controllala nelle opzioni.");
    await banner.waitFor();
    assertItalian((await banner.textContent()) ?? '');
    // Said once: the banner, not the banner and the action's own error too.
    assert.equal(await popup.getByTestId('popup-error').count(), 0);
    await shot('wrong-key');
  });
});
