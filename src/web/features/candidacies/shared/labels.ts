import type { TFunction } from 'i18next';
import type { CandidacyOffer, CandidacyStatus, RoundStatus } from '../../../api/candidacies';
import type { BadgeTone } from '../../../ui';

/** Badge tone of each state of a candidacy (the words always say the state; the tone repeats it). */
export const STATUS_TONE: Record<CandidacyStatus, BadgeTone> = {
  applied: 'info',
  retained: 'info',
  validated: 'success',
  sent: 'info',
  visited: 'info',
  attributed: 'success',
  ranked: 'info',
  conditional: 'warning',
  lease_signed: 'success',
  moved_in: 'success',
  cancelled: 'neutral',
  not_retained: 'neutral',
  rejected: 'error',
  declined: 'neutral',
  not_attributed: 'error',
  inadmissible: 'error',
  condition_failed: 'error',
  unsuccessful: 'neutral',
};

/** Badge tone of each state of an offer's allocation round. */
export const ROUND_TONE: Record<RoundStatus, BadgeTone> = {
  published: 'info',
  closing: 'info',
  closed: 'warning',
  shortlist_validated: 'success',
  sent: 'info',
  allocated: 'success',
  unallocated: 'error',
  republished: 'neutral',
};

/** "T3 – Rennes (réf. R-12)": how an offer is named in titles and tables. */
export function offerName(
  offer: Pick<CandidacyOffer, 'typology' | 'communeName' | 'reference'>,
  t: TFunction,
): string {
  return t('candidacies.offer.name', {
    typology: offer.typology,
    commune: offer.communeName,
    reference: offer.reference,
  });
}

/** Today as `YYYY-MM-DD` in Paris (the default of date fields). */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** True for a `YYYY-MM-DD` string that is a real calendar day. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A `datetime-local` value (Paris wall clock assumed to be the browser's) as an ISO instant. */
export function localDateTimeToIso(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const REVIEW_REASONS = [
  'documents_missing',
  'documents_outdated',
  'situation_changed',
  'not_eligible',
  'application_inactive',
  'other',
] as const;

/** A reason the server gave: a known code in words, else the text as written. */
export function reasonText(reason: string, t: TFunction): string {
  if ((REVIEW_REASONS as readonly string[]).includes(reason)) {
    return t(`candidacies.reviewReasons.${reason as (typeof REVIEW_REASONS)[number]}`);
  }
  if (reason === 'income_above_ceiling' || reason === 'irregular_residence') {
    return t(`candidacies.inadmissibilityReasons.${reason}`);
  }
  return reason;
}
