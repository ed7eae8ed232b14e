// @ts-check
/**
 * What the popup and options suites share to judge how a screen looks to a person: axe-core run on
 * the page, WCAG contrast read from computed colours in every state of a control (rest, hovered,
 * pressed, focused from the keyboard, disabled), screenshots for a person to look at, and the
 * Italian check of a screen's text.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Where the suite writes its screenshots (not committed). */
export const SCREENS = join(resolve(fileURLToPath(import.meta.url), '..'), '.artifacts', 'screens');
mkdirSync(SCREENS, { recursive: true });

/** WCAG AA: normal text. */
export const TEXT_CONTRAST = 4.5;
/** WCAG 2.2 non-text contrast: a focus indicator against what surrounds it. */
export const FOCUS_RING_CONTRAST = 3;

/**
 * Runs axe-core on the page (the extension's own document; the mail frame is the sender's) and
 * returns its violations, each as "rule: target (summary)".
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  // Evaluated over CDP, so the extension page's CSP (script-src 'self') does not apply.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  /** @type {Array<{id: string, nodes: Array<{target: unknown[], failureSummary?: string}>}>} */
  const violations = await page.evaluate(async () => {
    // @ts-ignore - axe is the injected global
    const result = await window.axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return result.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      nodes: v.nodes.map((/** @type {any} */ n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} (${n.failureSummary ?? ''})`));
}

/**
 * Asserts axe finds nothing on the page; returns how many rules passed checks were made (for the report).
 * @param {import('playwright-core').Page} page
 * @param {string} state
 */
export async function assertAxeClean(page, state) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core on ${state}`);
}

/**
 * The colours a person sees on `element`: its text colour and the background under it, both
 * composited over every translucent layer and faded by any opacity on the way up; the contrast
 * ratio between them (WCAG 2); and, when it shows one, its focus ring's colour, width and contrast
 * against the background around the element.
 * @param {import('playwright-core').Locator} element
 */
export function colours(element) {
  return element.evaluate((el) => {
    /** @param {string} css @returns {[number, number, number, number] | null} */
    const parse = (css) => {
      const match = /rgba?\(([^)]+)\)/.exec(css);
      if (!match) return null;
      const parts = (match[1] ?? '')
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    /** @param {number[]} top @param {number[]} below @param {number} alpha */
    const over = (top, below, alpha) => [0, 1, 2].map((i) => (top[i] ?? 0) * alpha + (below[i] ?? 0) * (1 - alpha));
    /** The opaque colour under `node`'s own background: its ancestors', painted over the canvas. */
    const backgroundBelow = (/** @type {Element | null} */ node) => {
      const layers = [];
      for (let at = node; at; at = at.parentElement) {
        const bg = parse(getComputedStyle(at).backgroundColor);
        if (bg && bg[3] > 0) {
          layers.push(bg);
          if (bg[3] >= 1) break;
        }
      }
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      let colour = dark ? [18, 18, 18] : [255, 255, 255];
      for (const layer of layers.reverse()) colour = over(layer, colour, layer[3]);
      return colour;
    };
    const style = getComputedStyle(el);
    const under = backgroundBelow(el.parentElement);
    const own = parse(style.backgroundColor) ?? [0, 0, 0, 0];
    let bg = over(own, under, own[3]);
    const text = parse(style.color) ?? [0, 0, 0, 1];
    let fg = over(text, bg, text[3]);
    let opacity = 1;
    for (let at = /** @type {Element | null} */ (el); at; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
    if (opacity < 1) {
      fg = over(fg, under, opacity);
      bg = over(bg, under, opacity);
    }
    /** @param {number[]} c */
    const luminance = (c) => {
      const [r, g, b] = c.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    /** @param {number[]} a @param {number[]} b */
    const ratio = (a, b) => {
      const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };
    const ringColour = parse(style.outlineColor);
    const ringWidth = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    return {
      fg: fg.map(Math.round),
      bg: bg.map(Math.round),
      contrast: Math.round(ratio(fg, bg) * 100) / 100,
      focusVisible: el.matches(':focus-visible'),
      ringWidth,
      ringContrast: ringColour && ringWidth > 0 ? Math.round(ratio(ringColour, under) * 100) / 100 : 0,
    };
  });
}

/** A short name for a control in a failure message. @param {import('playwright-core').Locator} element */
const nameOf = (element) =>
  element.evaluate(
    (el) =>
      `${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
  );

/**
 * Checks every visible button (and chip link) of the page at rest, hovered with the mouse, pressed
 * (the pointer held down, then moved off before release, so nothing is clicked), focused from the
 * keyboard and, where it is, disabled: its text keeps WCAG AA contrast on its background, and a
 * focused one shows a ring of 2 px or more at 3:1 against its surroundings.
 * Returns how many control states were measured.
 * @param {import('playwright-core').Page} page
 * @param {string} state
 * @param {{ selector?: string, press?: boolean }} [options]
 */
export async function assertControlContrast(page, state, options = {}) {
  const selector = options.selector ?? 'button:visible, a.chip:visible';
  const controls = await page.locator(selector).all();
  const problems = [];
  let measured = 0;
  for (const control of controls) {
    const name = await nameOf(control);
    const disabled = await control.isDisabled().catch(() => false);
    const rest = await colours(control);
    measured += 1;
    if (rest.contrast < TEXT_CONTRAST) problems.push(`${name} ${disabled ? 'disabled' : 'at rest'}: ${rest.contrast}`);
    if (disabled) continue;

    await control.hover();
    const hovered = await colours(control);
    measured += 1;
    if (hovered.contrast < TEXT_CONTRAST) problems.push(`${name} hovered: ${hovered.contrast} (${hovered.fg} on ${hovered.bg})`);

    if (options.press !== false) {
      await page.mouse.down();
      const pressed = await colours(control);
      measured += 1;
      // Off the control before release: no click happens.
      await page.mouse.move(1, 1);
      await page.mouse.up();
      if (pressed.contrast < TEXT_CONTRAST) problems.push(`${name} pressed: ${pressed.contrast}`);
    }
    await page.mouse.move(1, 1);

    // A key press first, so the browser treats the focus that follows as keyboard focus.
    await page.keyboard.press('Shift');
    await control.focus();
    const focused = await colours(control);
    measured += 1;
    if (!focused.focusVisible) problems.push(`${name}: focused from the keyboard but no :focus-visible`);
    if (focused.contrast < TEXT_CONTRAST) problems.push(`${name} focused: ${focused.contrast}`);
    if (focused.ringWidth < 2 || focused.ringContrast < FOCUS_RING_CONTRAST)
      problems.push(`${name} focus ring: ${focused.ringWidth}px at ${focused.ringContrast}:1`);
  }
  await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  assert.deepEqual(problems, [], `control contrast on ${state}`);
  return measured;
}

/**
 * Saves a screenshot of the page (the popup: its `main`, as the toolbar shows it) under
 * e2e/.artifacts/screens/.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  const popup = page.url().endsWith('/popup.html') || page.url().includes('/popup.html#');
  const path = join(SCREENS, `${name}.png`);
  if (popup) await page.locator('main').screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
  return path;
}

/** English words an Italian screen must not show (addresses and mail content aside). */
const ENGLISH =
  /\b(?:the|The|your|Your|address|Address|Delete|Cancel|Save|Copy|Change|New|Back|messages?|Messages?|unread|Loading|Remove|Saved|Connected|Options|Settings|Inbox|expired|Show|Hide|key|Key)\b|(?<![-\w])mail\b/;

/**
 * Asserts the visible text of the page (its own UI, not the addresses, the mail or the server's
 * quoted words) is Italian.
 * @param {import('playwright-core').Page} page
 * @param {string} state
 */
export async function assertItalianScreen(page, state) {
  const text = await page.evaluate(() => {
    const skip = 'iframe, [data-testid="current-address"], .sender, .subject, .preview, .meta dd, code, option, .address';
    const clone = /** @type {HTMLElement} */ (document.body.cloneNode(true));
    for (const node of clone.querySelectorAll(skip)) node.remove();
    // Labels the screen reader says count too.
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].map(
      (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('placeholder') ?? ''}`,
    );
    return `${clone.innerText}\n${labels.join('\n')}`;
  });
  // The product's name is a name in every language.
  const withoutAddresses = text
    .replace(/Temp Mail Inbox|Temp Mail/g, '')
    .replace(/\S+@\S+/g, '')
    .replace(/«[^»]*»/g, '');
  const english = ENGLISH.exec(withoutAddresses);
  assert.equal(english, null, `English on the Italian ${state}: "${english?.[0]}" in ${withoutAddresses.slice(0, 400)}`);
}
