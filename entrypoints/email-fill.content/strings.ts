import { browser } from '#imports';
import strings from './strings.json';

export type StringKey = keyof typeof strings;

/** The UI string for `key` in the browser's language; English when the locale files lack it. */
export function s(key: StringKey): string {
  try {
    // Typed against public/_locales, which gets these keys only when the lead merges strings.json.
    return (browser.i18n.getMessage as (name: string) => string)(key) || strings[key].en;
  } catch {
    return strings[key].en; // Unit tests: the fake browser has no i18n.
  }
}
