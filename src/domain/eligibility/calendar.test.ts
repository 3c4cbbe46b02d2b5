import { describe, expect, it } from 'vitest';
import { ageOn, parisDate, parseIsoDate } from './calendar.js';

describe('parisDate', () => {
  it.each([
    ['2025-12-31T22:59:59Z', { year: 2025, month: 12, day: 31 }],
    ['2025-12-31T23:00:00Z', { year: 2026, month: 1, day: 1 }],
    ['2026-07-14T21:59:59Z', { year: 2026, month: 7, day: 14 }],
    ['2026-07-14T22:00:00Z', { year: 2026, month: 7, day: 15 }],
  ])('%s is %j in Paris (winter UTC+1, summer UTC+2)', (instant, date) => {
    expect(parisDate(new Date(instant))).toEqual(date);
  });
});

describe('ageOn', () => {
  const on = (iso: string) => parseIsoDate(iso);
  it.each([
    ['1990-04-12', '2026-04-11', 35],
    ['1990-04-12', '2026-04-12', 36],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['2000-02-29', '2028-02-29', 28],
  ])('born %s, on %s: %i', (birth, today, age) => {
    expect(ageOn(birth, on(today))).toBe(age);
  });

  it('refuses what is not an ISO date', () => {
    expect(() => parseIsoDate('12/04/1990')).toThrow(RangeError);
  });
});
