// The household as the income-ceiling rules see it, and its category under the arrêté du
// 29 juillet 1987, art. 2 (DOMAIN.md §4). The category is the highest one any clause gives:
// - n persons → category n;
// - one person alone with k dependants → category k + 2 (the dependants count once more);
// - a "jeune ménage" (a couple whose ages add up to 55 or less, no dependant) → category 3;
// - n persons of whom at least one has a disability → category n + 1.
// Beyond 6, the household is category 6 plus one "extra person" per person-equivalent above 6
// (the disability and single-parent clauses count one more person, as the table's pattern implies).

import type { RegistrationApplication } from '../../registration/contract.js';
import { ageOn, parisDate } from './calendar.js';

/** The household facts the category depends on. */
export type Household = {
  /** Applicant + co-applicant + other members. */
  persons: number;
  /** Members declared as dependants (personnes à charge). */
  dependants: number;
  /** Persons with a disability (applicant, co-applicant, members). */
  disabledPersons: number;
  /** One adult alone (no co-applicant) whose other members are all dependants, at least one. */
  isAloneWithDependants: boolean;
  /** A couple (applicant and co-applicant) whose ages add up to 55 or less, with no dependant. */
  isYoungCouple: boolean;
  /** Sum of the applicant's and co-applicant's ages, null without a co-applicant. */
  coupleAgeSum: number | null;
};

/** A household category of the ceiling tables. */
export type HouseholdCategory = 1 | 2 | 3 | 4 | 5 | 6;

/** The clause of art. 2 that gave the category. */
export type CategoryClause =
  | 'single_person'
  | 'persons'
  | 'alone_with_dependants'
  | 'young_couple'
  | 'disability'
  | 'per_extra_person';

/** A household's category, the persons above category 6, and the clauses that applied. */
export type HouseholdCategoryResult = {
  category: HouseholdCategory;
  extraPersons: number;
  reasons: CategoryClause[];
};

/** Highest sum of ages of a "jeune ménage". */
export const YOUNG_COUPLE_MAX_AGE_SUM = 55;

/** Derives the household from a registration application, ages read on `today` (Paris date). */
export function householdOf(application: RegistrationApplication, today: Date): Household {
  const { applicant, coApplicant, household: members } = application;
  const dependants = members.filter((m) => m.isDependant).length;
  const disabledPersons = [applicant, coApplicant, ...members].filter(
    (p) => p?.hasDisability === true,
  ).length;
  const date = parisDate(today);
  const coupleAgeSum = coApplicant
    ? ageOn(applicant.birthDate, date) + ageOn(coApplicant.birthDate, date)
    : null;
  return {
    persons: 1 + (coApplicant ? 1 : 0) + members.length,
    dependants,
    disabledPersons,
    isAloneWithDependants: !coApplicant && dependants > 0 && dependants === members.length,
    isYoungCouple:
      coupleAgeSum !== null && coupleAgeSum <= YOUNG_COUPLE_MAX_AGE_SUM && dependants === 0,
    coupleAgeSum,
  };
}

/** The household category (arrêté du 29 juillet 1987, art. 2), with the clauses that gave it. */
export function householdCategory(h: Household): HouseholdCategoryResult {
  if (!Number.isInteger(h.persons) || h.persons < 1) {
    throw new RangeError(`a household has at least one person: ${h.persons}`);
  }
  const candidates: { size: number; clause: CategoryClause }[] = [
    { size: h.persons, clause: h.persons === 1 ? 'single_person' : 'persons' },
  ];
  if (h.isAloneWithDependants) {
    candidates.push({ size: h.persons + 1, clause: 'alone_with_dependants' });
  }
  if (h.isYoungCouple) candidates.push({ size: 3, clause: 'young_couple' });
  if (h.disabledPersons > 0) candidates.push({ size: h.persons + 1, clause: 'disability' });

  const size = Math.max(...candidates.map((c) => c.size));
  const reasons = candidates.filter((c) => c.size === size).map((c) => c.clause);
  const extraPersons = Math.max(0, size - 6);
  if (extraPersons > 0) reasons.push('per_extra_person');
  return { category: Math.min(size, 6) as HouseholdCategory, extraPersons, reasons };
}
