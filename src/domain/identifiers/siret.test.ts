import { describe, it, expect } from 'vitest';
import {
  LA_POSTE_HEAD_OFFICE_SIRET,
  isValidLuhn,
  isValidSiren,
  isValidSiret,
  normalizeSiret,
  sirenOf,
} from './siret.js';

/** Sum of the digits, recomputed here so the La Poste cases document their own arithmetic. */
const digitSum = (digits: string): number => [...digits].reduce((sum, d) => sum + Number(d), 0);

describe('isValidLuhn', () => {
  it.each<[string, boolean]>([
    ['0', true],
    ['18', true],
    ['79927398713', true],
    ['79927398710', false],
    ['4539578763621486', true],
    ['4539578763621487', false],
    ['', false],
    ['12 34', false],
    ['１８', false],
    ['-18', false],
  ])('%j → %s', (digits, valid) => {
    expect(isValidLuhn(digits)).toBe(valid);
  });
});

describe('normalizeSiret', () => {
  it.each([
    ['824 541 148 00006', '82454114800006'],
    ['824\u00a0541\u00a0148', '824541148'],
    ['  82454114800006 ', '82454114800006'],
    ['824-541-148', '824-541-148'],
  ])('%j → %j', (input, normalized) => {
    expect(normalizeSiret(input)).toBe(normalized);
  });
});

describe('isValidSiren', () => {
  it.each<[string, boolean]>([
    ['824541148', true], // Action Logement Services
    ['824 541 148', true],
    ['552100554', true],
    ['732829320', true],
    ['356000000', true], // La Poste: its SIREN does follow Luhn
    ['824541149', false],
    ['824541184', false],
    ['82454114', false],
    ['8245411480', false],
    ['82454114A', false],
    ['', false],
  ])('%j → %s', (siren, valid) => {
    expect(isValidSiren(siren)).toBe(valid);
  });
});

describe('isValidSiret', () => {
  it.each<[string, boolean]>([
    // Action Logement Services establishments: NICs chosen so the Luhn key holds (computed).
    ['82454114800006', true],
    ['824 541 148 00014', true],
    ['82454114800022', true],
    ['82454114800007', false],
    ['82454114800015', false],
    ['73282932000074', true],
    ['12345678200010', true],
    ['12345678200011', false],
    ['8245411480000', false],
    ['824541148000060', false],
    ['8245411480000A', false],
    ['', false],
  ])('%j → %s', (siret, valid) => {
    expect(isValidSiret(siret)).toBe(valid);
  });

  describe('La Poste exception', () => {
    it.each<[string, number, boolean, boolean]>([
      // siret, digit sum, Luhn, expected
      ['35600000000001', 15, false, true],
      ['35600000049837', 45, false, true],
      ['35600000000006', 20, true, true],
      ['35600000000014', 19, true, false],
      ['35600000012345', 29, false, false],
      ['35600000000049', 27, false, false],
    ])('%s (digit sum %d, Luhn %s) → %s', (siret, sum, luhn, valid) => {
      expect(digitSum(siret)).toBe(sum);
      expect(isValidLuhn(siret)).toBe(luhn);
      expect(isValidSiret(siret)).toBe(valid);
    });

    it('accepts the head office 35600000000048 by its Luhn key, not the digit sum', () => {
      expect(LA_POSTE_HEAD_OFFICE_SIRET).toBe('35600000000048');
      expect(digitSum('35600000000048')).toBe(26);
      expect(digitSum('35600000000048') % 5).not.toBe(0);
      expect(isValidLuhn('35600000000048')).toBe(true);
      expect(isValidSiret('356 000 000 00048')).toBe(true);
    });
  });
});

describe('sirenOf', () => {
  it.each<[string, string | null]>([
    ['82454114800006', '824541148'],
    ['824 541 148 00014', '824541148'],
    ['35600000000048', '356000000'],
    ['824541148', null],
    ['8245411480000A', null],
    ['', null],
  ])('%j → %j', (siret, siren) => {
    expect(sirenOf(siret)).toBe(siren);
  });
});
