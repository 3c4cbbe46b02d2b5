import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  easterSunday,
  frenchPublicHolidays,
  isPublicHoliday,
  isWorkingDay,
  parisDay,
  workingDaysLate,
} from './working-days.js';

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses a year before the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
  });
});

describe('frenchPublicHolidays', () => {
  it('lists the eleven holidays of 2026 in order, with the moveable ones from Easter', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'new_year' },
      { date: '2026-04-06', name: 'easter_monday' },
      { date: '2026-05-01', name: 'labour_day' },
      { date: '2026-05-08', name: 'victory_1945' },
      { date: '2026-05-14', name: 'ascension' },
      { date: '2026-05-25', name: 'whit_monday' },
      { date: '2026-07-14', name: 'bastille_day' },
      { date: '2026-08-15', name: 'assumption' },
      { date: '2026-11-01', name: 'all_saints' },
      { date: '2026-11-11', name: 'armistice_1918' },
      { date: '2026-12-25', name: 'christmas' },
    ]);
  });

  it.each([
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
    [2028, '2028-04-17', '2028-05-25', '2028-06-05'],
    [2029, '2029-04-02', '2029-05-10', '2029-05-21'],
    [2030, '2030-04-22', '2030-05-30', '2030-06-10'],
  ])(
    '%i: Easter Monday %s, Ascension %s, Whit Monday %s',
    (year, easterMonday, ascension, whitMonday) => {
      const byName = new Map(frenchPublicHolidays(year).map((h) => [h.name, h.date]));
      expect(byName.get('easter_monday')).toBe(easterMonday);
      expect(byName.get('ascension')).toBe(ascension);
      expect(byName.get('whit_monday')).toBe(whitMonday);
      expect(frenchPublicHolidays(year)).toHaveLength(11);
    },
  );

  it('does not count Good Friday nor 26 December (Alsace-Moselle only)', () => {
    expect(isPublicHoliday('2026-04-03')).toBe(false);
    expect(isPublicHoliday('2026-12-26')).toBe(false);
    expect(isPublicHoliday('2026-12-25')).toBe(true);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-04-03', true, 'Friday before Easter'],
    ['2026-04-04', false, 'Saturday'],
    ['2026-04-05', false, 'Easter Sunday'],
    ['2026-04-06', false, 'Easter Monday'],
    ['2026-04-07', true, 'Tuesday after Easter'],
    ['2026-05-14', false, 'Ascension Thursday'],
    ['2026-05-25', false, 'Whit Monday'],
    ['2027-07-14', false, 'Bastille Day on a Wednesday'],
    ['2029-08-15', false, 'Assumption on a Wednesday'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe('addWorkingDays: due date of a request 3 working days later', () => {
  it.each([
    ['2026-04-03', '2026-04-09', 'Friday before Easter Monday: Tue, Wed, Thu'],
    ['2026-04-04', '2026-04-09', 'Saturday before Easter Monday'],
    ['2026-04-30', '2026-05-06', 'Thursday before 1 May: Mon, Tue, Wed'],
    ['2026-05-06', '2026-05-12', 'Wednesday before 8 May (a Friday)'],
    ['2026-05-12', '2026-05-18', 'Tuesday before Ascension: Wed, Fri, Mon'],
    ['2026-05-21', '2026-05-27', 'Thursday before Whit Monday: Fri, Tue, Wed'],
    ['2026-11-09', '2026-11-13', 'Monday before 11 November (a Wednesday)'],
    ['2026-11-28', '2026-12-02', 'Saturday: Mon, Tue, Wed'],
    ['2025-12-24', '2025-12-30', 'Christmas Eve: Fri 26, Mon 29, Tue 30'],
    ['2025-12-30', '2026-01-05', 'over New Year: Wed 31, Fri 2, Mon 5'],
    ['2027-03-26', '2027-04-01', 'Friday before Easter Monday 2027'],
    ['2027-07-12', '2027-07-16', 'Monday before Bastille Day 2027'],
    ['2028-04-14', '2028-04-20', 'Friday before Easter Monday 2028'],
    ['2030-05-29', '2030-06-04', 'Wednesday before Ascension 2030: Fri, Mon, Tue'],
  ])('%s → %s (%s)', (start, due) => {
    expect(addWorkingDays(start, 3)).toBe(due);
  });

  it('returns the start itself for zero days and refuses a negative count', () => {
    expect(addWorkingDays('2026-04-04', 0)).toBe('2026-04-04');
    expect(() => addWorkingDays('2026-04-04', -1)).toThrow(RangeError);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addWorkingDays('2026-02-30', 3)).toThrow(RangeError);
  });
});

describe('workingDaysLate', () => {
  it.each([
    ['2026-04-09', '2026-04-09', 0],
    ['2026-04-09', '2026-04-10', 1],
    ['2026-04-09', '2026-04-12', 1],
    ['2026-04-09', '2026-04-14', 3],
    ['2026-05-13', '2026-05-15', 1],
  ])('due %s, today %s → %i', (due, today, late) => {
    expect(workingDaysLate(due, today)).toBe(late);
  });
});

describe('parisDay', () => {
  it('reads the date in Paris, not in UTC', () => {
    expect(parisDay(new Date('2026-04-02T22:30:00Z'))).toBe('2026-04-03');
    expect(parisDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(parisDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('adds calendar days across months', () => {
    expect(addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});

describe('isCustomerServiceOpen', () => {
  it.each([
    ['2026-11-24T08:00:00Z', true, 'Tuesday 9:00 in Paris (winter time)'],
    ['2026-11-24T07:59:00Z', false, 'Tuesday 8:59'],
    ['2026-11-24T16:59:00Z', true, 'Tuesday 17:59'],
    ['2026-11-24T17:00:00Z', false, 'Tuesday 18:00'],
    ['2026-07-15T07:30:00Z', true, 'Wednesday 9:30 in summer time'],
    ['2026-07-14T10:00:00Z', false, 'Bastille Day'],
    ['2026-11-28T10:00:00Z', false, 'Saturday'],
  ])('%s → %s (%s)', async (instant, open) => {
    const { isCustomerServiceOpen } = await import('./service-hours.js');
    expect(isCustomerServiceOpen(new Date(instant))).toBe(open);
  });
});
