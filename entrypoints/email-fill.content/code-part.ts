/**
 * Loads the verification-code part (`entrypoints/code-fields.ts`, built apart as
 * `code-fields.js`) on first need: the content script runs on every page and must stay under
 * 12 KB gzip, and the part serves only a page whose site has a code waiting. The file is a
 * web-accessible resource with a dynamic URL in Chrome (`wxt.config.ts`); the import runs in this
 * isolated world, so the part is ours alone, and the code itself still comes only with the
 * background's answer to a trusted click.
 */
import { browser } from '#imports';
import type { CodePart } from '../code-fields';

/** The part's file, as the manifest lists it. */
export const CODE_PART_FILE = 'code-fields.js';

/** Imports the built part (`runtime.getURL` gives Chrome's per-session dynamic URL). */
const importPart = () =>
  import(/* @vite-ignore */ browser.runtime.getURL(`/${CODE_PART_FILE}`)) as Promise<{ default: CodePart }>;

/**
 * A getter for the code part: the part once loaded, else null, and the first call starts the one
 * import of the page; `onReady` runs when the part has arrived. A failed import leaves it null for
 * good: no code button, nothing else changes. `load` is the import (tests give their own).
 */
export function codePartLoader(onReady: () => void, load = importPart): () => CodePart | null {
  let part: CodePart | null = null;
  let asked = false;
  return () => {
    if (!asked) {
      asked = true;
      load().then(
        (module) => {
          part = module.default;
          onReady();
        },
        () => {},
      );
    }
    return part;
  };
}
