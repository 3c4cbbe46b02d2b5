import type { RegistrationApplication } from '../contract.js';

type Validity = Pick<
  RegistrationApplication,
  'status' | 'struckOffReason' | 'struckOffAt' | 'validUntil' | 'lastRenewedAt'
>;

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in France (`YYYY-MM-DD`), the calendar the registration rules are written in. */
export function parisDate(now: Date): string {
  return parisDay.format(now);
}

/** Adds calendar months to an ISO date, clamping to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Adds days to an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The status an application has today (DOMAIN.md §2): valid one year, a renewal reminder one month
 * before the end ("to_renew"), struck off one month after the end (13 months) when not renewed.
 */
export function currentValidity<T extends Validity>(application: T, today: string): T {
  if (application.status === 'struck_off') return application;
  const strikeDate = addMonths(application.validUntil, 1);
  if (today >= strikeDate) {
    return {
      ...application,
      status: 'struck_off',
      struckOffReason: 'not_renewed',
      struckOffAt: strikeDate,
    };
  }
  const status = today >= addMonths(application.validUntil, -1) ? 'to_renew' : 'active';
  return status === application.status ? application : { ...application, status };
}

/** Whether the application may be renewed today, or why not. */
export type RenewalCheck =
  | { ok: true; reactivation: boolean }
  | { ok: false; reason: 'too_early'; opensOn: string }
  | { ok: false; reason: 'struck_off' };

/** Renewal opens one month before the end; a file struck off for lack of renewal can be reactivated until 18 months. */
export function checkRenewal(application: Validity, today: string): RenewalCheck {
  const current = currentValidity(application, today);
  if (current.status === 'to_renew') return { ok: true, reactivation: false };
  if (current.status === 'active')
    return { ok: false, reason: 'too_early', opensOn: addMonths(current.validUntil, -1) };
  const reactivable =
    current.struckOffReason === 'not_renewed' && today <= addMonths(current.validUntil, 6);
  return reactivable ? { ok: true, reactivation: true } : { ok: false, reason: 'struck_off' };
}

/** The application renewed today: valid one more year, filing date (seniority) kept. */
export function renew<T extends Validity>(application: T, today: string): T {
  return {
    ...application,
    status: 'active',
    lastRenewedAt: today,
    validUntil: addMonths(today, 12),
    struckOffAt: null,
    struckOffReason: null,
  };
}
