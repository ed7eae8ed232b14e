/**
 * The content script's `browser`, swapped in for `wxt/browser` in its build only (see
 * `wxt.config.ts`): the extension namespace, picked without touching `browser.runtime`. WXT's
 * own pick reads `browser.runtime.id`, and a page's first use of `runtime` builds that whole
 * binding (about 0.4 ms); this script reaches it only on first need. The script runs in an
 * isolated world, where no page global can pose as `browser`; Chromium has `browser` since 2025,
 * older Chrome only `chrome` (promise-based in MV3 for every API the script uses).
 */
import type { browser as wxtBrowser } from 'wxt/browser';

const scope = globalThis as unknown as { browser?: typeof wxtBrowser; chrome?: typeof wxtBrowser };

export const browser = (scope.browser ?? scope.chrome) as typeof wxtBrowser;
