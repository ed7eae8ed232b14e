/**
 * Short relative labels for message times ("2 min. ago", "yesterday") in the UI language. The
 * time itself is read by `received-at.ts`.
 */
import { uiLanguage } from './i18n';

const STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.345],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

const formatters = new Map<string, Intl.RelativeTimeFormat>();

function formatterFor(locale: string): Intl.RelativeTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    try {
      formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    } catch {
      // An odd language tag from the browser must not break the inbox.
      formatter = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' });
    }
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * How long ago `then` was, relative to `now` (both ms epoch): "now", "2 min. ago", "yesterday"…
 * A time slightly in the future (clock skew) reads as "now"; an unreadable time as "".
 */
export function formatRelativeTime(then: number, now: number = Date.now(), locale: string = uiLanguage()): string {
  if (!Number.isFinite(then) || !Number.isFinite(now)) return '';
  const formatter = formatterFor(locale);
  let value = Math.max(0, (now - then) / 1000);
  if (value < 45) return formatter.format(0, 'second');
  for (const [unit, size] of STEPS) {
    if (Math.round(value) < size || unit === 'year') {
      return formatter.format(-Math.max(1, Math.round(value)), unit);
    }
    value /= size;
  }
  return '';
}
