import { formatRelativeTime } from './relative-time';

const NOW = Date.UTC(2026, 5, 28, 12, 0, 0);
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it('says "now" for the last few seconds and for small clock skew', () => {
    expect(formatRelativeTime(NOW - 10 * SEC, NOW, 'en')).toBe('now');
    expect(formatRelativeTime(NOW + 30 * SEC, NOW, 'en')).toBe('now');
  });

  it('uses minutes, hours and days', () => {
    expect(formatRelativeTime(NOW - 2 * MIN, NOW, 'en')).toMatch(/^2 min\.? ago$/);
    expect(formatRelativeTime(NOW - 3 * HOUR, NOW, 'en')).toMatch(/^3 hr\.? ago$/);
    expect(formatRelativeTime(NOW - DAY, NOW, 'en')).toBe('yesterday');
    expect(formatRelativeTime(NOW - 3 * DAY, NOW, 'en')).toBe('3 days ago');
  });

  it('rounds up to the next unit near its boundary', () => {
    expect(formatRelativeTime(NOW - 59.7 * SEC, NOW, 'en')).toMatch(/^1 min\.? ago$/);
    expect(formatRelativeTime(NOW - 400 * DAY, NOW, 'en')).toMatch(/^last y(ea)?r\.?$/);
  });

  it('follows the language', () => {
    expect(formatRelativeTime(NOW - DAY, NOW, 'it')).toBe('ieri');
  });

  it('falls back to English for a malformed language tag', () => {
    expect(formatRelativeTime(NOW - DAY, NOW, '!!not a tag')).toBe('yesterday');
  });

  it('gives an empty string for an unreadable time', () => {
    expect(formatRelativeTime(Number.NaN, NOW, 'en')).toBe('');
  });
});
