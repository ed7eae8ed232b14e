// @ts-check
/** Moving through a page as a keyboard user does: Tab until a control has the focus. */

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a person would.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} target
 * @param {{ back?: boolean, max?: number }} [options]
 */
export async function tabTo(page, target, options = {}) {
  const max = options.max ?? 60;
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/**
 * What has the focus: its tag, test id, id, text and accessible name, for assertions.
 * @param {import('playwright-core').Page} page
 */
export function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.localName ?? '',
      testid: el?.getAttribute('data-testid') ?? '',
      id: el?.id ?? '',
      text: (el?.textContent ?? '').trim(),
      label: el?.getAttribute('aria-label') ?? '',
      dataId: el instanceof HTMLElement ? (el.dataset.id ?? '') : '',
    };
  });
}
