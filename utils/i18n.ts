/**
 * UI strings come from `public/_locales/<lang>/messages.json` through the browser's i18n API, so
 * the user's browser language picks English or Italian with no code of ours.
 */
import { browser } from '#imports';

/** The translated string for `key` with `$1`… substitutions; the key itself when missing. */
export function t(key: string, ...substitutions: string[]): string {
  try {
    const text = (browser.i18n.getMessage as (name: string, subs?: string[]) => string)(key, substitutions);
    return text || key;
  } catch {
    return key;
  }
}

/** The UI language, for number and date formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
