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

/**
 * The string for `key` in the plural form `count` takes in the UI language: `key_one`,
 * `key_other`… after `Intl.PluralRules` (CLDR categories), falling back to `key_other`.
 * Substitutions are passed as they are; the caller formats the count where the string shows it.
 */
export function tPlural(key: string, count: number, ...substitutions: string[]): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(uiLanguage()).select(count);
  } catch {
    // An odd language tag: the general form.
  }
  const form = `${key}_${category}`;
  const text = t(form, ...substitutions);
  return text === form ? t(`${key}_other`, ...substitutions) : text;
}
