import { describe, it, expect } from 'vitest';
import type { RegistrationApplication } from '../../registration/contract.js';
import { buildApplication, buildDocument, buildPerson } from './fixtures.js';
import { diffApplications, type Change } from './material-change.js';

type Member = RegistrationApplication['household'][number];

const child = (overrides: Partial<Member> = {}): Member => ({
  relationship: 'child',
  firstName: 'Léo',
  lastName: 'Lefèvre',
  birthDate: '2018-03-01',
  isDependant: true,
  hasDisability: false,
  ...overrides,
});

const BASE = buildApplication({
  coApplicant: buildPerson({ civility: 'm', firstName: 'Samir', birthName: 'Haddad' }),
  household: [child(), child({ firstName: 'Inès', birthDate: '2021-07-14' })],
});
const with_ = (overrides: Partial<RegistrationApplication>) => ({ ...BASE, ...overrides });
const applicantWith = (
  professional: Partial<RegistrationApplication['applicant']['professional']>,
) =>
  with_({
    applicant: {
      ...BASE.applicant,
      professional: { ...BASE.applicant.professional, ...professional },
    },
  });
const coApplicant = BASE.coApplicant ?? buildPerson();
const resources = (overrides: Partial<RegistrationApplication['resources']>) =>
  with_({ resources: { ...BASE.resources, ...overrides } });

describe('diffApplications: one change at a time', () => {
  it.each<[RegistrationApplication, Change]>([
    // Material: income.
    [
      resources({ taxIncomeN2: 26_000 }),
      { field: 'resources.taxIncomeN2', before: 24_000, after: 26_000, material: true },
    ],
    [
      resources({ taxIncomeN1: null }),
      { field: 'resources.taxIncomeN1', before: 25_000, after: null, material: true },
    ],
    [
      resources({ taxYearN2: 2025 }),
      { field: 'resources.taxYearN2', before: 2024, after: 2025, material: true },
    ],
    [
      resources({ monthlyIncomeCents: 230_000 }),
      { field: 'resources.monthlyIncomeCents', before: 210_000, after: 230_000, material: true },
    ],
    [
      resources({ housingBenefitCents: 9_000 }),
      { field: 'resources.housingBenefitCents', before: 0, after: 9_000, material: true },
    ],
    // Material: employment, of either adult.
    [
      applicantWith({ employerSiret: '35600000000048' }),
      {
        field: 'applicant.professional.employerSiret',
        before: '73282932000074',
        after: '35600000000048',
        material: true,
      },
    ],
    [
      applicantWith({ employerName: 'Autre SA' }),
      {
        field: 'applicant.professional.employerName',
        before: 'Entreprise Exemple',
        after: 'Autre SA',
        material: true,
      },
    ],
    [
      applicantWith({ status: 'unemployed' }),
      {
        field: 'applicant.professional.status',
        before: 'private_employee',
        after: 'unemployed',
        material: true,
      },
    ],
    [
      with_({
        coApplicant: {
          ...coApplicant,
          professional: { ...coApplicant.professional, employerSiret: null },
        },
      }),
      {
        field: 'coApplicant.professional.employerSiret',
        before: '73282932000074',
        after: null,
        material: true,
      },
    ],
    // Material: household flags and identity of the adults.
    [
      with_({
        household: [
          child({ isDependant: false }),
          child({ firstName: 'Inès', birthDate: '2021-07-14' }),
        ],
      }),
      { field: 'household[0].isDependant', before: true, after: false, material: true },
    ],
    [
      with_({
        household: [
          child(),
          child({ firstName: 'Inès', birthDate: '2021-07-14', hasDisability: true }),
        ],
      }),
      { field: 'household[1].hasDisability', before: false, after: true, material: true },
    ],
    [
      with_({ applicant: { ...BASE.applicant, hasDisability: true } }),
      { field: 'applicant.hasDisability', before: false, after: true, material: true },
    ],
    [
      with_({ applicant: { ...BASE.applicant, birthDate: '1990-04-13' } }),
      { field: 'applicant.birthDate', before: '1990-04-12', after: '1990-04-13', material: true },
    ],
    [
      with_({ applicant: { ...BASE.applicant, usageName: 'Haddad' } }),
      { field: 'applicant.usageName', before: null, after: 'Haddad', material: true },
    ],
    [
      with_({ applicant: { ...BASE.applicant, nir: '290047511200199' } }),
      {
        field: 'applicant.nir',
        before: '•••••••••••••34',
        after: '•••••••••••••99',
        material: true,
      },
    ],
    // Not material: contact, employment details, housing, wishes, documents, validity.
    [
      with_({ applicant: { ...BASE.applicant, email: 'c.l@example.org' } }),
      {
        field: 'applicant.email',
        before: 'camille.lefevre@example.org',
        after: 'c.l@example.org',
        material: false,
      },
    ],
    [
      with_({ coApplicant: { ...coApplicant, mobilePhone: null } }),
      { field: 'coApplicant.mobilePhone', before: '+33612345678', after: null, material: false },
    ],
    [
      applicantWith({ contractType: 'cdd' }),
      {
        field: 'applicant.professional.contractType',
        before: 'cdi',
        after: 'cdd',
        material: false,
      },
    ],
    [
      applicantWith({ workplace: null }),
      {
        field: 'applicant.professional.workplace',
        before: 'Rennes (35000)',
        after: null,
        material: false,
      },
    ],
    [
      with_({
        household: [
          child({ birthDate: '2018-03-02' }),
          child({ firstName: 'Inès', birthDate: '2021-07-14' }),
        ],
      }),
      {
        field: 'household[0].birthDate',
        before: '2018-03-01',
        after: '2018-03-02',
        material: false,
      },
    ],
    [
      with_({ currentHousing: { situation: 'hosted_family', monthlyRentCents: 72_000 } }),
      {
        field: 'currentHousing.situation',
        before: 'tenant_private',
        after: 'hosted_family',
        material: false,
      },
    ],
    [
      with_({ reasons: ['too_small', 'other'] }),
      { field: 'reasons', before: 'other', after: 'other, too_small', material: false },
    ],
    [
      with_({ wanted: { ...BASE.wanted, typologies: ['T3', 'T2'] } }),
      { field: 'wanted.typologies', before: 'T2', after: 'T2, T3', material: false },
    ],
    [
      with_({ wanted: { ...BASE.wanted, communes: [] } }),
      { field: 'wanted.communes', before: 'Rennes (35000)', after: null, material: false },
    ],
    [
      with_({ documents: [buildDocument()] }),
      { field: 'documents.count', before: 0, after: 1, material: false },
    ],
    [
      with_({ validUntil: '2027-10-15' }),
      { field: 'validUntil', before: '2026-10-15', after: '2027-10-15', material: false },
    ],
    [
      with_({ status: 'to_renew' }),
      { field: 'status', before: 'active', after: 'to_renew', material: false },
    ],
  ])('%#: $field', (after, change) => {
    expect(diffApplications(BASE, after)).toEqual({
      changes: [change],
      isMaterial: change.material,
    });
  });
});

