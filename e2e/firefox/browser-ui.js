// @ts-check
/**
 * What the Firefox harness does in the browser's own UI and internals (the chrome scope, open to
 * a BiDi client started with `--remote-allow-system-access`): the event page's state and its
 * suspension, the toolbar badge and popup, notifications, the page context menu, the permission
 * prompt, the clipboard, the colour scheme. None of it touches the extension's own code.
 */
import { waitFor } from '../harness.js';

/** The add-on id (manifest `browser_specific_settings.gecko.id`). */
export const ADDON_ID = 'inbox@tempmail-extension.example';

/**
 * Runs a privileged function in the browser window (system principal). `fn` is serialized: it
 * must use only its argument (JSON-cloned) and chrome globals (Services, ChromeUtils,
 * WebExtensionPolicy…). Returns its JSON-cloned result.
 * @typedef {<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<Awaited<R>>} ChromeEval
 */

/**
 * @param {any} session puppeteer's BiDi session (raw commands)
 * @param {(fn: (arg: any) => any, arg?: any) => Promise<any>} inExtension runs `fn` in an extension page
 */
export async function createBrowserUi(session, inExtension) {
  const tree = await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext = tree.result.contexts.find((/** @type {any} */ c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!chromeContext) throw new Error('No browser window in the chrome scope: was --remote-allow-system-access honoured?');

  /** @type {ChromeEval} */
  const chrome = async (fn, arg) => {
    const functionDeclaration = `async (json) => JSON.stringify(await (${fn.toString()})(JSON.parse(json)) ?? null)`;
    const { result } = await session.send('script.callFunction', {
      functionDeclaration,
      arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
      target: { context: chromeContext.context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`chrome scope: ${result.exceptionDetails.text}`);
    return JSON.parse(result.result.value);
  };

  // Every start and stop of the background, as about:debugging hears them.
  await chrome((id) => {
    const g = /** @type {any} */ (globalThis);
    g.__tmBackground = [];
    Services.obs.addObserver((subject) => {
      const { addonId, isRunning } = /** @type {any} */ (subject).wrappedJSObject ?? subject;
      if (addonId === id) g.__tmBackground.push(isRunning ? 'started' : 'stopped');
    }, 'extension:background-script-status');
  }, ADDON_ID);

  const ui = {
    chrome,
    /** The text of the toolbar badge, read from the browser action without touching the background. */
    badgeText() {
      return chrome((id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(id)?.extension;
        return ExtensionParent.apiManager.global.browserActionFor(extension).action.getProperty(null, 'badgeText');
      }, ADDON_ID);
    },
    /** 'running', 'suspending', 'stopped' or 'starting': the event page's state. */
    backgroundState() {
      return chrome((id) => WebExtensionPolicy.getByID(id)?.extension?.backgroundState ?? 'gone', ADDON_ID);
    },
    /** Every 'started' / 'stopped' of the background since launch. */
    backgroundEvents() {
      return chrome(() => /** @type {any} */ (globalThis).__tmBackground);
    },
    /**
     * Suspends the event page now, as Firefox does when it has been idle for
     * `extensions.background.idle.timeout` and as about:debugging's "Terminate background script"
     * does: the same call, `extension.terminateBackground()`.
     */
    async suspendBackground() {
      await chrome(async (id) => {
        const extension = WebExtensionPolicy.getByID(id)?.extension;
        await extension.terminateBackground({ disableResetIdleForTest: true });
      }, ADDON_ID);
      await waitFor(async () => (await ui.backgroundState()) === 'stopped', 'the event page to stop');
    },

    /** The notifications on screen (Firefox's own alert windows): title and text of each. */
    notifications() {
      return chrome(() => {
        const shown = [];
        for (const win of Services.wm.getEnumerator('alert:alert')) {
          const label = (/** @type {string} */ id) => win.document.getElementById(id);
          const title = label('alertTitleLabel')?.getAttribute('value') || label('alertTitleLabel')?.textContent || '';
          // An alert window is listed before its document has filled its labels: not shown yet.
          if (win.document.readyState === 'complete' && title) {
            shown.push({ title, text: label('alertTextLabel')?.textContent || '' });
          }
        }
        return shown;
      });
    },

    /**
     * Opens the real toolbar popup (the panel a click on the toolbar button opens) and waits for
     * it to show. Returns its size in CSS pixels.
     */
    async openToolbarPopup() {
      // Firefox opens an action popup only in the focused window; opening tabs over BiDi moves it.
      await waitFor(
        () =>
          chrome(() => {
            const win = Services.wm.getMostRecentWindow('navigator:browser');
            if (Services.focus.activeWindow !== win) win.focus();
            return Services.focus.activeWindow === win;
          }),
        'the browser window to have the focus',
      );
      await chrome(async (id) => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const action = ExtensionParent.apiManager.global.browserActionFor(WebExtensionPolicy.getByID(id)?.extension);
        await action.openPopup(Services.wm.getMostRecentWindow('navigator:browser'));
      }, ADDON_ID);
      const panelSize = () =>
        chrome(() => {
          const win = Services.wm.getMostRecentWindow('navigator:browser');
          const popup = win.document.querySelector('panel[panelopen] browser.webextension-popup-browser');
          const ready = popup?.browsingContext?.currentWindowGlobal?.documentURI?.spec?.endsWith('/popup.html');
          // The size Firefox gave the panel's browser, following the page's own size.
          return ready ? { width: popup.clientWidth, height: popup.clientHeight } : null;
        });
      /** The popup page's own height, read through the extension (extension.getViews). */
      const pageHeight = () =>
        inExtension(() => {
          const [view] = /** @type {any} */ (globalThis).browser.extension.getViews({ type: 'popup' });
          return view?.document.readyState === 'complete'
            ? Math.ceil(view.document.documentElement.getBoundingClientRect().height)
            : null;
        });
      // Open once the panel has taken the height of the rendered page, the same on two reads.
      let last = '';
      return waitFor(async () => {
        const size = await panelSize();
        const height = await pageHeight();
        const now = JSON.stringify([size, height]);
        const settled = size && height && size.width > 0 && Math.abs(size.height - height) <= 1 && now === last;
        last = now;
        return settled ? size : null;
      }, 'the toolbar popup to open and fit its page');
    },
    /** A PNG of the open toolbar popup, as drawn (the way Firefox's own screenshots take it). */
    async toolbarPopupPng() {
      const dataUrl = await chrome(async () => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        const popup = win.document.querySelector('panel[panelopen] browser.webextension-popup-browser');
        const bitmap = await popup.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'transparent');
        const canvas = win.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        canvas.getContext('2d').drawImage(bitmap, 0, 0);
        return canvas.toDataURL('image/png');
      });
      return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    },
    async closeToolbarPopup() {
      await chrome(() => {
        const win = Services.wm.getMostRecentWindow('navigator:browser');
        win.document.querySelector('panel[panelopen]:has(browser.webextension-popup-browser)')?.hidePopup();
      });
      await waitFor(
        () =>
          chrome(
            () =>
              !Services.wm
                .getMostRecentWindow('navigator:browser')
                .document.querySelector('panel[panelopen] browser.webextension-popup-browser'),
          ),
        'the toolbar popup to close',
      );
    },
    /**
     * Waits for Firefox's permission prompt (the doorhanger under the address bar), presses its
     * Allow or Deny button and returns the permissions it listed.
     * @param {'allow' | 'deny'} answer
     * @returns {Promise<string[]>}
     */
    async answerPermissionPrompt(answer) {
      return waitFor(
        () =>
          chrome((allow) => {
            const win = Services.wm.getMostRecentWindow('navigator:browser');
            const prompt = win.document.getElementById('addon-webext-permissions-notification');
            if (!prompt || win.PopupNotifications.panel.state !== 'open') return null;
            const listed = [...prompt.querySelectorAll('li')].map((item) => item.textContent?.trim() ?? '');
            (allow ? prompt.button : prompt.secondaryButton).click();
            return listed;
          }, answer === 'allow'),
        "Firefox's permission prompt",
      );
    },
    /** Clicks the notification on screen whose text matches, as a person clicks the alert. @param {string} text */
    async clickNotification(text) {
      const clicked = await chrome((want) => {
        for (const win of Services.wm.getEnumerator('alert:alert')) {
          if (!win.document.getElementById('alertTextLabel')?.textContent?.includes(want)) continue;
          win.document.getElementById('alertBox')?.click();
          return true;
        }
        return false;
      }, text);
      if (!clicked) throw new Error(`No notification saying "${text}"`);
    },
    /** The labels of the open page context menu's visible items, or null while it is closed. */
    contextMenuItems() {
      return chrome(() => {
        const menu = Services.wm.getMostRecentWindow('navigator:browser').document.getElementById('contentAreaContextMenu');
        if (menu.state !== 'open') return null;
        return [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden).map((item) => item.label);
      });
    },
    /** Picks an item of the open page context menu, as a click on it does. @param {string} label */
    async pickContextMenuItem(label) {
      const picked = await chrome((want) => {
        const menu = Services.wm.getMostRecentWindow('navigator:browser').document.getElementById('contentAreaContextMenu');
        const item = [...menu.querySelectorAll('menuitem')].find((candidate) => !candidate.hidden && candidate.label === want);
        if (item) menu.activateItem(item);
        return Boolean(item);
      }, label);
      if (!picked) throw new Error(`No context-menu item "${label}"`);
    },
    /** The text on the system clipboard, read by the browser itself. */
    clipboardText() {
      return chrome(() => Services.wm.getMostRecentWindow('navigator:browser').navigator.clipboard.readText());
    },
    /** Light or dark, as the desktop's setting would make it (browser and pages follow it). */
    async setColorScheme(/** @type {'light' | 'dark'} */ scheme) {
      await chrome((dark) => Services.prefs.setIntPref('ui.systemUsesDarkTheme', dark ? 1 : 0), scheme === 'dark');
    },
  };
  return ui;
}
