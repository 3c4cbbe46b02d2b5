// How long a social-housing application stays valid (DOMAIN.md §2), as the applicant is told.
// An application is valid one year from filing or last renewal, up to and including `validUntil`.
//   active         more than one month before `validUntil`;
//   expiring_soon  from one month before `validUntil` (the reminder date, when renewal opens) to
//                  `validUntil` included;
//   expired        after `validUntil`, for one month: still renewable as a plain renewal;
//   struck_off     when the registration site says so, or from `validUntil` + 1 month (13 months
//                  after filing/renewal), the date the site strikes off an application not renewed,
//                  even if our copy has not caught up yet.
// Reactivation: an application struck off for lack of renewal can be reactivated, seniority kept,
// until 18 months after the last filing/renewal, i.e. `validUntil` + 6 months (included). Our
// reading anchors this on `validUntil`, not on `struckOffAt`: the 18 months run from the filing,
// so a site that struck off a few days late does not extend it. `struckOffAt` serves to tell a
// non-renewal strike-off (on or after `validUntil`) from one for another reason (lease signed,
// renunciation, inadmissibility: before `validUntil`), which cannot be reactivated, when the
// reason itself is not given (with neither, no reactivation is promised). Dates are calendar dates (`YYYY-MM-DD`) computed in UTC; adding a
// month to the 31st lands on the last day of a shorter month.

import type { RegistrationApplication } from '../../registration/contract.js';

/** Where the application stands today. */
export type ValidityState = 'active' | 'expiring_soon' | 'expired' | 'struck_off';

/** The application's validity as shown to the applicant. */
export type ApplicationValidity = {
  state: ValidityState;
  validUntil: string;
  /** Days from today to `validUntil` (0 on the last day) while valid; null once past. */
  daysLeft: number | null;
  /** Last day a reactivation (or late renewal) keeps the seniority; null when none is possible any more. */
  canReactivateUntil: string | null;
};

/** What the validity is computed from; the strike-off reason refines reactivation when known. */
export type ValidityInput = Pick<RegistrationApplication, 'status' | 'validUntil' | 'struckOffAt'> &
  Partial<Pick<RegistrationApplication, 'struckOffReason'>>;

/** Months before `validUntil` when the reminder is sent and renewal opens. */
export const REMINDER_MONTHS = 1;
/** Months after `validUntil` when an application not renewed is struck off (13 months in all). */
export const STRIKE_OFF_MONTHS = 1;
/** Months after `validUntil` until which a struck-off application can be reactivated (18 in all). */
export const REACTIVATION_MONTHS = 6;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads a `YYYY-MM-DD` date (a longer ISO string is cut to its date) as UTC midnight. */
function parseDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const [, y, m, d] = match;
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** The UTC calendar date of an instant, `YYYY-MM-DD`. */
function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds calendar months to a date, clamping to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsUtc(isoDate: string, months: number): string {
  const date = parseDate(isoDate);
  const day = date.getUTCDate();
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return formatDate(target);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((parseDate(to).getTime() - parseDate(from).getTime()) / DAY_MS);
}

/** Whether a struck-off application was struck off for lack of renewal (so may be reactivated). */
function isStruckOffForNonRenewal(app: ValidityInput): boolean {
  if (app.struckOffReason !== undefined && app.struckOffReason !== null) {
    return app.struckOffReason === 'not_renewed';
  }
  // Neither reason nor date: nothing tells us a reactivation is possible, so none is promised.
  return app.struckOffAt !== null && app.struckOffAt.slice(0, 10) >= app.validUntil.slice(0, 10);
}

/** The state of an application today, the days of validity left and the reactivation deadline. */
export function applicationValidity(app: ValidityInput, today: Date): ApplicationValidity {
  const day = formatDate(today);
  const validUntil = formatDate(parseDate(app.validUntil));
  const reminderFrom = addMonthsUtc(validUntil, -REMINDER_MONTHS);
  const strikeOffOn = addMonthsUtc(validUntil, STRIKE_OFF_MONTHS);
  const reactivationEnd = addMonthsUtc(validUntil, REACTIVATION_MONTHS);
  const reactivable = day <= reactivationEnd ? reactivationEnd : null;

  if (app.status === 'struck_off') {
    const canReactivateUntil = isStruckOffForNonRenewal(app) ? reactivable : null;
    return { state: 'struck_off', validUntil, daysLeft: null, canReactivateUntil };
  }
  if (day >= strikeOffOn) {
    return { state: 'struck_off', validUntil, daysLeft: null, canReactivateUntil: reactivable };
  }
  if (day > validUntil) {
    return { state: 'expired', validUntil, daysLeft: null, canReactivateUntil: reactivationEnd };
  }
  const state = day >= reminderFrom ? 'expiring_soon' : 'active';
  return { state, validUntil, daysLeft: daysBetween(day, validUntil), canReactivateUntil: null };
}
