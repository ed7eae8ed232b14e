/**
 * The content script's verification-code part, built apart (`code-fields.js`, an ES module) and
 * imported by the content script only on a page whose site has a code waiting (`code-part.ts`):
 * the content script runs on every page and must stay under 12 KB gzip, and this part is of use
 * on those pages alone. It runs in the content script's isolated world and hands over its two
 * functions as the module's default export, never through a global.
 */
import { defineUnlistedScript } from '#imports';
import { findCodeField } from '@/utils/code-fields';
import { fillCodeField } from '@/utils/fill-field';

/** What the part gives the content script. */
export interface CodePart {
  findCodeField: typeof findCodeField;
  fillCodeField: typeof fillCodeField;
}

export default defineUnlistedScript((): CodePart => ({ findCodeField, fillCodeField }));
