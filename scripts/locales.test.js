// @ts-check
/**
 * Every user-visible string (the tables `scripts/build-locales.js` reads) quotes with its language's typographic quotes: English
 * “…” (The Chicago Manual of Style), Italian «…» (caporali, as Treccani and most Italian style
 * guides prefer). Straight quotes look like code next to the curly ones elsewhere in the UI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOCALES = join(ROOT, 'locales');

/** The language's quotes, and the other language's that must not appear. */
const QUOTES = {
  en: { open: '“', close: '”', foreign: /[«»]/ },
  it: { open: '«', close: '»', foreign: /[“”]/ },
};

/** The string tables `scripts/build-locales.js` reads. */
const TABLES = [
  ...readdirSync(LOCALES)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join('locales', name)),
  'components/inbox-strings.json',
  'entrypoints/email-fill.content/strings.json',
];

/** Every text of every table: `[file, key, language, text]`. */
function texts() {
  /** @type {Array<[string, string, string, string]>} */
  const all = [];
  for (const file of TABLES) {
    /** @type {Record<string, Record<string, string>>} */
    const table = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
    for (const [key, byLanguage] of Object.entries(table))
      for (const [language, text] of Object.entries(byLanguage)) all.push([file, key, language, text]);
  }
  return all;
}

describe('locales', () => {
  it('quote with the language’s typographic quotes, never straight ones', () => {
    /** @type {string[]} */
    const problems = [];
    for (const [file, key, language, text] of texts()) {
      const where = `${file} ${key} (${language}): ${text}`;
      const quotes = QUOTES[/** @type {'en' | 'it'} */ (language)];
      if (!quotes) continue;
      if (text.includes('"')) problems.push(`straight double quote in ${where}`);
      // A straight single quote beside a space or the ends is a quotation mark, not an apostrophe.
      if (/(^|\s)'|'(\s|$|[.,;:!?)])/.test(text)) problems.push(`straight single quote in ${where}`);
      if (quotes.foreign.test(text)) problems.push(`the other language’s quotes in ${where}`);
      if (text.split(quotes.open).length !== text.split(quotes.close).length)
        problems.push(`unpaired ${quotes.open}${quotes.close} in ${where}`);
    }
    expect(problems).toEqual([]);
  });
});
