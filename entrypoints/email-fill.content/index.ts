/**
 * The autofill content script: wiring only. It stays silent (no request, no message) until the
 * user clicks the button, picks the context-menu entry or presses the shortcut.
 */
import { browser, defineContentScript, type Browser } from '#imports';
import { sendRequest } from '@/utils/messaging';
import { createFillButton } from './button';
import { deepActiveElement, handleBackgroundMessage } from './fill';
import { SETTINGS_KEY, isButtonOff, parseSettings, readSettings } from './settings';
import { watchEmailFields } from './watcher';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage to every page on start: pages' message listeners need not hear from us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const button = createFillButton({
      requestAddress: (mode) => sendRequest('fillAddress', { mode }),
      blockSite: () => sendRequest('blockSite'),
      onBlocked: () => watcher.setEnabled(false),
    });
    const watcher = watchEmailFields(ctx, button);

    let changed = false; // a settings change that beats the first read wins over it
    const onStorage = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      changed = true;
      watcher.setEnabled(!isButtonOff(parseSettings(changes[SETTINGS_KEY]!.newValue)));
    };
    // The context menu or shortcut while the focus sits on our button fills the button's field.
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      handleBackgroundMessage(message, sender, () => (deepActiveElement() === button.host ? button.field : null));
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
    });

    void readSettings().then((settings) => {
      if (!changed && ctx.isValid) watcher.setEnabled(!isButtonOff(settings));
    });
  },
});
