// @ts-check
/**
 * The real-Firefox harness: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, the
 * Firefox build (`.output/firefox-mv2`) installed as a temporary add-on, and the local API
 * emulator. Why this route and not another: see e2e/README.md.
 *
 * - Firefox starts with `--remote-allow-system-access`: without it BiDi refuses to navigate a tab
 *   to a `moz-extension://` page, and with it the harness may also run privileged code in the
 *   browser window (`chrome()`), the way about:debugging does, to suspend the event page and to
 *   read the toolbar badge without waking the background.
 * - The extension's moz-extension:// UUID is fixed through `extensions.webextensions.uuids`.
 * - Clicks and keys are real input (BiDi `input.performActions`); every wait is for a condition.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startEmulator } from '../../emulator/server.js';
import { waitFor } from '../harness.js';
import { ADDON_ID, createBrowserUi } from './browser-ui.js';

export { ADDON_ID, waitFor };

const root = resolve(fileURLToPath(import.meta.url), '../../..');
/** The unpacked Firefox build, made by `npx wxt build -b firefox`. */
export const FIREFOX_EXTENSION_DIR = process.env.FIREFOX_EXTENSION_DIR || join(root, '.output/firefox-mv2');
/** A fixed moz-extension:// host, so page URLs are known before the add-on is installed. */
export const ADDON_UUID = '3f1e8c52-7b4d-4e0a-9a61-5c2d0e7b9f10';
export const BASE = `moz-extension://${ADDON_UUID}`;
/** How long a person's finger rests on the mouse button (ms). */
export const PRESS_MS = 40;
/** The pause before a click on the in-field button, which ignores clicks in its first 300 ms on purpose. */
export const HUMAN_PAUSE_MS = 350;

/** The Firefox to drive: $FIREFOX_PATH, or Debian's ESR. Fails loudly when there is none. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
  const found = candidates.find((path) => existsSync(/** @type {string} */ (path)));
  if (!found) {
    throw new Error(
      'No Firefox found for the real-Firefox tests. Install it with `apt-get install -y firefox-esr` ' +
        '(or set FIREFOX_PATH to a Firefox binary).',
    );
  }
  return /** @type {string} */ (found);
}

/**
 * Preferences of the test profile. Each one is what a user could set in about:config; none
 * changes what the extension may do.
 * @param {string} downloads
 */
function preferences(downloads) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // Downloads go to this folder without a dialog, as with "Always ask where to save" off.
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    // No first-run pages or tours opening tabs of their own.
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    // Notifications in Firefox's own alert window (readable by the harness) instead of the
    // desktop's notification daemon, which a test machine does not run.
    'alerts.useSystemBackend': false,
    // A made-up https host for the permission prompt at Save, resolved to loopback (where nothing
    // answers on 443) instead of asking a DNS server.
    'network.dns.localDomains': 'api.example.test',
  };
}

/**
 * Starts the emulator and a Firefox with the extension installed.
 * @param {{ emulator?: Parameters<typeof startEmulator>[0], prefs?: Record<string, unknown>, keepWelcome?: boolean }} [options]
 */
