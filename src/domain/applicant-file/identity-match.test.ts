import { describe, it, expect } from 'vitest';
import {
  compareIdentity,
  normalizeName,
  type AccountIdentity,
  type ApplicationIdentity,
  type IdentityMismatch,
} from './identity-match.js';

const PERSON: ApplicationIdentity = {
  birthName: 'Lefèvre',
  usageName: "N'Diaye-Martin",
  firstName: 'Jean-Pierre',
  birthDate: '1984-02-29',
};

const account = (overrides: Partial<AccountIdentity> = {}): AccountIdentity => ({
  lastName: 'LEFEVRE',
  firstName: 'jean pierre',
  birthDate: '1984-02-29',
  ...overrides,
});

describe('normalizeName', () => {
  it.each([
    ['Lefèvre', 'lefevre'],
    ['LEFÈVRE', 'lefevre'],
    ['Jean-Pierre', 'jeanpierre'],
    ['  jean  pierre ', 'jeanpierre'],
    ["N'Diaye", 'ndiaye'],
    ['N’Diaye', 'ndiaye'],
    ['Œdipe', 'oedipe'],
    ['Lætitia', 'laetitia'],
    ['Çelik', 'celik'],
    ['Müller', 'muller'],
    ['Jean‐Pierre', 'jeanpierre'], // U+2010 hyphen
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('compareIdentity', () => {
  it.each<[string, AccountIdentity, ApplicationIdentity, IdentityMismatch[]]>([
    ['same person typed differently', account(), PERSON, []],
    ['accents kept', account({ lastName: 'Lefèvre', firstName: 'Jean-Pierre' }), PERSON, []],
    ['usage name', account({ lastName: 'ndiaye martin' }), PERSON, []],
    ['usage name with apostrophe variant', account({ lastName: 'N’DIAYE-MARTIN' }), PERSON, []],
    ['no birth date on the account: not compared', account({ birthDate: null }), PERSON, []],
    ['other last name', account({ lastName: 'Lefebvre' }), PERSON, ['last_name']],
    ['part of a compound usage name', account({ lastName: 'Martin' }), PERSON, ['last_name']],
    ['other first name', account({ firstName: 'Jean' }), PERSON, ['first_name']],
    ['other birth date', account({ birthDate: '1984-03-01' }), PERSON, ['birth_date']],
    [
      'everything differs',
      account({ lastName: 'Dupont', firstName: 'Marie', birthDate: '1990-01-01' }),
      PERSON,
      ['last_name', 'first_name', 'birth_date'],
    ],
    [
      'no usage name on the application',
      account({ lastName: 'ndiaye martin' }),
      { ...PERSON, usageName: null },
      ['last_name'],
    ],
    [
      'empty usage name never matches an empty last name',
      account({ lastName: '' }),
      { ...PERSON, usageName: '' },
      ['last_name'],
    ],
    [
      'punctuation only is not a name',
      account({ firstName: '-' }),
      { ...PERSON, firstName: "'" },
      ['first_name'],
    ],
  ])('%s', (_label, acc, person, mismatches) => {
    expect(compareIdentity(acc, person)).toEqual({ matches: mismatches.length === 0, mismatches });
  });
});
