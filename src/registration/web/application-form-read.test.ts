import { describe, expect, it } from 'vitest';
import { buildDemoApplications } from '../seed-data.js';
import { readApplicationForm } from './application-form-read.js';
import { draftToValues, type FormBody } from './form-fields.js';

const NOW = new Date('2026-11-24T09:00:00Z');
const TODAY = '2026-11-24';

const base: FormBody = {
  'applicant.civility': 'm',
  'applicant.birthName': 'Dupont',
  'applicant.firstName': 'Jean',
  'applicant.birthDate': '1988-04-12',
  'applicant.nationality': 'french',
  'applicant.email': 'jean@exemple.fr',
  'applicant.status': 'private_employee',
  hasCoApplicant: 'non',
  taxIncomeN2: '24800',
  taxYearN2: '2024',
  monthlyIncome: '2080',
  housingSituation: 'tenant_private',
  reasons: 'too_expensive',
  typologies: ['T1', 'T2'],
  housingType: 'flat',
  'commune.0.name': 'Montreuil',
  'commune.0.inseeCode': '93048',
  'commune.0.postcode': '93100',
};

const errorsOf = (overrides: FormBody) => {
  const result = readApplicationForm({ ...base, ...overrides }, TODAY);
  return result.ok ? {} : result.errors;
};

describe('readApplicationForm', () => {
  it('gives back every demo application from the values the edit form shows', () => {
    for (const { application } of buildDemoApplications(NOW)) {
      const { applicant, coApplicant, household, resources, currentHousing, reasons, wanted } =
        application;
      const draft = {
        applicant,
        coApplicant,
        household,
        resources,
        currentHousing,
        reasons,
        wanted,
      };
      expect(readApplicationForm(draftToValues(draft), TODAY), application.uniqueNumber).toEqual({
        ok: true,
        draft,
      });
    }
  });

  it('reads a minimal form, with French amounts and no co-applicant', () => {
    const result = readApplicationForm({ ...base, monthlyIncome: '2 080,50 €' }, TODAY);
    expect(result.ok && result.draft).toMatchObject({
      coApplicant: null,
      household: [],
      resources: { monthlyIncomeCents: 208_050, housingBenefitCents: 0 },
      applicant: { birthName: 'DUPONT' },
    });
  });

  it.each([
    [
      'a SIRET failing the Luhn key',
      { 'applicant.employerSiret': '43218765600018', 'applicant.employerName': 'X' },
      'applicant.employerSiret',
    ],
    [
      'a SIRET of 13 digits',
      { 'applicant.employerSiret': '4321876560001' },
      'applicant.employerSiret',
    ],
    [
      'a SIRET without employer name',
      { 'applicant.employerSiret': '43218765600017' },
      'applicant.employerName',
    ],
    ['a NIR with a wrong key', { 'applicant.nir': '188047511504280' }, 'applicant.nir'],
    ['a landline', { 'applicant.mobilePhone': '01 23 45 67 89' }, 'applicant.mobilePhone'],
    ['a birth date in the future', { 'applicant.birthDate': '2030-01-01' }, 'applicant.birthDate'],
    ['an impossible date', { 'applicant.birthDate': '31/02/1990' }, 'applicant.birthDate'],
    ['no reason', { reasons: [] }, 'reasons'],
    [
      'no commune',
      { 'commune.0.name': '', 'commune.0.inseeCode': '', 'commune.0.postcode': '' },
      'commune.0.name',
    ],
    [
      'a commune without postcode',
      { 'commune.1.name': 'Brest', 'commune.1.inseeCode': '29019' },
      'commune.1.postcode',
    ],
    ['a half-filled household row', { 'household.2.firstName': 'Léa' }, 'household.2.relationship'],
    ['a co-applicant announced but missing', { hasCoApplicant: 'oui' }, 'coApplicant.birthName'],
    ['an unknown choice', { housingSituation: 'castle' }, 'housingSituation'],
    ['a negative income', { taxIncomeN2: '-5' }, 'taxIncomeN2'],
    ['an income year too old', { taxYearN2: '2019' }, 'taxYearN2'],
  ] satisfies [string, FormBody, string][])('refuses %s', (_label, overrides, field) => {
    expect(Object.keys(errorsOf(overrides))).toContain(field);
  });

  it('accepts a Corsican NIR and a La Poste establishment SIRET', () => {
    const errors = errorsOf({
      'applicant.nir': '1 88 04 2A 004 042 71',
      'applicant.employerSiret': '356 000 000 49837',
      'applicant.employerName': 'La Poste',
    });
    expect(errors).toEqual({});
  });
});
