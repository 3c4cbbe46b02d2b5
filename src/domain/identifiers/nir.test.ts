import { describe, it, expect } from 'vitest';
import { isValidNir, nirKey, normalizeNir } from './nir.js';

// Keys computed independently as 97 - (n mod 97), e.g. in Python: 97 - 1850578006084 % 97 == 91.
describe('nirKey', () => {
  it.each([
    ['1850578006084', '91'],
    ['2550814168025', '38'],
    ['2690299350210', '46'],
    ['2820519067001', '34'],
    ['1 80 12 2A 123 456', '02'],
    ['180122a123456', '02'],
    ['1 80 12 2B 123 456', '29'],
    ['1 80 12 19 123 456', '02'],
    ['1 80 12 18 123 456', '29'],
    ['2 69 05 20 001 042', '61'],
    ['7850578006084', '82'],
  ])('key of %j is %s', (first13, key) => {
    expect(nirKey(first13)).toBe(key);
  });

  it.each([
    '',
    '185057800608',
    '18505780060845',
    '185057800608X',
    '0850578006084',
    '1850578006084 91',
  ])('throws on the malformed body %j', (first13) => {
    expect(() => nirKey(first13)).toThrow(RangeError);
  });
});

describe('normalizeNir', () => {
  it.each([
    ['1 85 05 78 006 084 91', '185057800608491'],
    ['1.85.05.78.006.084-91', '185057800608491'],
    ['1\u00a080\u00a012 2a 123 456 02', '180122A12345602'],
  ])('%j → %s', (input, normalized) => {
    expect(normalizeNir(input)).toBe(normalized);
  });
});

describe('isValidNir', () => {
  it.each<[string, boolean]>([
    ['185057800608491', true],
    ['1 85 05 78 006 084 91', true],
    ['2 55 08 14 168 025 38', true],
    ['2 82 05 19 067 001 34', true],
    ['1 80 12 2A 123 456 02', true],
    ['1 80 12 2a 123 456 02', true],
    ['1 80 12 2B 123 456 29', true],
    ['7 85 05 78 006 084 82', true],
    ['3 85 05 78 006 084 88', true],
    ['1 85 05 78 006 084 92', false],
    ['1 85 05 78 006 084 19', false],
    ['1 80 12 2A 123 456 29', false],
    ['1 80 12 2B 123 456 02', false],
    ['1 80 12 2C 123 456 02', false],
    ['1 80 12 A2 123 456 02', false],
    ['0 85 05 78 006 084 91', false],
    ['5 85 05 78 006 084 91', false],
    ['1 85 05 78 006 084 9', false],
    ['1 85 05 78 006 084 911', false],
    ['1 85 05 78 006 08A 91', false],
    ['', false],
  ])('%j → %s', (input, valid) => {
    expect(isValidNir(input)).toBe(valid);
  });

  it('accepts every key computed by nirKey and rejects its neighbours', () => {
    for (const body of ['1850578006084', '2690520001042', '180122A123456', '4991297999999']) {
      const key = Number(nirKey(body));
      expect(isValidNir(`${body}${String(key).padStart(2, '0')}`)).toBe(true);
      expect(isValidNir(`${body}${String((key % 97) + 1).padStart(2, '0')}`)).toBe(false);
    }
  });
});
