import { parseRetentionDays, usableRetentionDays } from './settings';

describe('parseRetentionDays', () => {
  it.each([
    ['7', 7],
    [' 30 ', 30],
    ['1', 1],
    ['90', 90],
    ['0', null],
    ['', null],
    ['91', null],
    ['2.5', null],
    ['-3', null],
    ['abc', null],
  ])('%j → %j', (input, days) => expect(parseRetentionDays(input)).toBe(days));
});

describe('usableRetentionDays', () => {
  it('keeps a valid value and reads a broken one (null, 0, 1000) as the default of 7 days', () => {
    expect(usableRetentionDays(30)).toBe(30);
    for (const broken of [null, undefined, 0, 1000, 2.5, '7']) expect(usableRetentionDays(broken)).toBe(7);
  });
});
