/** Small formatting helpers shared by the popup and options page. */
import type { QuotaSnapshot } from './inbox-api/types';

/** "9:05" for 545 s, "1:02:03" past an hour; "0:00" once over. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export interface QuotaParts {
  used: string;
  limit: string;
  reset: string | null;
}

/** The pieces of "124 of 50,000 requests used · resets 1 May", or null when nothing is known. */
export function quotaParts(quota: QuotaSnapshot | null, locale: string): QuotaParts | null {
  if (!quota || quota.limit === null) return null;
  const used = quota.used ?? (quota.remaining !== null ? quota.limit - quota.remaining : null);
  if (used === null) return null;
  const numbers = new Intl.NumberFormat(locale);
  const resetTime = quota.resetAt ? Date.parse(quota.resetAt) : NaN;
  return {
    used: numbers.format(used),
    limit: numbers.format(quota.limit),
    reset: Number.isNaN(resetTime) ? null : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(resetTime),
  };
}

/**
 * "91 bytes", "1.5 kB", "2.3 MB" in `locale` (1 kB = 1024 bytes, as mail clients count). Bytes are
 * spelled out with the unit's CLDR plural forms ("1 byte", "91 bytes"; Italian "91 byte"), larger
 * units abbreviated. '' for a size that is not a non-negative number.
 */
export function formatSize(bytes: number, locale: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  const [value, unit, unitDisplay] =
    bytes < 1024
      ? ([bytes, 'byte', 'long'] as const)
      : bytes < 1024 * 1024
        ? ([bytes / 1024, 'kilobyte', 'short'] as const)
        : ([bytes / (1024 * 1024), 'megabyte', 'short'] as const);
  const options = { style: 'unit', unit, unitDisplay, maximumFractionDigits: 1 } as const;
  try {
    return new Intl.NumberFormat(locale, options).format(value);
  } catch {
    return new Intl.NumberFormat('en', options).format(value);
  }
}