export async function launch(options = {}) {
  const executablePath = firefoxPath();
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npx wxt build -b firefox\` first.`);
  }
  // A copy taken now: a rebuild of .output/ while the tests run cannot pull files out from under Firefox.
  const extensionDir = mkdtempSync(join(tmpdir(), 'tempmail-ff-ext-'));
  cpSync(FIREFOX_EXTENSION_DIR, extensionDir, { recursive: true });
  const downloads = mkdtempSync(join(tmpdir(), 'tempmail-ff-downloads-'));
  const emulator = await startEmulator(options.emulator ?? {});

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...preferences(downloads), ...options.prefs },
    defaultViewport: { width: 1024, height: 768 },
  });
  const [first] = await browser.pages();
  if (!first) throw new Error('Firefox opened no tab');
  /** @type {any} puppeteer's BiDi session: raw commands for the chrome scope */
  const session = /** @type {any} */ (first.mainFrame()).browsingContext.userContext.browser.session;
  const ui = await createBrowserUi(session, (fn, arg) => harness.inExtension(fn, arg));

  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== ADDON_ID) throw new Error(`Installed add-on ${installedId}, expected ${ADDON_ID}`);

  /**
   * Opens an extension page in a new tab. BiDi navigates there only with system access; puppeteer
   * then sees no navigation events for it (page.url() keeps saying about:blank), so the harness
   * navigates through the browsing context and waits for the document itself.
   * @param {string} path e.g. '/popup.html'
   * @param {import('puppeteer-core').Page} [page] a tab to reuse
   */
  async function openExtensionPage(path, page) {
    const tab = page ?? (await browser.newPage());
    await navigate(tab, `${BASE}${path}`);
    return tab;
  }

  /** @param {import('puppeteer-core').Page} page @param {string} url */
  async function navigate(page, url) {
    await /** @type {any} */ (page.mainFrame()).browsingContext.navigate(url, 'complete');
    await waitFor(
      () => page.evaluate((want) => location.href === want && document.readyState === 'complete', url),
      `${url} to load`,
    );
  }

  /** An options page kept open to read storage (an extension page does not wake the event page). */
  /** @type {import('puppeteer-core').Page | undefined} */
  let monitor;
  async function monitorPage() {
    monitor ??= await openExtensionPage('/options.html');
    return monitor;
  }

  const harness = {
    /** @type {import('puppeteer-core').Page | null} */
    welcome: null,
    browser,
    emulator,
    downloads,
    extensionDir,
    ...ui,
    openExtensionPage,
    navigate,
    popupUrl: `${BASE}/popup.html`,
    optionsUrl: `${BASE}/options.html`,

    /** Runs `fn` in an extension page (it has the `browser.*` APIs; it is not the background). */
    async inExtension(/** @type {(arg: any) => any} */ fn, /** @type {any} */ arg) {
      const page = await monitorPage();
      return page.evaluate(fn, arg);
    },
    /** @param {string} key a storage.local key */
    async storage(key) {
      return harness.inExtension((k) => browser.storage.local.get(k).then((all) => all[k]), key);
    },
    /**
     * Runs `fn` in the first child frame of `page` (puppeteer does not track the frames of an
     * extension page; BiDi does). Runs in a separate realm, so it works where the frame's own
     * document may run no script (a sandboxed srcdoc).
     * @template R
     * @param {import('puppeteer-core').Page} page
     * @param {() => R} fn
     * @returns {Promise<R | null>} null while there is no child frame
     */
    async inChildFrame(page, fn) {
      const context = /** @type {any} */ (page.mainFrame()).browsingContext.id;
      const tree = await session.send('browsingContext.getTree', { root: context });
      const child = tree.result.contexts[0]?.children?.[0]?.context;
      if (!child) return null;
      const { result } = await session.send('script.callFunction', {
        functionDeclaration: `() => JSON.stringify((${fn.toString()})() ?? null)`,
        target: { context: child, sandbox: 'e2e-inspect' },
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`child frame: ${result.exceptionDetails.text}`);
      return JSON.parse(result.result.value);
    },
    /**
     * The tabs showing a page of the extension, with their URL as BiDi reports it (puppeteer's
     * page.url() stays about:blank for these).
     */
    async extensionTabs() {
      const { result } = await session.send('browsingContext.getTree', { maxDepth: 0 });
      const urls = new Map(result.contexts.map((/** @type {any} */ c) => [c.context, c.url]));
      return (await browser.pages())
        .map((page) => ({
          page,
          url: /** @type {string} */ (urls.get(/** @type {any} */ (page.mainFrame()).browsingContext.id) ?? ''),
        }))
        .filter((tab) => tab.url.startsWith(BASE));
    },
    /**
     * Clicks an element with the real pointer (scrolled into view, a press of PRESS_MS), in its tab
     * brought to the front first: a person clicks in the tab they see, and Firefox runs no animation
     * frames in a background tab (the click would wait for the element to be still).
     */
    async click(/** @type {import('puppeteer-core').Page} */ page, /** @type {string} */ selector) {
      await page.bringToFront();
      await page.locator(selector).setTimeout(15_000).click({ delay: PRESS_MS });
    },
    /** Focuses a field with a real click, selects what it holds and types `text` with real keys. */
    async typeInto(
      /** @type {import('puppeteer-core').Page} */ page,
      /** @type {string} */ selector,
      /** @type {string} */ text,
    ) {
      await harness.click(page, selector);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text, { delay: 5 });
    },
    /** The trimmed text of the first element matching `selector`, or null. */
    async text(/** @type {import('puppeteer-core').Page} */ page, /** @type {string} */ selector) {
      const handle = await page.$(selector);
      return handle ? ((await handle.evaluate((el) => el.textContent)) ?? '').trim() : null;
    },

    /** Fills the options page with the key and base URL, presses Save and waits for the outcome. */
    async connect({ key = emulator.keys[0]?.key ?? '', baseUrl = emulator.url } = {}) {
      const page = await openExtensionPage('/options.html');
      await harness.typeInto(page, '#api-key', key);
      await harness.typeInto(page, '::-p-aria(API base URL)', baseUrl);
      await harness.click(page, '::-p-aria([name="Save"][role="button"])');
      await page.waitForSelector('[data-testid="options-saved"], [data-testid="options-error"]', { timeout: 15_000 });
      return page;
    },
    openPopup() {
      return openExtensionPage('/popup.html');
    },
    /** Sends a real mail over SMTP into the emulator. */
    async sendMail(/** @type {Partial<import('../../emulator/send-mail.js').SendMailOptions>} */ mail) {
      const { sendMail } = await import('../../emulator/send-mail.js');
      return sendMail({
        smtpPort: emulator.smtpPort,
        from: 'Sender <sender@example.org>',
        subject: 'Hello',
        text: 'Hi',
        to: '',
        ...mail,
      });
    },
    async apiLog() {
      const response = await fetch(`${emulator.url}/__emulator/log`);
      return /** @type {Promise<Array<{time:number, method:string, path:string, status:number}>>} */ (response.json());
    },
    async admin(/** @type {string} */ path, /** @type {{method?: string, body?: unknown}} */ init = {}) {
      const response = await fetch(`${emulator.url}/__emulator/${path}`, {
        method: init.method,
        headers: { 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return response.headers.get('content-type')?.includes('json') ? response.json() : response.text();
    },
    async close() {
      await browser.close().catch(() => undefined);
      await emulator.close();
      rmSync(extensionDir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };

  await waitFor(async () => (await harness.backgroundState()) === 'running', 'the background to start');
  // The extension opens its options page as a welcome on install: kept as `welcome` when asked,
  // else closed so each test starts from its own tabs. (An older build opens none.)
  const welcomeTab = await waitFor(
    async () => (await harness.extensionTabs()).find((tab) => tab.url.startsWith(`${BASE}/options.html`)),
    'the welcome tab',
    5000,
  ).catch(() => null);
  if (welcomeTab && !options.keepWelcome) await welcomeTab.page.close();
  /** The options page the extension opened on install (with `keepWelcome`), else null. */
  harness.welcome = options.keepWelcome ? (welcomeTab?.page ?? null) : null;
  return harness;
}

/**
 * A real w×h RGB PNG as a data: URL (not 1×1, so it cannot be mistaken for the beacon pixel).
 * @param {number} width
 * @param {number} height
 */
export function pngDataUrl(width, height) {
  /** CRC-32 of PNG chunks (ISO 3309, as the PNG spec says). @param {Buffer} bytes */
  const crc32 = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return (c ^ 0xffffffff) >>> 0;
  };
  /** @param {string} type @param {Buffer} data */
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.from([0, 0, 0, width, 0, 0, 0, height, 8, 2, 0, 0, 0]); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2a)]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/**
 * Our visible button labelled `label` on `page`, found through BiDi (it sees closed shadow roots):
 * its shared id, whether it lives in a closed root, and its box in viewport coordinates; null while
 * there is none shown.
 * @param {import('puppeteer-core').Page} page
 * @param {string} label
 * @returns {Promise<{ sharedId: string, closedRoot: boolean, x: number, y: number, width: number, height: number } | null>}
 */
export async function ourButton(page, label) {
  const frame = /** @type {any} */ (page.mainFrame()).browsingContext;
  const bidi = frame.userContext.browser.session;
  const target = { context: frame.id, sandbox: 'e2e-inspect' };
  const { result } = await bidi.send('script.evaluate', {
    expression: `[...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('tm-fill-'))`,
    target,
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  for (const host of result.result?.value ?? []) {
    const root = host.value?.shadowRoot;
    if (!root) continue;
    const found = await bidi.send('browsingContext.locateNodes', {
      context: frame.id,
      locator: { type: 'css', value: `button[aria-label="${label}"]` },
      startNodes: [{ sharedId: root.sharedId }],
    });
    for (const node of found.result.nodes) {
      const box = await bidi.send('script.callFunction', {
        functionDeclaration:
          'function () { const r = this.getBoundingClientRect(); return this.closest("[hidden]") ? null : JSON.stringify([r.x, r.y, r.width, r.height]); }',
        this: { sharedId: node.sharedId },
        target,
        awaitPromise: false,
      });
      const value = box.result.result?.value;
      if (typeof value !== 'string') continue;
      const [x = 0, y = 0, width = 0, height = 0] = JSON.parse(value);
      if (width > 0 && height > 0)
        return { sharedId: node.sharedId, closedRoot: root.value?.mode === 'closed', x, y, width, height };
    }
  }
  return null;
}
