// Business rules of an offer's figures and dates (issue 4 "Validation"), as a pure function that
// returns every problem with the field it concerns. Dates are ISO calendar dates (`YYYY-MM-DD`),
// compared as strings; `today` is the publication date (the Paris date of the request).
import { parisDate } from '../../domain/eligibility/calendar.js';
import type { FieldProblem } from '../../server/errors.js';

/** Plausible surface, m². */
export const SURFACE_RANGE = { min: 9, max: 300 } as const;
/** Plausible rent excluding charges, cents a month (50 € – 3,000 €). */
export const RENT_RANGE = { min: 5_000, max: 300_000 } as const;
/** Highest plausible charges, cents a month (and never above the rent). */
export const MAX_CHARGES_CENTS = 100_000;

/** The figures and dates the rules look at. */
export type OfferFigures = {
  surfaceM2: number;
  rentCents: number;
  chargesCents: number;
  availableOn: string;
  applicationDeadline: string;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

/** The Paris calendar date of an instant, `YYYY-MM-DD`. */
export function isoToday(now: Date): string {
  const d = parisDate(now);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Every rule the offer breaks (empty when it may be saved and published on `today`). */
export function offerProblems(offer: OfferFigures, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (offer.surfaceM2 < SURFACE_RANGE.min || offer.surfaceM2 > SURFACE_RANGE.max) {
    problems.push({ path: 'surfaceM2', code: 'offer.surface_implausible' });
  }
  if (offer.rentCents < RENT_RANGE.min || offer.rentCents > RENT_RANGE.max) {
    problems.push({ path: 'rentCents', code: 'offer.rent_implausible' });
  }
  if (
    offer.chargesCents < 0 ||
    offer.chargesCents > MAX_CHARGES_CENTS ||
    offer.chargesCents > offer.rentCents
  ) {
    problems.push({ path: 'chargesCents', code: 'offer.charges_implausible' });
  }
  problems.push(...offerDateProblems(offer, today));
  const hasLat = offer.latitude !== null && offer.latitude !== undefined;
  const hasLon = offer.longitude !== null && offer.longitude !== undefined;
  if (hasLat && !hasLon) problems.push({ path: 'longitude', code: 'field.required' });
  if (hasLon && !hasLat) problems.push({ path: 'latitude', code: 'field.required' });
  return problems;
}

/** The rules of an offer's dates on `today`: deadline after it, availability after the deadline. */
export function offerDateProblems(
  dates: Pick<OfferFigures, 'applicationDeadline' | 'availableOn'>,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (dates.applicationDeadline <= today) {
    problems.push({ path: 'applicationDeadline', code: 'offer.deadline_not_after_publication' });
  }
  if (dates.availableOn <= dates.applicationDeadline) {
    problems.push({ path: 'availableOn', code: 'offer.availability_not_after_deadline' });
  }
  return problems;
}

/** The fields the eligibility of applicants depends on (locked once candidacies exist). */
export const ELIGIBILITY_FIELDS = [
  'communeInsee',
  'typology',
  'rentCents',
  'chargesCents',
  'financing',
] as const;

/** The eligibility fields whose value differs between two versions of an offer. */
export function changedEligibilityFields(
  before: Record<(typeof ELIGIBILITY_FIELDS)[number], unknown>,
  after: Record<(typeof ELIGIBILITY_FIELDS)[number], unknown>,
): (typeof ELIGIBILITY_FIELDS)[number][] {
  return ELIGIBILITY_FIELDS.filter((field) => before[field] !== after[field]);
}
