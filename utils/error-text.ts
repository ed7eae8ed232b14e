/**
 * Words a {@link UiError} in the user's language: each kind, and each reason where a kind has
 * several, maps to a string in `locales/` (English and Italian). The only place an error becomes
 * a sentence; the server's own message is added as the server's, untranslated.
 */
import type { ErrorKind, ErrorReason, UiError } from './errors';
import { t, uiLanguage } from './i18n';

/** The string of each kind, used when the error has no reason of its own. */
export const KIND_TEXT: Record<ErrorKind, string> = {
  unauthorized: 'errUnauthorized',
  forbidden: 'errForbidden',
  'not-found': 'errNotFound',
  'invalid-input': 'errInvalidInput',
  'rate-limited': 'errRateLimited',
  server: 'errServer',
  network: 'errNetwork',
  timeout: 'errTimeout',
  'bad-response': 'errBadResponse',
  'no-key': 'errNoKey',
  'no-mailbox': 'errNoMailbox',
  'invalid-username': 'errInvalidUsername',
  permission: 'errPermission',
  'forbidden-sender': 'errForbiddenSender',
  internal: 'errInternal',
};

/** The string of each reason: it says more than its kind's. */
export const REASON_TEXT: Record<ErrorReason, string> = {
  redirect: 'errRedirect',
  'not-api': 'errNotApi',
  refused: 'errRefused',
  'broke-off': 'errBrokeOff',
  interrupted: 'errInterrupted',
  'no-key': 'errKeyNotSet',
  'key-shape': 'errKeyShape',
  'base-url-empty': 'errBaseUrlEmpty',
  'base-url-invalid': 'errBaseUrlInvalid',
  'base-url-not-https': 'errBaseUrlNotHttps',
  'base-url-has-path-or-query': 'errBaseUrlHasPath',
  'missing-value': 'errMissingValue',
  'key-check': 'errKeyCheck',
  'not-temp-mail': 'errNotTempMail',
  'paste-key': 'errPasteKey',
  'malformed-request': 'errMalformedRequest',
  'domain-not-allowed': 'errDomainNotAllowed',
  'no-site': 'errNoSite',
  'attachment-gone': 'errAttachmentGone',
  'username-empty': 'usernameEmpty',
  'username-too-short': 'usernameTooShort',
  'username-too-long': 'usernameTooLong',
  'username-characters': 'usernameCharacters',
  'username-edges': 'usernameEdges',
  'username-dots': 'usernameDots',
  'no-answer': 'errNoAnswer',
  'download-refused': 'errDownloadRefused',
};

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
 * The sentence for `error` in the UI language. Every string takes the same facts in the same
 * places: `$1` the host, `$2` the HTTP status, `$3` the time waited.
 */
export function errorText(error: UiError, locale: string = uiLanguage()): string {
  const key = (error.reason && REASON_TEXT[error.reason]) || KIND_TEXT[error.kind] || KIND_TEXT.internal;
  const host = error.host || t('errTheApiHost');
  const text = t(key, host, String(error.status ?? ''), duration(error.timeoutMs ?? 30_000, locale));
  return error.serverMessage ? `${text} ${t('errServerSaid', error.serverMessage)}` : text;
}
