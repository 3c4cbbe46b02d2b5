import { describe, expect, it } from 'vitest';
import type { RegistrationApplication } from '../../registration/contract.js';
import { buildApplication, buildPerson } from '../applicant-file/fixtures.js';
import {
  householdCategory,
  householdOf,
  type CategoryClause,
  type Household,
} from './household.js';

const TODAY = new Date('2026-11-24T09:00:00Z');

/** A household of `persons` persons: a couple plus non-dependant members unless told otherwise. */
function household(overrides: Partial<Household> & { persons: number }): Household {
  return {
    dependants: 0,
    disabledPersons: 0,
    isAloneWithDependants: false,
    isYoungCouple: false,
    coupleAgeSum: null,
    ...overrides,
  };
}

const alone = (dependants: number) =>
  household({ persons: 1 + dependants, dependants, isAloneWithDependants: true });

describe('householdCategory: every clause of the arrêté du 29 juillet 1987, art. 2', () => {
  it.each<[string, Household, number, number, CategoryClause[]]>([
    ['1: one person alone', household({ persons: 1 }), 1, 0, ['single_person']],
    ['2: two persons, no dependant', household({ persons: 2 }), 2, 0, ['persons']],
    [
      '2: one person with a disability',
      household({ persons: 1, disabledPersons: 1 }),
      2,
      0,
      ['disability'],
    ],
    ['3: three persons', household({ persons: 3, dependants: 1 }), 3, 0, ['persons']],
    ['3: one person + 1 dependant', alone(1), 3, 0, ['alone_with_dependants']],
    [
      '3: jeune ménage, no dependant',
      household({ persons: 2, isYoungCouple: true }),
      3,
      0,
      ['young_couple'],
    ],
    [
      '3: two persons, one with a disability',
      household({ persons: 2, disabledPersons: 1 }),
      3,
      0,
      ['disability'],
    ],
    ['4: four persons', household({ persons: 4, dependants: 2 }), 4, 0, ['persons']],
    ['4: one person + 2 dependants', alone(2), 4, 0, ['alone_with_dependants']],
    [
      '4: three persons, one with a disability',
      household({ persons: 3, disabledPersons: 1 }),
      4,
      0,
      ['disability'],
    ],
    ['5: five persons', household({ persons: 5 }), 5, 0, ['persons']],
    ['5: one person + 3 dependants', alone(3), 5, 0, ['alone_with_dependants']],
    [
      '5: four persons, one with a disability',
      household({ persons: 4, disabledPersons: 1 }),
      5,
      0,
      ['disability'],
    ],
    ['6: six persons', household({ persons: 6 }), 6, 0, ['persons']],
    ['6: one person + 4 dependants', alone(4), 6, 0, ['alone_with_dependants']],
    [
      '6: five persons, one with a disability',
      household({ persons: 5, disabledPersons: 1 }),
      6,
      0,
      ['disability'],
    ],
    ['beyond: seven persons', household({ persons: 7 }), 6, 1, ['persons', 'per_extra_person']],
    ['beyond: eight persons', household({ persons: 8 }), 6, 2, ['persons', 'per_extra_person']],
    [
      'beyond: six persons, one with a disability',
      household({ persons: 6, disabledPersons: 1 }),
      6,
      1,
      ['disability', 'per_extra_person'],
    ],
    [
      'beyond: seven persons, one with a disability',
      household({ persons: 7, disabledPersons: 1 }),
      6,
      2,
      ['disability', 'per_extra_person'],
    ],
    [
      'beyond: one person + 5 dependants',
      alone(5),
      6,
      1,
      ['alone_with_dependants', 'per_extra_person'],
    ],
  ])('category %s', (_label, h, category, extraPersons, reasons) => {
    expect(householdCategory(h)).toEqual({ category, extraPersons, reasons });
  });

  it.each<[string, Household, number, CategoryClause[]]>([
    [
      'two disabled persons count once (at least one)',
      household({ persons: 3, disabledPersons: 2 }),
      4,
      ['disability'],
    ],
    [
      'a disabled single parent: the clauses do not add up',
      { ...alone(1), disabledPersons: 1 },
      3,
      ['alone_with_dependants', 'disability'],
    ],
    [
      'a disabled jeune ménage',
      household({ persons: 2, isYoungCouple: true, disabledPersons: 1 }),
      3,
      ['young_couple', 'disability'],
    ],
  ])('%s', (_label, h, category, reasons) => {
    expect(householdCategory(h)).toMatchObject({ category, extraPersons: 0, reasons });
  });

  it('refuses a household without anybody', () => {
    expect(() => householdCategory(household({ persons: 0 }))).toThrow(RangeError);
  });
});

