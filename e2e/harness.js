// @ts-check
/**
 * The real-browser harness: Debian's Chromium driven by playwright-core, the built MV3 extension
 * loaded unpacked, and the local API emulator. Every e2e test starts from here.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startEmulator } from '../emulator/server.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const EXTENSION_DIR = join(root, '.output/chrome-mv3');

/** The Chromium to drive: $CHROMIUM_PATH, or Debian's. Fails loudly when there is none. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(/** @type {string} */ (path)));
  if (!found) {
    throw new Error(
      'No Chromium found for the real-browser tests. Install it with `apt-get install -y chromium` ' +
        '(or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  return /** @type {string} */ (found);
}

/** Waits until `check` returns a truthy value (polling, never a fixed sleep), or fails with `what`. */
export async function waitFor(check, what, timeoutMs = 15_000, stepMs = 100) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, stepMs));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/**
 * Starts the emulator and a Chromium with the extension.
 * `locale` sets Chromium's UI language (what `chrome.i18n` answers), e.g. 'it': `--lang` and, on
 * Linux, the LANGUAGE variable.
 * The extension opens its options page as a welcome on install; the harness closes that tab unless
 * `keepWelcome` is set (then it is `harness.welcome`).
 * @param {{ emulator?: Parameters<typeof startEmulator>[0], headless?: boolean, extensionDir?: string, locale?: string, keepWelcome?: boolean }} [options]
 */
export async function launch(options = {}) {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const emulator = await startEmulator(options.emulator ?? {});
  const profile = mkdtempSync(join(tmpdir(), 'tempmail-e2e-'));
  const downloads = mkdtempSync(join(tmpdir(), 'tempmail-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    acceptDownloads: true,
    downloadsPath: downloads,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}`;

  // The welcome tab, before any page of ours opens: Chrome may open it in a blank tab it finds.
  // (An older build opens none: then, after a while, there is none to close.)
  const welcome = await waitFor(
    () => context.pages().find((page) => page.url().startsWith(`${base}/options.html`)),
    'the welcome page',
    5000,
  ).catch(() => null);

  // Playwright keeps listing a stopped worker, so its running state comes from CDP.
  const monitorPage = await context.newPage();
  // Closed only now: a headful window whose last tab closes goes, and no tab could open after.
  if (welcome && !options.keepWelcome) await welcome.close();
  const cdp = await context.newCDPSession(monitorPage);
  let workerStatus = 'unknown';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.startsWith(base)) workerStatus = version.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  await waitFor(() => workerStatus === 'running', 'the extension service worker to run');

  /** The newest worker object of the extension (after a restart Playwright adds a new one). */
  const latestWorker = () =>
    context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(base))
      .at(-1);

  const harness = {
    context,
    emulator,
    /** The options page the extension opened on install (with `keepWelcome`), else null. */
    welcome: options.keepWelcome ? welcome : null,
    extensionId,
    downloads,
    popupUrl: `${base}/popup.html`,
    optionsUrl: `${base}/options.html`,
    /** The current worker object (it changes after a restart). */
    worker() {
      const live = latestWorker();
      if (!live) throw new Error('The extension service worker is not running');
      return live;
    },
    /** 'running', 'stopped', … as CDP reports it. */
    workerStatus: () => workerStatus,
    /** Runs `fn` in the service worker, waking it first (by opening an extension page) if it was stopped. */
    async inWorker(fn, arg) {
      if (workerStatus !== 'running') {
        const page = await context.newPage();
        await page.goto(`${base}/options.html`);
        await waitFor(() => workerStatus === 'running', 'the service worker to start');
        await page.close();
      }
      const live = await waitFor(latestWorker, 'a service worker object');
      return live.evaluate(fn, arg);
    },
    async badgeText() {
      return harness.inWorker(() => chrome.action.getBadgeText({}));
    },
    async storage(key) {
      return harness.inWorker((k) => chrome.storage.local.get(k).then((all) => all[k]), key);
    },
    /** Stops every service worker through CDP, like Chrome does to an idle one. */
    async stopWorker() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await waitFor(() => workerStatus === 'stopped', 'the worker to stop');
    },
    /** Fills the options page with the key and base URL and waits for the outcome text. */
    async connect({ key = emulator.keys[0].key, baseUrl = emulator.url } = {}) {
      const page = await context.newPage();
      await page.goto(harness.optionsUrl);
      await page.getByLabel('API key', { exact: true }).fill(key);
      await page.getByLabel('API base URL').fill(baseUrl);
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('[data-testid="options-saved"], [data-testid="options-error"]').first().waitFor();
      return page;
    },
    async openPopup() {
      const page = await context.newPage();
      await page.goto(harness.popupUrl);
      return page;
    },
    /** Sends a real mail over SMTP into the emulator. */
    async sendMail(mail) {
      const { sendMail } = await import('../emulator/send-mail.js');
      return sendMail({
        smtpPort: emulator.smtpPort,
        from: 'Sender <sender@example.org>',
        subject: 'Hello',
        text: 'Hi',
        ...mail,
      });
    },
    async apiLog() {
      const response = await fetch(`${emulator.url}/__emulator/log`);
      return /** @type {Promise<Array<{time:number, method:string, path:string, status:number}>>} */ (response.json());
    },
    async admin(path, init = {}) {
      const response = await fetch(`${emulator.url}/__emulator/${path}`, {
        ...init,
        headers: { 'content-type': 'application/json' },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return response.headers.get('content-type')?.includes('json') ? response.json() : response.text();
    },
    async close() {
      await context.close().catch(() => undefined);
      await emulator.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
  return harness;
}
