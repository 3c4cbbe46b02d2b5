// Statutory priority situations (Code de la construction et de l'habitation, art. L441-1) as they
// can be read from the social-housing application (CERFA 14069). The mapping is a design choice
// documented in docs/ranking.md: each situation is a named criterion that the ranking rule gives
// points to, so the applicant can be told which ones counted.
//   disability             a member of the household has a disability, or "disability" is a reason
//   violence               reason "violence" (domestic violence, threats)
//   eviction               reason "eviction" (threatened with eviction without rehousing)
//   non_decent_housing     reason "non_decent" or current housing "non_decent" (unfit, insalubrious)
//   homeless               current housing "homeless" (no home at all)
//   temporary_shelter      current housing "shelter" or "hotel" (emergency or transitional housing)
//   hosted_by_third_party  current housing "hosted_third_party" (housed by someone not family)

import type { RegistrationApplication } from '../../registration/contract.js';

/** Every statutory priority situation the ranking knows, in display order. */
export const PRIORITY_SITUATIONS = [
  'disability',
  'violence',
  'eviction',
  'non_decent_housing',
  'homeless',
  'temporary_shelter',
  'hosted_by_third_party',
] as const;

/** One statutory priority situation. */
export type PrioritySituation = (typeof PRIORITY_SITUATIONS)[number];

type ApplicationFacts = Pick<
  RegistrationApplication,
  'applicant' | 'coApplicant' | 'household' | 'reasons' | 'currentHousing'
>;

const TESTS: Record<PrioritySituation, (app: ApplicationFacts) => boolean> = {
  disability: (app) =>
    app.applicant.hasDisability ||
    (app.coApplicant?.hasDisability ?? false) ||
    app.household.some((m) => m.hasDisability) ||
    app.reasons.includes('disability'),
  violence: (app) => app.reasons.includes('violence'),
  eviction: (app) => app.reasons.includes('eviction'),
  non_decent_housing: (app) =>
    app.reasons.includes('non_decent') || app.currentHousing.situation === 'non_decent',
  homeless: (app) => app.currentHousing.situation === 'homeless',
  temporary_shelter: (app) =>
    app.currentHousing.situation === 'shelter' || app.currentHousing.situation === 'hotel',
  hosted_by_third_party: (app) => app.currentHousing.situation === 'hosted_third_party',
};

/** The priority situations an application shows, in the order of PRIORITY_SITUATIONS. */
export function prioritySituationsOf(app: ApplicationFacts): PrioritySituation[] {
  return PRIORITY_SITUATIONS.filter((situation) => TESTS[situation](app));
}
