/**
 * The background's fill command (context menu, keyboard shortcut), handled apart
 * (`fill-command.js`, an ES module) and imported by the content script when a command arrives:
 * the content script runs on every page and must stay under 12 KB gzip, and the command is rare.
 * It runs in the content script's isolated world and hands over its handler as the default export.
 */
import { defineUnlistedScript } from '#imports';
import { handleBackgroundMessage } from './email-fill.content/fill';

/** What the part gives the content script. */
export interface CommandPart {
  handleBackgroundMessage: typeof handleBackgroundMessage;
}

export default defineUnlistedScript((): CommandPart => ({ handleBackgroundMessage }));