describe('diffApplications: household composition', () => {
  const fields = (a: RegistrationApplication, b: RegistrationApplication) =>
    diffApplications(a, b).changes.map(
      (c) => `${c.field}:${String(c.before)}→${String(c.after)}${c.material ? ' (material)' : ''}`,
    );

  it.each<[string, RegistrationApplication, RegistrationApplication, string[]]>([
    ['no change at all', BASE, structuredClone(BASE), []],
    [
      'a member added',
      BASE,
      with_({
        household: [...BASE.household, child({ firstName: 'Noé', birthDate: '2026-05-02' })],
      }),
      ['household.count:2→3 (material)', 'household[2]:null→Noé Lefèvre (material)'],
    ],
    [
      'the first member removed: the other is not reported as changed',
      BASE,
      with_({ household: BASE.household.slice(1) }),
      ['household.count:2→1 (material)', 'household[0]:Léo Lefèvre→null (material)'],
    ],
    ['members reordered: nothing', BASE, with_({ household: [...BASE.household].reverse() }), []],
    [
      'a first name corrected: same member',
      BASE,
      with_({ household: [child({ firstName: 'Léon' }), BASE.household[1] ?? child()] }),
      ['household[0].firstName:Léo→Léon'],
    ],
    [
      'a member replaced by another person',
      BASE,
      with_({
        household: [
          child({ firstName: 'Zoé', birthDate: '2019-01-01' }),
          BASE.household[1] ?? child(),
        ],
      }),
      ['household[0]:null→Zoé Lefèvre (material)', 'household[0]:Léo Lefèvre→null (material)'],
    ],
    [
      'a co-applicant removed',
      BASE,
      with_({ coApplicant: null }),
      ['coApplicant:Samir Haddad→null (material)'],
    ],
    [
      'a co-applicant added',
      with_({ coApplicant: null }),
      BASE,
      ['coApplicant:null→Samir Haddad (material)'],
    ],
  ])('%s', (_label, before, after, expected) => {
    expect(fields(before, after)).toEqual(expected);
  });

  it('is material as soon as one change is, and lists the others too', () => {
    const after = with_({ coApplicant: null, wanted: { ...BASE.wanted, mayWiden: false } });
    const diff = diffApplications(BASE, after);
    expect(diff.isMaterial).toBe(true);
    expect(diff.changes.map((c) => [c.field, c.material])).toEqual([
      ['wanted.mayWiden', false],
      ['coApplicant', true],
    ]);
  });

  it('is not material when only wishes and contact details change', () => {
    const after = with_({
      wanted: { ...BASE.wanted, housingType: 'house', mayWiden: false },
      applicant: { ...BASE.applicant, smsConsent: false },
    });
    expect(diffApplications(BASE, after).isMaterial).toBe(false);
    expect(diffApplications(BASE, after).changes).toHaveLength(3);
  });
});
