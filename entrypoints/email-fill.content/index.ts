/**
 * The autofill content script: wiring only. It stays silent (no request, no message) until the
 * user clicks the button, picks the context-menu entry or presses the shortcut, and does nothing
 * more on load than add three listeners: the settings and the site offers are read when the user
 * first reaches an e-mail field or a text input, the strings looked up and the button built for
 * the first field that gets one, the code part imported (`parts.ts`) on a site with a code
 * waiting, and the background's command is listened for once a text field has the focus. The
 * code itself is asked for only by a trusted click on the button of a code field.
 */
import { browser, defineContentScript, type Browser } from '#imports';
// Imported first: the bundle then opens with the e-mail detector and its words (which compresses
// better: the script's budget is counted in gzip bytes).
import { watchEmailFields } from './watcher';
import { sendRequest } from '@/utils/messaging';
import type { SiteOffer } from '@/utils/storage';
import { createFillButton } from './button';
import { codePartLoader, importCommand, importNotice } from './parts';
import { eventTarget, focusedAtStart, isTextField } from './fill';
import { OFFERS_KEY, offerHere, parseOffers } from './offers';
import { SETTINGS_KEY, isButtonOff, parseSettings } from './settings';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  runAt: 'document_idle',
  // No window.postMessage to every page on start: pages' message listeners need not hear from us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const focused = focusedAtStart();
    /** What the background offers on sites (no code in it), read with the settings. */
    let offers: SiteOffer[] = [];
    /** When a code was last filled on this page: an offer must be newer to show again. */
    let filledAt = 0;
    const codePart = codePartLoader(() => watcher.refresh());
    const watcher = watchEmailFields(
      ctx,
      {
        createButton: () =>
          createFillButton({
            requestAddress: (mode) => sendRequest('fillAddress', { mode }),
            blockSite: () => sendRequest('blockSite'),
            unblockSite: () => sendRequest('unblockSite'),
            noticePart: importNotice,
            onBlocked: () => watcher.setEnabled(false),
            requestCode: () => sendRequest('fillCode'),
            fillCode: (boxes, code) => !!codePart()?.fillCodeField(boxes, code),
            openLink: () => sendRequest('openVerificationLink'),
            linkOffered: () => !!offerHere(offers, 'link'),
            onCodeFilled() {
              filledAt = Date.now();
              watcher.refresh();
            },
          }),
        codeOffered: () => (offerHere(offers, 'code')?.since ?? 0) > filledAt,
        codePart,
        onFirstField() {
          let changed = false; // a settings change that beats the first read wins over it
          let offersChanged = false;
          const onStorage = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
            if (area !== 'local') return;
            if (OFFERS_KEY in changes) {
              offersChanged = true;
              offers = parseOffers(changes[OFFERS_KEY]!.newValue);
              watcher.refresh();
            }
            if (!(SETTINGS_KEY in changes)) return;
            changed = true;
            watcher.setEnabled(!isButtonOff(parseSettings(changes[SETTINGS_KEY]!.newValue)));
          };
          browser.storage.onChanged.addListener(onStorage);
          ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));
          // One read for both items (settings.ts reads the settings alone).
          const stored = browser.storage.local.get([SETTINGS_KEY, OFFERS_KEY]).catch(() => ({}) as Record<string, unknown>);
          void stored.then((items) => {
            if (!offersChanged) offers = parseOffers(items[OFFERS_KEY]);
            if (!changed && ctx.isValid) watcher.setEnabled(!isButtonOff(parseSettings(items[SETTINGS_KEY])));
            else watcher.refresh();
          });
        },
      },
      focused,
    );

    // The background's command fills the focused text field (the context menu is offered on text
    // fields, and a right-click focuses the field; the shortcut needs one focused): its listener,
    // the script's first use of the runtime, waits for one. The focus on our button fills the
    // button's field.
    // The command's checks (sender, shape, the field) are the part's (`fill-command.ts`).
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if ((message as { type?: unknown } | null)?.type === 'fillFocused')
        importCommand().then(
          (part) => part.handleBackgroundMessage(message, sender, watcher.focusedButtonField),
          () => {},
        );
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
