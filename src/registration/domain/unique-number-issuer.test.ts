import { describe, expect, it } from 'vitest';
import { parseUniqueNumber } from '../../domain/identifiers/unique-number.js';
import { composeUniqueNumber, departmentOfInsee, territoryOf } from './unique-number-issuer.js';

describe('territoryOf', () => {
  it.each([
    ['75', '111'],
    ['77', '111'],
    ['78', '111'],
    ['91', '111'],
    ['92', '111'],
    ['93', '111'],
    ['94', '111'],
    ['95', '111'],
    ['29', '029'],
    ['01', '001'],
    ['2A', '02A'],
    ['2b', '02B'],
    ['69', '069'],
    ['971', '971'],
  ])('department %s → territory %s', (department, territory) => {
    expect(territoryOf(department)).toBe(territory);
  });

  it.each(['', '7', '977', 'AB', '123'])('refuses %j', (department) => {
    expect(() => territoryOf(department)).toThrow(RangeError);
  });
});

describe('departmentOfInsee', () => {
  it.each([
    ['75056', '75'],
    ['29019', '29'],
    ['2A004', '2A'],
    ['97411', '974'],
  ])('%s is in department %s', (insee, department) => {
    expect(departmentOfInsee(insee)).toBe(department);
  });
});

describe('composeUniqueNumber', () => {
  it('reproduces the structure of the real example 1111023517879GDPUB', () => {
    expect(composeUniqueNumber({ department: '93', filedAt: '2023-10-05', sequence: 517879 })).toBe(
      '1111023517879GDPUB',
    );
  });

  it('pads the sequence to 6 digits and the department to 3 characters', () => {
    const number = composeUniqueNumber({ department: '2A', filedAt: '2026-01-31', sequence: 42 });
    expect(number).toBe('02A0126000042GDPUB');
    const parsed = parseUniqueNumber(number);
    expect(parsed.ok && parsed.value).toMatchObject({
      territory: '02A',
      month: '01',
      year: '26',
      sequence: '000042',
      office: 'GDPUB',
    });
  });

  it('issues 18 characters that parseUniqueNumber accepts', () => {
    for (const department of ['01', '29', '69', '75', '95', '971', '2B']) {
      const number = composeUniqueNumber({ department, filedAt: '2026-11-24', sequence: 999_999 });
      expect(number).toHaveLength(18);
      expect(parseUniqueNumber(number).ok).toBe(true);
    }
  });

  it.each([0, -1, 1_000_000, 1.5])('refuses the sequence %s', (sequence) => {
    expect(() =>
      composeUniqueNumber({ department: '29', filedAt: '2026-11-24', sequence }),
    ).toThrow(RangeError);
  });
});
