/**
 * The content script's own words (`strings.json`, merged into the locale files by
 * `scripts/build-locales.js`). Nothing here runs at start-up. The browser reads a page's locale
 * catalogue on its first `getMessage`, a synchronous trip to the browser process (2 to 15 ms
 * measured), so the button's labels, needed the moment it shows, ride in the bundle in every
 * language (`atFirstSight` in strings.json; the build drops the rest) and the catalogue is read
 * only once the user acts.
 */
import { browser } from '#imports';
import table from './strings.json';

export type StringKey = keyof typeof table;

type Texts = Record<string, string | boolean | undefined>;

/** The message `name` in the browser's language, '' when there is none. */
function lookup(name: string): string {
  const texts = (table as Record<string, Texts | undefined>)[name];
  try {
    if (texts?.atFirstSight) {
      // The UI language, as `getMessage` picks it: the language part, else the default (English).
      const language = browser.i18n.getUILanguage().toLowerCase().split(/[-_]/)[0]!;
      return String(texts[language] ?? texts.en);
    }
    return (browser.i18n.getMessage as (name: string) => string)(name) || '';
  } catch {
    return String(texts?.en ?? ''); // Unit tests: the fake browser has no i18n; they have the whole table.
  }
}

/** The UI string for `key` in the browser's language. */
export function text(key: StringKey): string {
  return lookup(key) || key;
}

/**
 * A failed request's error, worded here by its kind (the background sends kinds and facts, never
 * sentences): kind `rate-limited` reads message `fieldErrorRateLimited`; a kind without a message
 * of its own reads `fieldErrorOther`.
 */
export function errorText(error: { kind: string }): string {
  const kind = String(error.kind).replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return (/^\w+$/.test(kind) && lookup(`fieldError${kind}`)) || text('fieldErrorOther');
}
