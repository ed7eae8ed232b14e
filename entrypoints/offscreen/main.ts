/**
 * The offscreen document (Chrome MV3, reason CLIPBOARD): a service worker has no clipboard, so the
 * background asks this hidden page to copy a notification's code. `navigator.clipboard` needs a
 * focused document, which an offscreen one never is; `execCommand('copy')` on a selected textarea
 * works with the `clipboardWrite` permission.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
import { listenForCopyCommands } from '@/utils/messaging';

listenForCopyCommands((text) => {
  const area = document.createElement('textarea');
  area.value = text;
  document.body.append(area);
  area.select();
  try {
    return document.execCommand('copy');
  } finally {
    area.remove();
  }
});
