// @ts-check
// The popup (in the real toolbar panel) and the options page in Firefox ESR, light and dark, saved
// under e2e/.artifacts/firefox/ for a person to look at. The checks are what a look would catch
// first: the panel takes the popup's size, and each scheme paints its own colours.
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';

const OUT = new URL('../.artifacts/firefox/', import.meta.url);

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await launch();
  await (await h.connect()).close();
  const popup = await h.openPopup();
  await h.click(popup, '::-p-aria([name="New address"][role="button"])');
  const address = await waitFor(
    () => h.text(popup, '[data-testid="current-address"]').then((t) => t?.includes('@') && t),
    'an address',
  );
  await h.sendMail({
    to: /** @type {string} */ (address),
    subject: 'Confirm your account',
    text: 'Your verification code is 482913.',
  });
  await h.sendMail({ to: /** @type {string} */ (address), subject: 'Welcome aboard', html: '<p>Hello <b>there</b></p>' });
  await waitFor(async () => ((await h.storage('messages')) ?? []).length === 2, 'two messages', 20_000);
  await popup.close();
});
after(async () => {
  await h?.close();
});

/** Relative luminance (0 black … 1 white) of a CSS rgb() colour. @param {string} css */
function luminance(css) {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('Firefox: how it looks', () => {
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    it(`Firefox: the toolbar popup and the options page, ${scheme}`, async () => {
      await h.setColorScheme(scheme);
      const size = await h.openToolbarPopup();
      // A popup whose page has no intrinsic width collapses in Firefox's panel; ours is 380 px wide.
      assert.ok(size.width >= 360 && size.height >= 200, `the panel takes the popup's size (${size.width}×${size.height})`);
      writeFileSync(new URL(`popup-${scheme}.png`, OUT), await h.toolbarPopupPng());
      await h.closeToolbarPopup();

      const options = await h.openExtensionPage('/options.html');
      const background = await options.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const bright = luminance(background);
      assert.ok(scheme === 'dark' ? bright < 0.2 : bright > 0.8, `the options page is ${scheme} (${background})`);
      writeFileSync(new URL(`options-${scheme}.png`, OUT), await options.screenshot({ fullPage: true }));
      await options.close();
    });
  }
});
