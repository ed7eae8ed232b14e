/**
 * The note after "Don't show on this site" (`email-fill.content/notice.ts`), built apart
 * (`hidden-notice.js`, an ES module) and imported by the content script when the user picks it:
 * the content script runs on every page and must stay under 12 KB gzip. It runs in the content
 * script's isolated world and hands over its function as the module's default export.
 */
import { defineUnlistedScript } from '#imports';
import { showHiddenNotice } from './email-fill.content/notice';

/** What the part gives the content script. */
export interface NoticePart {
  showHiddenNotice: typeof showHiddenNotice;
}

export default defineUnlistedScript((): NoticePart => ({ showHiddenNotice }));
