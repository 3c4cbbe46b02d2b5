// An offer's application deadline is a calendar date: applications are accepted until the end of
// that day in metropolitan France, and the offer closes at midnight (Europe/Paris) that follows.

import { parisDate } from '../eligibility/calendar.js';

/** The Paris calendar date of an instant, `YYYY-MM-DD`. */
export function parisIsoDate(instant: Date): string {
  const d = parisDate(instant);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Whether the deadline day is over at `now` (Paris time). */
export function isDeadlinePassed(deadline: string, now: Date): boolean {
  return parisIsoDate(now) > deadline.slice(0, 10);
}

/** The instant the offer closes: midnight in Paris at the end of the deadline day. */
export function closingInstant(deadline: string): Date {
  const [y, m, d] = deadline.slice(0, 10).split('-').map(Number) as [number, number, number];
  const nextDayUtc = Date.UTC(y, m - 1, d + 1);
  // Paris is UTC+1 or UTC+2: take the offset that puts the instant at 00:00 of the next day there.
  for (const hours of [1, 2]) {
    const candidate = new Date(nextDayUtc - hours * 3600_000);
    if (
      isDeadlinePassed(deadline, candidate) &&
      !isDeadlinePassed(deadline, new Date(candidate.getTime() - 1))
    ) {
      return candidate;
    }
  }
  return new Date(nextDayUtc - 3600_000);
}
