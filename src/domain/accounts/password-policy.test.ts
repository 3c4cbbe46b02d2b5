import { describe, it, expect } from 'vitest';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULES,
  checkPassword,
  isPasswordAcceptable,
} from './password-policy.js';

const email = 'Marie.Dupont@example.fr';

/** The rules that fail for a password, in display order. */
function failing(password: string, context = { email }): string[] {
  return checkPassword(password, context)
    .filter((check) => !check.passed)
    .map((check) => check.rule);
}

describe('PASSWORD_RULES', () => {
  it('lists the seed rules in display order', () => {
    expect(PASSWORD_RULES).toEqual([
      'min_length',
      'digit',
      'uppercase',
      'lowercase',
      'not_username',
    ]);
    expect(PASSWORD_MIN_LENGTH).toBe(8);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });
});

describe('checkPassword', () => {
  it.each<[string, string, string[]]>([
    ['a good password', 'Logement2026', []],
    ['empty', '', ['min_length', 'digit', 'uppercase', 'lowercase']],
    ['7 characters', 'Abcde12', ['min_length']],
    ['exactly 8 characters', 'Abcdef12', []],
    ['no digit', 'Logementsocial', ['digit']],
    ['no upper-case letter', 'logement2026', ['uppercase']],
    ['no lower-case letter', 'LOGEMENT2026', ['lowercase']],
    ['only digits', '1234567890', ['uppercase', 'lowercase']],
    ['accented capital counts as upper-case', 'école2026É', []],
    ['accented small letter counts as lower-case', 'ÉCOLE2026é', []],
    ['only accented capitals', 'ÉÈÊÀÇÔ12', ['lowercase']],
    ['spaces are allowed', 'Mon logement 2026', []],
    ['combining accent counts as one character', 'Abcde1e\u0301', ['min_length']],
    ['emoji counts as one character', 'Abcde1😀', ['min_length']],
    ['equals the e-mail', 'Marie.Dupont@example.fr', ['digit', 'not_username']],
    [
      'equals the e-mail, other case',
      'MARIE.DUPONT@EXAMPLE.FR',
      ['digit', 'lowercase', 'not_username'],
    ],
    ['equals the local part', 'marie.dupont', ['digit', 'uppercase', 'not_username']],
    ['contains the local part but is longer', 'Marie.Dupont75', []],
  ])('%s', (_label, password, expected) => {
    expect(failing(password)).toEqual(expected);
  });

  it('rejects a password equal to the e-mail even when it satisfies every other rule', () => {
    const context = { email: 'Jean2Paul@example.fr' };
    expect(failing('jean2paul@EXAMPLE.fr', context)).toEqual(['not_username']);
    expect(failing('JEAN2PAUL', context)).toEqual(['lowercase', 'not_username']);
    expect(failing('Jean2Paul', context)).toEqual(['not_username']);
    expect(failing('  Jean2Paul@example.fr  ', { email: 'x@y.fr' })).toEqual([]);
    expect(failing('Jean2Paul', { email: '  Jean2Paul@example.fr ' })).toEqual(['not_username']);
  });

  it('does not flag the user name while the e-mail is still empty', () => {
    expect(failing('Logement2026', { email: '' })).toEqual([]);
    expect(failing('', { email: '' })).toEqual(['min_length', 'digit', 'uppercase', 'lowercase']);
  });

  it('returns every rule with its flag, in display order', () => {
    expect(checkPassword('abc', { email })).toEqual([
      { rule: 'min_length', passed: false },
      { rule: 'digit', passed: false },
      { rule: 'uppercase', passed: false },
      { rule: 'lowercase', passed: true },
      { rule: 'not_username', passed: true },
    ]);
  });

  it('adds max_length only when the password is too long', () => {
    const atLimit = `Aa1${'x'.repeat(PASSWORD_MAX_LENGTH - 3)}`;
    const overLimit = `${atLimit}y`;
    expect(checkPassword(atLimit, { email })).toHaveLength(PASSWORD_RULES.length);
    expect(checkPassword(overLimit, { email }).at(-1)).toEqual({
      rule: 'max_length',
      passed: false,
    });
    expect(failing(overLimit)).toEqual(['max_length']);
  });
});

describe('isPasswordAcceptable', () => {
  it.each<[string, string, boolean]>([
    ['Logement2026', email, true],
    ['Abcdef12', email, true],
    ['abcdef12', email, false],
    ['Abcdefgh', email, false],
    ['Marie.dupont1', 'marie.dupont1@example.fr', false],
    [`Aa1${'x'.repeat(200)}`, email, false],
  ])('%j for %s is %s', (password, mail, expected) => {
    expect(isPasswordAcceptable(password, { email: mail })).toBe(expected);
  });
});
