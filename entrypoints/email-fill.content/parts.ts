/**
 * The content script's parts, built apart and imported on first need (`wxt.config.ts`): the
 * content script runs on every page and must stay under 12 KB gzip, and these serve only some
 * pages. `code-fields.js` (`entrypoints/code-fields.ts`) judges and fills verification-code fields
 * on a page whose site has a code waiting; `hidden-notice.js` (`entrypoints/hidden-notice.ts`) is
 * the note with Undo after "Don't show on this site"; `fill-command.js` handles the background's fill
 * command (context menu, shortcut), which is rare. Each is a web-accessible resource with a
 * dynamic URL in Chrome; the import runs in this isolated world, so a part is ours alone, and the
 * code itself still comes only with the background's answer to a trusted click.
 */
import { browser } from '#imports';
import type { CodePart } from '../code-fields';
import type { CommandPart } from '../fill-command';
import type { NoticePart } from '../hidden-notice';

/** The parts' files, as the manifest lists them. */
export const PART_FILES = { code: 'code-fields.js', notice: 'hidden-notice.js', command: 'fill-command.js' } as const;

/** Imports a built part (`runtime.getURL` gives Chrome's per-session dynamic URL); its default export. */
export const importPart = <Part>(file: string): Promise<Part> =>
  import(/* @vite-ignore */ browser.runtime.getURL(`/${file}` as '/')).then((module: { default: Part }) => module.default);

/** The note part (the browser keeps one module per URL: one import per page). */
export const importNotice = () => importPart<NoticePart>(PART_FILES.notice);

/** The part that handles the background's fill command (`fill-command.js`). */
export const importCommand = () => importPart<CommandPart>(PART_FILES.command);

/**
 * A getter for the code part: the part once loaded, else null, and the first call starts the one
 * import of the page; `onReady` runs when the part has arrived. A failed import leaves it null for
 * good: no code button, nothing else changes. `load` is the import (tests give their own).
 */
export function codePartLoader(onReady: () => void, load = () => importPart<CodePart>(PART_FILES.code)): () => CodePart | null {
  let part: CodePart | null = null;
  let asked = false;
  return () => {
    if (!asked) {
      asked = true;
      load().then(
        (loaded) => {
          part = loaded;
          onReady();
        },
        () => {},
      );
    }
    return part;
  };
}
