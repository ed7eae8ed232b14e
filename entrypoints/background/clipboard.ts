/**
 * Copying text from the background (a notification's "Copy code" button). Chrome MV3: the
 * service worker has no clipboard, so an offscreen document with the CLIPBOARD reason copies it
 * and is closed again. Firefox MV2: the event page copies with `navigator.clipboard`, which the
 * `clipboardWrite` permission allows without a user gesture.
 */
import { browser } from '#imports';
import { sendCopyToClipboard } from '@/utils/messaging';

const OFFSCREEN_PATH = '/offscreen.html';

/** One copy at a time: Chrome allows one offscreen document per extension. */
let queue: Promise<unknown> = Promise.resolve();

async function copyOffscreen(text: string): Promise<boolean> {
  const offscreen = browser.offscreen;
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (!open.length) {
    await offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Copy a verification code when the user presses "Copy code" on a notification.',
    });
  }
  try {
    return await sendCopyToClipboard(text);
  } finally {
    await offscreen.closeDocument().catch(() => undefined);
  }
}

/** Puts `text` on the clipboard; true when it got there. */
export function copyText(text: string): Promise<boolean> {
  const run = queue.then(async () => {
    try {
      if (import.meta.env.FIREFOX) {
        await navigator.clipboard.writeText(text);
        return true;
      }
      return await copyOffscreen(text);
    } catch (error) {
      console.error('Copying failed', error);
      return false;
    }
  });
  queue = run;
  return run;
}
