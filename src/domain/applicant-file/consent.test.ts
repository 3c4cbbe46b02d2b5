import { describe, it, expect, expectTypeOf } from 'vitest';
import {
  CONSENT_LEVELS,
  LIMITED_FIELDS,
  allowedConsentLevels,
  visibleEmployeeData,
  type ConsentLevel,
  type EmployeeFileData,
  type VisibleEmployeeData,
} from './consent.js';

const FILE: EmployeeFileData = {
  civility: 'mme',
  lastName: 'Lefèvre',
  firstName: 'Camille',
  birthDate: '1990-04-12',
  email: 'camille.lefevre@example.org',
  employerName: 'Entreprise Exemple',
  employerSiret: '73282932000074',
  severalEmployers: false,
  workplace: { postcode: '35000', name: 'Rennes' },
  currentCommune: { postcode: '35200', name: 'Rennes' },
  wantedCommunes: [{ postcode: '35510', name: 'Cesson-Sévigné' }],
  uniqueNumber: '0351025123456GDPUB',
  platformNumber: 'AL-100001',
  household: [],
  resources: {
    taxIncomeN2: 24_000,
    taxYearN2: 2024,
    taxIncomeN1: null,
    monthlyIncomeCents: 210_000,
    housingBenefitCents: 0,
  },
  currentHousingSituation: 'tenant_private',
  reasons: ['too_small'],
  typologies: ['T2', 'T3'],
  fileStatus: 'validated',
};

const FULL_ONLY = [
  'uniqueNumber',
  'platformNumber',
  'household',
  'resources',
  'currentHousingSituation',
  'reasons',
  'typologies',
  'fileStatus',
];

describe('visibleEmployeeData', () => {
  it('shows nothing for an anonymous employee', () => {
    expect(visibleEmployeeData('anonymous', FILE)).toBeNull();
  });

  it('shows exactly the limited fields under limited consent', () => {
    const view = visibleEmployeeData('limited', FILE);
    expect(Object.keys(view ?? {}).sort()).toEqual(['level', ...LIMITED_FIELDS].sort());
    expect(view).toEqual({
      level: 'limited',
      civility: 'mme',
      lastName: 'Lefèvre',
      firstName: 'Camille',
      birthDate: '1990-04-12',
      email: 'camille.lefevre@example.org',
      employerName: 'Entreprise Exemple',
      employerSiret: '73282932000074',
      severalEmployers: false,
      workplace: { postcode: '35000', name: 'Rennes' },
      currentCommune: { postcode: '35200', name: 'Rennes' },
      wantedCommunes: [{ postcode: '35510', name: 'Cesson-Sévigné' }],
    });
  });

  it('does not leak extra properties of a wider object under limited consent', () => {
    const wider = {
      ...FILE,
      nir: '290047511200134',
      workplace: { postcode: '35000', name: 'Rennes', inseeCode: '35238' },
    };
    const view = visibleEmployeeData('limited', wider);
    expect(JSON.stringify(view)).not.toContain('290047511200134');
    expect(JSON.stringify(view)).not.toContain('35238');
  });

  it('shows the whole file under full consent', () => {
    expect(visibleEmployeeData('full', FILE)).toEqual({ level: 'full', ...FILE });
  });

  it('lists limited fields that are all fields of the file, and none of the full-only ones', () => {
    expect(LIMITED_FIELDS.filter((f) => !(f in FILE))).toEqual([]);
    expect(LIMITED_FIELDS.filter((f) => FULL_ONLY.includes(f))).toEqual([]);
    expect(Object.keys(FILE).sort()).toEqual([...LIMITED_FIELDS, ...FULL_ONLY].sort());
  });

  it('makes full-only fields unreadable until the level is checked', () => {
    const view = visibleEmployeeData('limited', FILE) as VisibleEmployeeData;
    // @ts-expect-error -- resources is not on the limited view.
    expect(view.resources).toBeUndefined();
    expectTypeOf(view.lastName).toEqualTypeOf<string>();
    if (view.level === 'full')
      expectTypeOf(view.resources).toEqualTypeOf<EmployeeFileData['resources']>();
  });
});

describe('CONSENT_LEVELS', () => {
  it('goes from least to most shared', () => {
    expect(CONSENT_LEVELS).toEqual(['anonymous', 'limited', 'full']);
  });
});

describe('allowedConsentLevels', () => {
  it.each<[string, { allowedLevels: ConsentLevel[] } | null, ConsentLevel[]]>([
    ['no company: all three', null, ['anonymous', 'limited', 'full']],
    [
      'a policy allowing all three',
      { allowedLevels: ['full', 'anonymous', 'limited'] },
      ['anonymous', 'limited', 'full'],
    ],
    [
      'a policy without full',
      { allowedLevels: ['anonymous', 'limited'] },
      ['anonymous', 'limited'],
    ],
    [
      'a policy without anonymity: kept as listed',
      { allowedLevels: ['limited', 'full'] },
      ['limited', 'full'],
    ],
    ['a policy with one level', { allowedLevels: ['full'] }, ['full']],
    ['duplicates counted once', { allowedLevels: ['limited', 'limited'] }, ['limited']],
    ['an empty policy: all three', { allowedLevels: [] }, ['anonymous', 'limited', 'full']],
    [
      'unknown values only: all three',
      { allowedLevels: ['secret' as ConsentLevel] },
      ['anonymous', 'limited', 'full'],
    ],
  ])('%s', (_label, policy, expected) => {
    expect(allowedConsentLevels(policy)).toEqual(expected);
  });

  it('returns a fresh list each time', () => {
    const levels = allowedConsentLevels(null);
    levels.pop();
    expect(allowedConsentLevels(null)).toHaveLength(3);
  });
});
