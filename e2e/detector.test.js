// @ts-check
// The e-mail field detector in real Chromium. The unit tests run it under jsdom, whose XPath is
// broken, so there a scan finds its leads by walking the tree; in a browser it asks Chromium's
// native CSS and XPath engines instead. This runs every unit situation through that native path,
// with real layout, and checks that a page scan and the single-field check agree on each field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'rolldown';
import { chromium } from 'playwright-core';
import { chromiumPath } from './harness.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** The detector and the shared situations, as one script that sets `globalThis.Detector`. */
async function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'detector-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export * from ${JSON.stringify(join(root, 'utils/email-fields/index.ts'))};\n` +
      `export * from ${JSON.stringify(join(root, 'utils/__fixtures__/email-field-cases.ts'))};\n`,
  );
  const file = join(dir, 'detector.js');
  await build({ input: entry, output: { file, format: 'iife', name: 'Detector' }, logLevel: 'silent' });
  return readFileSync(file, 'utf8');
}

describe('e-mail field detector in Chromium', () => {
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {import('playwright-core').Page} */
  let page;

  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><title>Detector</title></head><body></body></html>');
    await page.addScriptTag({ content: await bundle() });
    // The bundle's own text (it holds every keyword) must not be on the page the cases see.
    await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
  });

  after(async () => {
    await browser?.close();
  });

  it('uses the native queries here (the path jsdom cannot take)', async () => {
    const count = await page.evaluate(
      () => document.evaluate("count(//*[contains(local-name(), 'o')])", document, null, 1, null).numberValue,
    );
    assert.ok(count >= 1);
  });

  it('every field situation gives the expected fields, by scan and by single check', async () => {
    const failures = await page.evaluate(() => {
      const D = /** @type {any} */ (globalThis).Detector;
      const out = [];
      for (const [name, html, expected] of D.single) {
        document.body.innerHTML = html;
        const found = D.findEmailFields(document).map((/** @type {Element} */ i) => i.id);
        if (found.join() !== expected.join()) out.push(`${name}: scan found [${found}], expected [${expected}]`);
        for (const input of document.querySelectorAll('input')) {
          if (D.isEmailField(input) !== expected.includes(input.id)) out.push(`${name}: isEmailField(#${input.id}) wrong`);
        }
      }
      return out;
    });
    assert.deepEqual(failures, []);
  });

  it('every confirm-email pair is found and paired', async () => {
    const failures = await page.evaluate(() => {
      const D = /** @type {any} */ (globalThis).Detector;
      const out = [];
      for (const [name, html] of D.pairs) {
        document.body.innerHTML = D.pairPage(html);
        const found = D.findEmailFields(document).map((/** @type {Element} */ i) => i.id);
        const a = document.getElementById('a');
        const b = document.getElementById('b');
        if (found.join() !== 'a,b') out.push(`${name}: found [${found}]`);
        if (D.findConfirmTwin(a) !== b || D.findConfirmTwin(b) !== a) out.push(`${name}: not paired`);
      }
      return out;
    });
    assert.deepEqual(failures, []);
  });

  it('reaches open shadow roots (nested too), not closed ones, and labels inside them', async () => {
    const seen = await page.evaluate(() => {
      const D = /** @type {any} */ (globalThis).Detector;
      document.body.innerHTML = '<input type="email" id="a"><x-signup id="host"></x-signup><x-closed id="shut"></x-closed>';
      const sr = /** @type {HTMLElement} */ (document.getElementById('host')).attachShadow({ mode: 'open' });
      sr.innerHTML = '<label for="s">Email</label><input id="s"><x-inner></x-inner>';
      const inner = /** @type {Element} */ (sr.querySelector('x-inner')).attachShadow({ mode: 'open' });
      inner.innerHTML = '<div><span>E-mail</span><input id="deep" name="f9"></div>';
      /** @type {HTMLElement} */ (document.getElementById('shut')).attachShadow({ mode: 'closed' }).innerHTML =
        '<input type="email" id="c">';
      return {
        page: D.findEmailFields(document).map((/** @type {Element} */ i) => i.id),
        host: D.findEmailFields(document.getElementById('host')).map((/** @type {Element} */ i) => i.id),
      };
    });
    assert.deepEqual(seen.page, ['a', 's', 'deep']);
    assert.deepEqual(seen.host, ['s', 'deep']);
  });

  it('finds a field by the text before it, and ignores keywords that only scripts hold', async () => {
    const seen = await page.evaluate(() => {
      const D = /** @type {any} */ (globalThis).Detector;
      document.body.innerHTML =
        '<script>window.cfg = { email: "post@example.com" }</script>' +
        '<form><h2>Join us</h2><table><tr><td>Your e-mail</td><td><input id="t" name="q1"></td></tr>' +
        '<tr><td>City</td><td><input id="c" name="q2"></td></tr></table><button>Sign up</button></form>';
      return D.findEmailFields(document).map((/** @type {Element} */ i) => i.id);
    });
    assert.deepEqual(seen, ['t']);
  });
});
