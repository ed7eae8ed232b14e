import { formatCountdown, formatSize, quotaParts } from './format';

describe('formatCountdown', () => {
  it.each([
    [545_000, '9:05'],
    [600_000, '10:00'],
    [3_723_000, '1:02:03'],
    [-5, '0:00'],
  ])('%i ms → %s', (ms, text) => expect(formatCountdown(ms)).toBe(text));
});

describe('quotaParts', () => {
  const base = { observedAt: 0 };
  it('formats the sample headers', () => {
    expect(quotaParts({ ...base, limit: 50000, used: 124, remaining: 49876, resetAt: '2026-05-01T12:00:00Z' }, 'en-GB')).toEqual({
      used: '124',
      limit: '50,000',
      reset: '1 May',
    });
  });
  it('derives used from remaining', () => {
    expect(quotaParts({ ...base, limit: 100, used: null, remaining: 40, resetAt: null }, 'en')).toEqual({
      used: '60',
      limit: '100',
      reset: null,
    });
  });
  it('is null when the limit is unknown', () => {
    expect(quotaParts({ ...base, limit: null, used: 3, remaining: null, resetAt: null }, 'en')).toBeNull();
    expect(quotaParts(null, 'en')).toBeNull();
  });
});

describe('formatSize', () => {
  it.each([
    [1, 'en', '1 byte'],
    [33, 'en', '33 bytes'],
    [33, 'it', '33 byte'],
    [1536, 'en', '1.5 kB'],
    [1536, 'it', '1,5 kB'],
    [2.5 * 1024 * 1024, 'en', '2.5 MB'],
    [-1, 'en', ''],
  ])('%d in %s → %s', (bytes, locale, text) => expect(formatSize(bytes, locale)).toBe(text));
});
