/**
 * Words a {@link UiError} in the user's language: each kind, and each reason where a kind has
 * several, has its string in `locales/errors.json` (English and Italian), named after it —
 * `bad-response` → `errBadResponse`, reason `not-temp-mail` → `errNotTempMail` (a test checks
 * that every kind and reason has both). The only place an error becomes a sentence; the server's
 * own message is added as the server's, untranslated.
 */
import type { ErrorKind, ErrorReason, UiError } from './errors';
import { t, uiLanguage } from './i18n';

/** The string of a kind or a reason: `err` + its name in PascalCase. */
export function errorKey(name: ErrorKind | ErrorReason): string {
  return `err${name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

/** "30 seconds", "30 secondi": the unit's own plural forms in the UI language. */
function duration(ms: number, locale: string): string {
  const seconds = ms >= 1000;
  const options = { style: 'unit', unit: seconds ? 'second' : 'millisecond', unitDisplay: 'long' } as const;
  const value = seconds ? Math.round(ms / 1000) : ms;
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}

/**
 * The sentence for `error` in the UI language: its reason's string, else its kind's. Every string
 * takes the same facts in the same places: `$1` the host, `$2` the HTTP status, `$3` the time waited.
 */
export function errorText(error: UiError, locale: string = uiLanguage()): string {
  const host = error.host || t('errTheApiHost');
  const facts = [host, String(error.status ?? ''), duration(error.timeoutMs ?? 30_000, locale)];
  const key = errorKey(error.reason ?? error.kind);
  let text = t(key, ...facts);
  // An error stored by an older version may carry a reason this one no longer words.
  if (text === key) text = t(errorKey(error.kind), ...facts);
  return error.serverMessage ? `${text} ${t('errServerSaid', error.serverMessage)}` : text;
}
