import { describe, expect, it } from 'vitest';
import type { RegistrationApplication } from '../../registration/contract.js';
import { buildApplication, buildPerson } from '../applicant-file/fixtures.js';
import { seedCeilingRows } from './ceiling-seed.js';
import type { FinancingType } from './ceilings.js';
import {
  evaluateEligibility,
  type EligibilityInput,
  type IncomeCeilingRule,
  type RuleResult,
} from './evaluate.js';

const CEILINGS = seedCeilingRows().map((r) => r.row);
const TODAY = new Date('2026-11-24T09:00:00Z');
const RENNES = '35238';

function applicationWith(taxIncomeN2: number, extra: Partial<RegistrationApplication> = {}) {
  const base = buildApplication(extra);
  return { ...base, resources: { ...base.resources, taxIncomeN2, taxYearN2: 2024 } };
}

function input(overrides: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    application: applicationWith(20_000),
    fileValidated: true,
    applicationActive: true,
    offer: {
      communeInsee: RENNES,
      typology: 'T2',
      rentCents: 60_000,
      chargesCents: 10_000,
      financing: 'PLUS',
    },
    ceilings: CEILINGS,
    affordabilityFactor: 3,
    today: TODAY,
    ...overrides,
  };
}

function rule<K extends RuleResult['rule']>(result: { rules: RuleResult[] }, name: K) {
  const found = result.rules.find((r): r is Extract<RuleResult, { rule: K }> => r.rule === name);
  if (!found) throw new Error(`no ${name} rule`);
  return found;
}

const threeChildren = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    relationship: 'child' as const,
    firstName: `Enfant${i}`,
    lastName: 'Lefèvre',
    birthDate: '2015-01-01',
    isDependant: true,
    hasDisability: false,
  }));
/** A couple over 55 with `children` dependants: category = 2 + children. */
const family = (taxIncome: number, children: number) =>
  applicationWith(taxIncome, {
    coApplicant: buildPerson({ firstName: 'Hugo', birthDate: '1975-01-01' }),
    household: threeChildren(children),
  });

