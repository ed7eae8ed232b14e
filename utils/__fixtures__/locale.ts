/**
 * Unit tests: makes `browser.i18n` (which the fake browser lacks) answer from the project's own
 * string tables, as the built extension's `_locales/<lang>/messages.json` would.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Table = Record<string, Record<string, string>>;

const tables = import.meta.glob<Table>(
  ['../../locales/*.json', '../../components/*strings.json', '../../entrypoints/email-fill.content/strings.json'],
  { eager: true, import: 'default' },
);

/** Every string, in every language, keyed by name. */
export const STRINGS: Table = Object.assign({}, ...Object.values(tables));

/** Words the UI in `language` ('en' or 'it') until the next call or `fakeBrowser.reset()`. */
export function useLocale(language: 'en' | 'it'): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (name: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getUILanguage = () => language;
  i18n.getMessage = (name, substitutions) => {
    const text = STRINGS[name]?.[language];
    if (text === undefined) return '';
    const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
