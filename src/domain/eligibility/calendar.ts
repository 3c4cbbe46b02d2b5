// Eligibility rules read "today" as a calendar date in metropolitan France: ceilings change on
// 1 January and ages turn on birthdays at midnight in Paris, not in UTC.

/** A calendar date (month 1–12). */
export type CalendarDate = { year: number; month: number; day: number };

const PARIS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Paris at the given instant. */
export function parisDate(instant: Date): CalendarDate {
  const parts = PARIS_DATE.formatToParts(instant);
  const part = (type: 'year' | 'month' | 'day') =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** Parses an ISO `YYYY-MM-DD` date (throws RangeError otherwise). */
export function parseIsoDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new RangeError(`not an ISO date: ${value}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Age in completed years on a given date (a person born on 29 February ages on 1 March). */
export function ageOn(birthDate: string, today: CalendarDate): number {
  const birth = parseIsoDate(birthDate);
  const hadBirthday =
    today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}
