import { describe, it, expect } from 'vitest';
import { isCommonPassword } from './common-passwords.js';

const list: ReadonlySet<string> = new Set(['password', 'azerty', 'soleil', 'motdepasse', 'loulou']);

describe('isCommonPassword', () => {
  it.each<[string, boolean]>([
    ['password', true],
    ['Password', true],
    ['PASSWORD', true],
    ['Password1', true],
    ['Password123!', true],
    ['Password2024', true],
    ['password!', true],
    ['password!!?', true],
    ['password!2024', true],
    ['Password 2024 !', true],
    ['Azerty12', true],
    ['MotDePasse2026*', true],
    ['Soleil€', true],
    ['Password12345', false],
    ['1Password', false],
    ['MyPassword1', false],
    ['p@ssw0rd', false],
    ['Passw0rd', false],
    ['Logement2026', false],
    ['', false],
    ['2024', false],
  ])('%j → %s', (password, expected) => {
    expect(isCommonPassword(password, list)).toBe(expected);
  });

  it('uses only the list it is given', () => {
    expect(isCommonPassword('Logement2026', new Set(['logement']))).toBe(true);
    expect(isCommonPassword('Password1', new Set())).toBe(false);
  });
});
