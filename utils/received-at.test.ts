import { newestFirst, receivedAtMs, receivedTime } from './received-at';

describe('receivedAtMs', () => {
  it('reads the offset-less API time as UTC', () => {
    expect(receivedAtMs('2026-06-28 09:37:05')).toBe(Date.UTC(2026, 5, 28, 9, 37, 5));
  });

  it('honours an explicit offset', () => {
    expect(receivedAtMs('2026-06-28T09:37:05+02:00')).toBe(Date.UTC(2026, 5, 28, 7, 37, 5));
    expect(receivedAtMs('2026-06-28T09:37:05Z')).toBe(Date.UTC(2026, 5, 28, 9, 37, 5));
  });

  it('gives NaN for garbage', () => {
    expect(receivedAtMs('yesterday-ish')).toBeNaN();
    expect(receivedAtMs(undefined as unknown as string)).toBeNaN();
  });
});

describe('one reading for sorting, display and retention', () => {
  it('sorts by the same reading: an offset counts, an unreadable time goes last', () => {
    const messages = [
      { id: 'plain', receivedAt: '2026-06-28 09:00:00' },
      { id: 'garbage', receivedAt: 'nonsense' },
      // 10:30 at +02:00 is 08:30 UTC: older than the plain 09:00, though its digits are later.
      { id: 'offset', receivedAt: '2026-06-28T10:30:00+02:00' },
      { id: 'zulu', receivedAt: '2026-06-28T09:30:00Z' },
    ];
    expect([...messages].sort(newestFirst).map((m) => m.id)).toEqual(['zulu', 'plain', 'offset', 'garbage']);
  });

  it('gives the sort key 0 for an unreadable time, the reading otherwise', () => {
    expect(receivedTime({ receivedAt: '2026-06-28T09:37:05+02:00' })).toBe(Date.UTC(2026, 5, 28, 7, 37, 5));
    expect(receivedTime({ receivedAt: '' })).toBe(0);
  });
});
