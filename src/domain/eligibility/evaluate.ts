// Whether a household may apply to an offer (DOMAIN.md §4): income ceiling, typology,
// affordability, and a complete, validated, active application. Pure: today's date, the ceilings
// table and the affordability factor are passed in. Eligible only when every rule passed: a rule
// that cannot be decided ("unknown": ceiling not entered, PLI) makes the household not eligible.

import type { RegistrationApplication } from '../../registration/contract.js';
import { affordability, effortRate } from './affordability.js';
import { parisDate } from './calendar.js';
import {
  ceilingFor,
  latestCeilingYear,
  type CeilingTable,
  type FinancingType,
} from './ceilings.js';
import {
  householdCategory,
  householdOf,
  type CategoryClause,
  type HouseholdCategory,
} from './household.js';
import { allowedTypologies, type Typology } from './typology.js';
import { ceilingZoneOf, type CeilingZone } from './zones.js';

/** Outcome of one rule. */
export type RuleStatus = 'passed' | 'failed' | 'unknown';

/** Why the income rule is unknown, or what to know about how it was decided. */
export type IncomeCeilingNote =
  /** The table has no ceiling for today's year: the latest earlier year was used. */
  | 'ceiling_year_fallback'
  /** The table has no year up to today's. */
  | 'no_ceiling_year'
  /** The amount for this financing, zone and category is not entered yet. */
  | 'ceiling_not_entered'
  /** PLI ceilings follow the A bis/A/B1/B2-C zoning, not supported yet. */
  | 'financing_not_supported'
  /** The tax income is not of year N-2 of the ceilings used. */
  | 'tax_year_mismatch';

/** The income-ceiling rule: tax income of year N-2 ≤ ceiling (equal passes). */
export type IncomeCeilingRule = {
  rule: 'income_ceiling';
  status: RuleStatus;
  /** Whole euros; null when unknown. */
  ceiling: number | null;
  taxIncome: number;
  taxYear: number;
  category: HouseholdCategory;
  extraPersons: number;
  categoryReasons: CategoryClause[];
  zone: CeilingZone;
  /** The ceilings year used (null when none); `requestedYear` is today's year. */
  year: number | null;
  requestedYear: number;
  financing: FinancingType;
  notes: IncomeCeilingNote[];
};

/** The typology rule: the offer's typology suits the household size. */
export type TypologyRule = {
  rule: 'typology';
  status: RuleStatus;
  allowed: Typology[];
  offered: Typology;
  persons: number;
};

/** The affordability rule: income + housing benefit ≥ factor × (rent + charges). */
export type AffordabilityRule = {
  rule: 'affordability';
  status: RuleStatus;
  monthlyIncomeCents: number;
  housingBenefitCents: number;
  requiredCents: number;
  factor: number;
};

/** The file rule: the applicant file is validated and the application active. */
export type FileRule = {
  rule: 'file';
  status: RuleStatus;
  fileValidated: boolean;
  applicationActive: boolean;
};

/** The result of one rule. */
export type RuleResult = IncomeCeilingRule | TypologyRule | AffordabilityRule | FileRule;

/** The offer facts the rules use. */
export type EligibilityOffer = {
  communeInsee: string;
  typology: Typology;
  rentCents: number;
  chargesCents: number;
  financing: FinancingType;
};

/** Everything the eligibility of one household to one offer depends on. */
export type EligibilityInput = {
  application: RegistrationApplication;
  fileValidated: boolean;
  applicationActive: boolean;
  offer: EligibilityOffer;
  ceilings: CeilingTable;
  affordabilityFactor: number;
  today: Date;
};

/** Eligible when every rule passed; the effort rate is for information. */
export type EligibilityResult = {
  eligible: boolean;
  rules: RuleResult[];
  effortRate: number | null;
};

/** Evaluates every eligibility rule of a household for an offer. */
export function evaluateEligibility(input: EligibilityInput): EligibilityResult {
  const { application, offer } = input;
  const household = householdOf(application, input.today);
  const { resources } = application;
  const money = {
    monthlyIncomeCents: resources.monthlyIncomeCents,
    housingBenefitCents: resources.housingBenefitCents,
    rentCents: offer.rentCents,
    chargesCents: offer.chargesCents,
  };
  const afford = affordability({ ...money, factor: input.affordabilityFactor });
  const allowed = allowedTypologies(household.persons);
  const rules: RuleResult[] = [
    incomeCeilingRule(input),
    {
      rule: 'typology',
      status: allowed.includes(offer.typology) ? 'passed' : 'failed',
      allowed,
      offered: offer.typology,
      persons: household.persons,
    },
    {
      rule: 'affordability',
      status: afford.passes ? 'passed' : 'failed',
      monthlyIncomeCents: resources.monthlyIncomeCents,
      housingBenefitCents: resources.housingBenefitCents,
      requiredCents: afford.requiredCents,
      factor: input.affordabilityFactor,
    },
    {
      rule: 'file',
      status: input.fileValidated && input.applicationActive ? 'passed' : 'failed',
      fileValidated: input.fileValidated,
      applicationActive: input.applicationActive,
    },
  ];
  return {
    eligible: rules.every((r) => r.status === 'passed'),
    rules,
    effortRate: effortRate(money),
  };
}

/** The income-ceiling rule alone (ceilings of today's year, else the latest earlier year). */
export function incomeCeilingRule(
  input: Pick<EligibilityInput, 'application' | 'offer' | 'ceilings' | 'today'>,
): IncomeCeilingRule {
  const { category, extraPersons, reasons } = householdCategory(
    householdOf(input.application, input.today),
  );
  const { taxIncomeN2, taxYearN2 } = input.application.resources;
  const requestedYear = parisDate(input.today).year;
  const financing = input.offer.financing;
  const base = {
    rule: 'income_ceiling' as const,
    taxIncome: taxIncomeN2,
    taxYear: taxYearN2,
    category,
    extraPersons,
    categoryReasons: reasons,
    zone: ceilingZoneOf(input.offer.communeInsee),
    requestedYear,
    financing,
  };
  if (financing === 'PLI') {
    return {
      ...base,
      status: 'unknown',
      ceiling: null,
      year: null,
      notes: ['financing_not_supported'],
    };
  }
  const year = latestCeilingYear(input.ceilings, requestedYear);
  if (year === null) {
    return { ...base, status: 'unknown', ceiling: null, year: null, notes: ['no_ceiling_year'] };
  }
  const notes: IncomeCeilingNote[] = [];
  if (year !== requestedYear) notes.push('ceiling_year_fallback');
  if (taxYearN2 !== year - 2) notes.push('tax_year_mismatch');
  const found = ceilingFor(input.ceilings, {
    year,
    financing,
    zone: base.zone,
    category,
    extraPersons,
  });
  if (!found) {
    return {
      ...base,
      status: 'unknown',
      ceiling: null,
      year,
      notes: [...notes, 'ceiling_not_entered'],
    };
  }
  const status = taxIncomeN2 <= found.amount ? 'passed' : 'failed';
  return { ...base, status, ceiling: found.amount, year, notes };
}
