// Working days in metropolitan France, for service deadlines such as "an answer within 3 working
// days" (DOMAIN.md §7). A working day is Monday to Friday and not a public holiday. The public
// holidays are the eleven of the Code du travail (art. L3133-1): 1 January, Easter Monday, 1 May,
// 8 May, Ascension Thursday (Easter + 39), Whit Monday (Easter + 50, also the usual "journée de
// solidarité" but still a public holiday, and the customer service is closed), 14 July, 15 August,
// 1 November, 11 November, 25 December. The local holidays of Alsace-Moselle (Good Friday,
// 26 December) and of the overseas departments are not counted: the back office works on
// metropolitan time. Dates are calendar dates `YYYY-MM-DD`, computed in UTC with no clock.

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** The names of the French public holidays. */
export type PublicHolidayName =
  | 'new_year'
  | 'easter_monday'
  | 'labour_day'
  | 'victory_1945'
  | 'ascension'
  | 'whit_monday'
  | 'bastille_day'
  | 'assumption'
  | 'all_saints'
  | 'armistice_1918'
  | 'christmas';

/** One public holiday of a year. */
export type PublicHoliday = { date: IsoDate; name: PublicHolidayName };

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(date: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`not an ISO date: ${date}`);
  const utc = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (utc.toISOString().slice(0, 10) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return utc;
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar days to a date (negative to go back). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Easter Sunday of a Gregorian year (anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): IsoDate {
  if (!Number.isInteger(year) || year < 1583) throw new RangeError(`not a Gregorian year: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromUtc(new Date(Date.UTC(year, month - 1, day)));
}

/** The eleven French public holidays of a year, in date order. */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const holidays: PublicHoliday[] = [
    { date: fixed(1, 1), name: 'new_year' },
    { date: addCalendarDays(easter, 1), name: 'easter_monday' },
    { date: fixed(5, 1), name: 'labour_day' },
    { date: fixed(5, 8), name: 'victory_1945' },
    { date: addCalendarDays(easter, 39), name: 'ascension' },
    { date: addCalendarDays(easter, 50), name: 'whit_monday' },
    { date: fixed(7, 14), name: 'bastille_day' },
    { date: fixed(8, 15), name: 'assumption' },
    { date: fixed(11, 1), name: 'all_saints' },
    { date: fixed(11, 11), name: 'armistice_1918' },
    { date: fixed(12, 25), name: 'christmas' },
  ];
  return holidays.sort((x, y) => x.date.localeCompare(y.date));
}

/** Whether a date is a French public holiday. */
export function isPublicHoliday(date: IsoDate): boolean {
  const year = toUtc(date).getUTCFullYear();
  return frenchPublicHolidays(year).some((h) => h.date === date);
}

/** Whether a date is a working day: Monday to Friday and not a public holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = toUtc(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date);
}

/**
 * The date `count` working days after `start` (the start day itself is not counted, whether or
 * not it is a working day): a request on a Friday with a 3-day target is due on Wednesday.
 */
export function addWorkingDays(start: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not a day count: ${count}`);
  let current = start;
  let left = count;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** Working days after `dueOn` up to and including `today` (0 when not late). */
export function workingDaysLate(dueOn: IsoDate, today: IsoDate): number {
  if (today <= dueOn) return 0;
  let late = 0;
  for (let day = addCalendarDays(dueOn, 1); day <= today; day = addCalendarDays(day, 1)) {
    if (isWorkingDay(day)) late += 1;
  }
  return late;
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in metropolitan France (Europe/Paris) at an instant. */
export function parisDay(instant: Date): IsoDate {
  return PARIS_DAY.format(instant);
}
