/**
 * The autofill content script: wiring only. It stays silent (no request, no message) until the
 * user clicks the button, picks the context-menu entry or presses the shortcut, and does nothing
 * more on load than add three listeners: the settings are read, the strings looked up and the
 * button built when the user first reaches an e-mail field, and the background's command is
 * listened for once a text field has the focus.
 */
import { browser, defineContentScript, type Browser } from '#imports';
import { sendRequest } from '@/utils/messaging';
import { createFillButton } from './button';
import { eventTarget, focusedAtStart, handleBackgroundMessage, isTextField } from './fill';
import { SETTINGS_KEY, isButtonOff, parseSettings, readSettings } from './settings';
import { watchEmailFields } from './watcher';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage to every page on start: pages' message listeners need not hear from us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const focused = focusedAtStart();
    const watcher = watchEmailFields(
      ctx,
      {
        createButton: () =>
          createFillButton({
            requestAddress: (mode) => sendRequest('fillAddress', { mode }),
            blockSite: () => sendRequest('blockSite'),
            unblockSite: () => sendRequest('unblockSite'),
            onBlocked: () => watcher.setEnabled(false),
          }),
        onFirstField() {
          let changed = false; // a settings change that beats the first read wins over it
          const onStorage = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
            if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
            changed = true;
            watcher.setEnabled(!isButtonOff(parseSettings(changes[SETTINGS_KEY]!.newValue)));
          };
          browser.storage.onChanged.addListener(onStorage);
          ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
          void readSettings().then((settings) => {
            if (!changed && ctx.isValid) watcher.setEnabled(!isButtonOff(settings));
          });
        },
      },
      focused,
    );

    // The background's command fills the focused text field (the context menu is offered on text
    // fields, and a right-click focuses the field; the shortcut needs one focused): its listener,
    // the script's first use of the runtime, waits for one. The focus on our button fills the
    // button's field.
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      handleBackgroundMessage(message, sender, watcher.focusedButtonField);
    };
    const listenForCommands = () => {
      browser.runtime.onMessage.addListener(onMessage);
      ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    };
    if (isTextField(focused)) listenForCommands();
    else {
      const focusin = (event: Event) => {
        if (!isTextField(eventTarget(event))) return;
        document.removeEventListener('focusin', focusin, true);
        if (ctx.isValid) listenForCommands();
      };
      document.addEventListener('focusin', focusin, { capture: true, passive: true, signal: ctx.signal });
    }
  },
});
