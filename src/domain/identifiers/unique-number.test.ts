import { describe, it, expect } from 'vitest';
import {
  formatUniqueNumber,
  normalizeUniqueNumber,
  parseUniqueNumber,
  type UniqueNumber,
  type UniqueNumberError,
} from './unique-number.js';

describe('normalizeUniqueNumber', () => {
  it.each([
    ['1111023517879GDPUB', '1111023517879GDPUB'],
    ['111 10 23 517879 gdpub', '1111023517879GDPUB'],
    ['111-10-23-517879-GDPUB', '1111023517879GDPUB'],
    ['111.10.23.517879.GDPUB', '1111023517879GDPUB'],
    ['  111\u00a01023\t517879 GDPUB\n', '1111023517879GDPUB'],
    ['111\u201310\u201323 517879 GDPUB', '1111023517879GDPUB'],
    ['111/10/23', '111/10/23'],
  ])('%j → %j', (input, normalized) => {
    expect(normalizeUniqueNumber(input)).toBe(normalized);
  });
});

describe('parseUniqueNumber: the seed examples', () => {
  it.each<[string, UniqueNumber]>([
    [
      '1111023517879GDPUB',
      {
        normalized: '1111023517879GDPUB',
        territory: '111',
        month: '10',
        year: '23',
        sequence: '517879',
        office: 'GDPUB',
        isIleDeFrance: true,
      },
    ],
    [
      '1110520020171G1175',
      {
        normalized: '1110520020171G1175',
        territory: '111',
        month: '05',
        year: '20',
        sequence: '020171',
        office: 'G1175',
        isIleDeFrance: true,
      },
    ],
    [
      '111092062114ACLOG',
      {
        normalized: '111092062114ACLOG',
        territory: '111',
        month: '09',
        year: '20',
        sequence: '62114',
        office: 'ACLOG',
        isIleDeFrance: true,
      },
    ],
  ])('reads %s', (input, value) => {
    expect(parseUniqueNumber(input)).toEqual({ ok: true, value });
  });
});

describe('parseUniqueNumber: territories', () => {
  it.each<[string, boolean]>([
    ['029', false],
    ['02A', false],
    ['02B', false],
    ['001', false],
    ['095', true],
    ['060', false],
    ['075', true],
    ['093', true],
    ['971', false],
    ['976', false],
  ])('accepts %s (Île-de-France: %s)', (territory, isIleDeFrance) => {
    const result = parseUniqueNumber(`${territory}0124000123GDPUB`);
    expect(result.ok && result.value.territory).toBe(territory);
    expect(result.ok && result.value.isIleDeFrance).toBe(isIleDeFrance);
  });

  it.each(['000', '020', '096', '110', '112', '02C', '2A0', '970', '975', '977', 'ABC'])(
    'rejects %s',
    (territory) => {
      expect(parseUniqueNumber(`${territory}0124000123GDPUB`)).toEqual({
        ok: false,
        reason: 'territory',
      });
    },
  );
});

describe('parseUniqueNumber: errors', () => {
  it.each<[string, string, UniqueNumberError]>([
    ['nothing typed', '', 'empty'],
    ['only separators', ' - . ', 'empty'],
    ['a slash', '111/10/23/517879/GDPUB', 'characters'],
    ['an accented letter', '1111023517879GDPÉB', 'characters'],
    ['an underscore', '111_1023517879GDPUB', 'characters'],
    ['too short', '1111023517GDPUB', 'length'],
    ['16 characters', '11110235178GDPUB', 'length'],
    ['19 characters', '11110235178790GDPUB', 'length'],
    ['unknown territory', '9991023517879GDPUB', 'territory'],
    ['month 00', '1110023517879GDPUB', 'month'],
    ['month 13', '1111323517879GDPUB', 'month'],
    ['year and month swapped (2023-10 as 2310)', '1112310517879GDPUB', 'month'],
    ['letter in the year', '111102X517879GDPUB', 'month'],
    ['letter O for a zero in the sequence', '1110520O20171G1175', 'sequence'],
    ['office starting with a digit', '11110235178791DPUB', 'office'],
    ['all digits', '111102351787912345', 'office'],
    ['17 characters, office missing a letter', '1110920621149CLOG', 'office'],
  ])('%s: %j → %s', (_label, input, reason) => {
    expect(parseUniqueNumber(input)).toEqual({ ok: false, reason });
  });

  it('accepts lower case and separators', () => {
    const result = parseUniqueNumber('111 05 20 020171 g1175');
    expect(result).toMatchObject({ ok: true, value: { normalized: '1110520020171G1175' } });
  });
});

describe('formatUniqueNumber', () => {
  it.each([
    ['1111023517879GDPUB', '111 10 23 517879 GDPUB'],
    ['1110520020171G1175', '111 05 20 020171 G1175'],
    ['111092062114ACLOG', '111 09 20 62114 ACLOG'],
    ['02A0124000123GDPUB', '02A 01 24 000123 GDPUB'],
    ['9991023517879GDPUB', '9991023517879GDPUB'],
    ['', ''],
  ])('%j → %j', (normalized, display) => {
    expect(formatUniqueNumber(normalized)).toBe(display);
  });
});
