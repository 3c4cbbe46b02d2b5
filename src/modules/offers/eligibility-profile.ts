// Adapter between the eligibility engine (src/domain/eligibility) and SQL: what an applicant is
// eligible to, reduced to three indexed criteria on offers (issue 4 "Eligibility in SQL from
// precomputation"): the financing × zone keys whose ceiling admits the household's income, the
// typology range of its size, and the highest rent + charges it can afford. The engine itself
// decides each criterion, so a search filtered this way agrees with `evaluateEligibility`.
import { createHash } from 'node:crypto';
import type { RegistrationApplication } from '../../registration/contract.js';
import { affordability } from '../../domain/eligibility/affordability.js';
import { parisDate } from '../../domain/eligibility/calendar.js';
import {
  ZONED_FINANCING_TYPES,
  type CeilingTable,
  type FinancingType,
} from '../../domain/eligibility/ceilings.js';
import { incomeCeilingRule } from '../../domain/eligibility/evaluate.js';
import { householdOf } from '../../domain/eligibility/household.js';
import { allowedTypologies, type Typology } from '../../domain/eligibility/typology.js';
import { CEILING_ZONES, ceilingZoneOf, type CeilingZone } from '../../domain/eligibility/zones.js';

/** A commune of each zone, to ask the engine about a zone (checked against the zoning at load). */
const ZONE_SAMPLE_COMMUNE: Record<CeilingZone, string> = { 1: '75056', 2: '77288', 3: '69123' };
for (const zone of CEILING_ZONES) {
  if (ceilingZoneOf(ZONE_SAMPLE_COMMUNE[zone]) !== zone)
    throw new Error(`zone sample of zone ${zone} is wrong`);
}

/** What a household is eligible to, as SQL criteria. */
export type EligibilityProfile = {
  /** Bit `k` set when the income is under the ceiling of key `k` (see `eligibilityKeyOf`). */
  keyMask: number;
  typologyMin: number;
  typologyMax: number;
  maxTotalCents: number;
};

/** The offer facts the criteria compare. */
export type OfferCriteria = {
  eligibilityKey: number | null;
  typologyRank: number;
  totalCents: number;
};

/** financing × zone as 0..8; null for PLI, whose ceilings the engine cannot decide yet. */
export function eligibilityKeyOf(financing: FinancingType, zone: CeilingZone): number | null {
  const index = ZONED_FINANCING_TYPES.indexOf(financing as (typeof ZONED_FINANCING_TYPES)[number]);
  return index < 0 ? null : index * CEILING_ZONES.length + (zone - 1);
}

/** The rank of a typology (T3 → 3). */
export function typologyRank(typology: Typology): number {
  return Number(typology.slice(1));
}

/** The eligibility profile of a household on `today` (ceilings of today's year, as the engine reads them). */
export function eligibilityProfile(
  application: RegistrationApplication,
  ceilings: CeilingTable,
  factor: number,
  today: Date,
): EligibilityProfile {
  let keyMask = 0;
  for (const financing of ZONED_FINANCING_TYPES) {
    for (const zone of CEILING_ZONES) {
      const rule = incomeCeilingRule({
        application,
        ceilings,
        today,
        offer: {
          communeInsee: ZONE_SAMPLE_COMMUNE[zone],
          typology: 'T1',
          rentCents: 0,
          chargesCents: 0,
          financing,
        },
      });
      const key = eligibilityKeyOf(financing, zone);
      if (rule.status === 'passed' && key !== null) keyMask |= 1 << key;
    }
  }
  const ranks = allowedTypologies(householdOf(application, today).persons).map(typologyRank);
  return {
    keyMask,
    typologyMin: Math.min(...ranks),
    typologyMax: Math.max(...ranks),
    maxTotalCents: maxAffordableCents(application.resources, factor),
  };
}

/** The highest rent + charges (cents) the affordability rule accepts for these resources. */
export function maxAffordableCents(
  resources: Pick<
    RegistrationApplication['resources'],
    'monthlyIncomeCents' | 'housingBenefitCents'
  >,
  factor: number,
): number {
  const passes = (total: number) =>
    affordability({ ...resources, rentCents: total, chargesCents: 0, factor }).passes;
  let total = Math.max(
    0,
    Math.floor((resources.monthlyIncomeCents + resources.housingBenefitCents) / factor),
  );
  while (total > 0 && !passes(total)) total -= 1;
  while (passes(total + 1)) total += 1;
  return total;
}

/** Whether a profile admits an offer (the same test the SQL filters make). */
export function profileAdmits(profile: EligibilityProfile, offer: OfferCriteria): boolean {
  return (
    offer.eligibilityKey !== null &&
    (profile.keyMask & (1 << offer.eligibilityKey)) !== 0 &&
    offer.typologyRank >= profile.typologyMin &&
    offer.typologyRank <= profile.typologyMax &&
    offer.totalCents <= profile.maxTotalCents
  );
}

/** The keys set in a mask. */
export function keysOfMask(mask: number): number[] {
  const keys: number[] = [];
  for (let key = 0; key < ZONED_FINANCING_TYPES.length * CEILING_ZONES.length; key += 1) {
    if ((mask & (1 << key)) !== 0) keys.push(key);
  }
  return keys;
}

/** A fingerprint of what profiles depend on besides the file: ceilings, factor and year. */
export function profileBasis(ceilings: CeilingTable, factor: number, today: Date): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ ceilings, factor }))
    .digest('hex')
    .slice(0, 16);
  return `${parisDate(today).year}:${hash}`;
}