describe('evaluateEligibility', () => {
  it('passes every rule for a household under the ceiling, in a suitable and affordable home', () => {
    const result = evaluateEligibility(input());
    expect(result).toEqual({
      eligible: true,
      effortRate: 0.333,
      rules: [
        {
          rule: 'income_ceiling',
          status: 'passed',
          ceiling: 23_403,
          taxIncome: 20_000,
          taxYear: 2024,
          category: 1,
          extraPersons: 0,
          categoryReasons: ['single_person'],
          zone: 3,
          year: 2026,
          requestedYear: 2026,
          financing: 'PLUS',
          notes: [],
        },
        { rule: 'typology', status: 'passed', allowed: ['T1', 'T2'], offered: 'T2', persons: 1 },
        {
          rule: 'affordability',
          status: 'passed',
          monthlyIncomeCents: 210_000,
          housingBenefitCents: 0,
          requiredCents: 210_000,
          factor: 3,
        },
        { rule: 'file', status: 'passed', fileValidated: true, applicationActive: true },
      ],
    });
  });

  it.each<[string, number, boolean]>([
    ['income equal to the ceiling', 23_403, true],
    ['1 € above the ceiling', 23_404, false],
  ])('%s', (_label, taxIncome, eligible) => {
    const result = evaluateEligibility(input({ application: applicationWith(taxIncome) }));
    expect(rule(result, 'income_ceiling').status).toBe(eligible ? 'passed' : 'failed');
    expect(result.eligible).toBe(eligible);
  });

  it.each<[string, string, 1 | 2 | 3, number]>([
    ['a Paris arrondissement', '75111', 1, 52_740],
    ['a commune bordering Paris', '92012', 1, 52_740],
    ['another Île-de-France commune', '92050', 2, 48_362],
    ['a province commune', RENNES, 3, 37_584],
  ])('uses the zone of %s', (_label, communeInsee, zone, ceiling) => {
    const offer = { ...input().offer, communeInsee, typology: 'T3' as const };
    const result = evaluateEligibility(input({ application: family(37_000, 1), offer }));
    expect(rule(result, 'income_ceiling')).toMatchObject({
      zone,
      ceiling,
      category: 3,
      status: 'passed',
    });
  });

  it.each<[FinancingType, Date, IncomeCeilingRule['status'], number | null, string[]]>([
    ['PLUS', TODAY, 'passed', 23_403, []],
    ['PLS', TODAY, 'passed', 30_423, []],
    ['PLAI', TODAY, 'unknown', null, ['ceiling_not_entered']],
    ['PLAI', new Date('2025-06-01T10:00:00Z'), 'failed', 12_759, ['tax_year_mismatch']],
    ['PLI', TODAY, 'unknown', null, ['financing_not_supported']],
  ])('%s on %s: %s', (financing, today, status, ceiling, notes) => {
    const offer = { ...input().offer, financing };
    const result = evaluateEligibility(
      input({ application: applicationWith(20_000), offer, today }),
    );
    expect(rule(result, 'income_ceiling')).toMatchObject({ status, ceiling, notes, financing });
    expect(result.eligible).toBe(status === 'passed');
  });

  it("falls back to the latest earlier year when today's is not entered, and says so", () => {
    const base = applicationWith(20_000);
    const application = { ...base, resources: { ...base.resources, taxYearN2: 2025 } };
    const result = evaluateEligibility(
      input({ application, today: new Date('2027-03-01T10:00:00Z') }),
    );
    expect(rule(result, 'income_ceiling')).toMatchObject({
      status: 'passed',
      year: 2026,
      requestedYear: 2027,
      ceiling: 23_403,
      notes: ['ceiling_year_fallback', 'tax_year_mismatch'],
    });
  });

  it('is unknown when the table has no year up to today', () => {
    const result = evaluateEligibility(input({ today: new Date('2024-05-01T10:00:00Z') }));
    expect(rule(result, 'income_ceiling')).toMatchObject({
      status: 'unknown',
      year: null,
      notes: ['no_ceiling_year'],
    });
    expect(result.eligible).toBe(false);
  });

  it('switches ceilings at midnight in Paris on 1 January', () => {
    const result = evaluateEligibility(input({ today: new Date('2025-12-31T23:30:00Z') }));
    expect(rule(result, 'income_ceiling')).toMatchObject({ year: 2026, requestedYear: 2026 });
  });

  it('adds the per-person amount beyond category 6 (7 persons in zone 1)', () => {
    const offer = {
      ...input().offer,
      communeInsee: '75120',
      typology: 'T5' as const,
      rentCents: 0,
      chargesCents: 0,
    };
    const result = evaluateEligibility(input({ application: family(93_698, 5), offer }));
    expect(rule(result, 'income_ceiling')).toMatchObject({
      category: 6,
      extraPersons: 1,
      ceiling: 84_304 + 9_394,
      status: 'passed',
    });
    const above = evaluateEligibility(input({ application: family(93_699, 5), offer }));
    expect(rule(above, 'income_ceiling').status).toBe('failed');
  });

  it('fails on a typology too large for the household', () => {
    const result = evaluateEligibility(input({ offer: { ...input().offer, typology: 'T3' } }));
    expect(rule(result, 'typology')).toMatchObject({
      status: 'failed',
      allowed: ['T1', 'T2'],
      persons: 1,
    });
    expect(result.eligible).toBe(false);
  });

  it.each<[string, number, number, boolean]>([
    ['exactly factor × (rent + charges)', 3, 210_000, true],
    ['1 cent less', 3, 209_999, false],
    ['a factor of 2.5 configured', 2.5, 175_000, true],
    ['a factor of 2.5, 1 cent less', 2.5, 174_999, false],
  ])('affordability: %s', (_label, affordabilityFactor, income, passes) => {
    const base = applicationWith(20_000);
    const application = { ...base, resources: { ...base.resources, monthlyIncomeCents: income } };
    const result = evaluateEligibility(input({ application, affordabilityFactor }));
    expect(rule(result, 'affordability')).toMatchObject({
      status: passes ? 'passed' : 'failed',
      factor: affordabilityFactor,
    });
    expect(result.eligible).toBe(passes);
  });

  it.each<[boolean, boolean]>([
    [false, true],
    [true, false],
    [false, false],
  ])('file: validated %s, active %s → not eligible', (fileValidated, applicationActive) => {
    const result = evaluateEligibility(input({ fileValidated, applicationActive }));
    expect(rule(result, 'file')).toEqual({
      rule: 'file',
      status: 'failed',
      fileValidated,
      applicationActive,
    });
    expect(result.eligible).toBe(false);
  });

  it('reports a null effort rate without income', () => {
    const base = applicationWith(0);
    const application = { ...base, resources: { ...base.resources, monthlyIncomeCents: 0 } };
    expect(evaluateEligibility(input({ application })).effortRate).toBeNull();
  });
});