const partner = (birthDate: string, hasDisability = false) =>
  buildPerson({ civility: 'm', firstName: 'Hugo', birthDate, hasDisability });
const child = (overrides: { isDependant?: boolean; hasDisability?: boolean } = {}) => ({
  relationship: 'child' as const,
  firstName: 'Léa',
  lastName: 'Lefèvre',
  birthDate: '2018-03-02',
  isDependant: true,
  hasDisability: false,
  ...overrides,
});
/** Applicant 27 on 2026-11-24 (born 1999-11-24). */
const couple = (partnerBirth: string, extra: Partial<RegistrationApplication> = {}) =>
  buildApplication({
    applicant: buildPerson({ birthDate: '1999-11-24' }),
    coApplicant: partner(partnerBirth),
    ...extra,
  });

describe('householdOf: from the registration application', () => {
  it('counts the applicant alone', () => {
    expect(householdOf(buildApplication(), TODAY)).toEqual({
      persons: 1,
      dependants: 0,
      disabledPersons: 0,
      isAloneWithDependants: false,
      isYoungCouple: false,
      coupleAgeSum: null,
    });
  });

  it('counts applicant, co-applicant, members, dependants and disabilities', () => {
    const application = couple('1980-01-01', {
      applicant: buildPerson({ hasDisability: true }),
      household: [child(), child({ hasDisability: true }), child({ isDependant: false })],
    });
    expect(householdOf(application, TODAY)).toMatchObject({
      persons: 5,
      dependants: 2,
      disabledPersons: 2,
      isAloneWithDependants: false,
      isYoungCouple: false,
    });
  });

  it.each<[string, string, number, boolean, number]>([
    ['ages adding up to exactly 55', '1998-06-01', 55, true, 3],
    ['ages adding up to 56', '1997-06-01', 56, false, 2],
    ['a partner turning 29 tomorrow (55 today)', '1997-11-25', 55, true, 3],
    ['a partner turning 29 today (56)', '1997-11-24', 56, false, 2],
  ])('jeune ménage: %s', (_label, partnerBirth, sum, young, category) => {
    const h = householdOf(couple(partnerBirth), TODAY);
    expect(h).toMatchObject({ coupleAgeSum: sum, isYoungCouple: young });
    expect(householdCategory(h).category).toBe(category);
  });

  it('reads ages on the Paris calendar date (00:30 in Paris is already the birthday)', () => {
    const h = householdOf(couple('1997-11-24'), new Date('2026-11-23T23:30:00Z'));
    expect(h.coupleAgeSum).toBe(56);
  });

  it('a young couple with a dependant is no jeune ménage (three persons anyway)', () => {
    const h = householdOf(couple('1998-06-01', { household: [child()] }), TODAY);
    expect(h.isYoungCouple).toBe(false);
    expect(householdCategory(h)).toEqual({ category: 3, extraPersons: 0, reasons: ['persons'] });
  });

  it('one person with dependants only is "alone with dependants"; with another adult, not', () => {
    const single = householdOf(buildApplication({ household: [child(), child()] }), TODAY);
    expect(single).toMatchObject({ persons: 3, isAloneWithDependants: true });
    expect(householdCategory(single).category).toBe(4);
    const withGrandparent = householdOf(
      buildApplication({ household: [child(), child({ isDependant: false })] }),
      TODAY,
    );
    expect(withGrandparent.isAloneWithDependants).toBe(false);
    expect(householdCategory(withGrandparent).category).toBe(3);
  });
});
