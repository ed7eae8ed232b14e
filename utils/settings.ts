/**
 * The rules of the user's settings that the options page checks and the background relies on, in
 * one place: an invalid value gets a message on the page and is never stored, and a value stored
 * by an older version that breaks the rule is read as the default.
 */
import { DEFAULT_SETTINGS } from './storage';

/** How long fetched mail is kept, in whole days. */
export const RETENTION_DAYS = { min: 1, max: 90 } as const;

/** The retention typed into the options page as whole days, or null when it breaks the rule. */
export function parseRetentionDays(input: string): number | null {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return null;
  const days = Number(text);
  return days >= RETENTION_DAYS.min && days <= RETENTION_DAYS.max ? days : null;
}

/** A stored retention as the store may use it: the default when missing or out of range (never 0 days). */
export function usableRetentionDays(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= RETENTION_DAYS.min && value <= RETENTION_DAYS.max
    ? value
    : DEFAULT_SETTINGS.retentionDays;
}
