import { describe, expect, it } from 'vitest';
import type { CeilingEntry, StoredCeiling } from '../../api/ceilings';
import { ApiError } from '../../api/errors';
import {
  amountsOfYear,
  CELLS,
  collectEntries,
  FIELD_ORDER,
  fieldOfPath,
  parseAmount,
  problemOfCode,
  sourcesOf,
  storedYears,
  textsOf,
  withCellPaths,
} from './grid';

const stored = (
  year: number,
  financing: StoredCeiling['financing'],
  zone: StoredCeiling['zone'],
  category: StoredCeiling['category'],
  amount: number,
  source = 'Arrêté',
): StoredCeiling => ({
  year,
  financing,
  zone,
  category,
  amount,
  source,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const TABLE = [
  stored(2026, 'PLUS', 1, 1, 26_920),
  stored(2026, 'PLUS', 2, 3, 48_362),
  stored(2026, 'PLS', 2, 3, 62_871, 'PLUS × 1,3'),
  stored(2025, 'PLUS', 1, 1, 26_687),
];
const NOTE = { comment: '', source: '' };

describe('the ceilings grid', () => {
  it('has a cell per financing (PLAI, PLUS, PLS), zone and category, then the notes', () => {
    expect(CELLS).toHaveLength(3 * 3 * 7);
    expect(FIELD_ORDER.slice(0, 4)).toEqual([
      'PLAI-z1-c1',
      'PLAI-z2-c1',
      'PLAI-z3-c1',
      'PLAI-z1-c2',
    ]);
    expect(FIELD_ORDER.slice(-2)).toEqual(['comment', 'source']);
  });

  it('reads the stored amounts of one year, and its years and sources', () => {
    const amounts = amountsOfYear(TABLE, 2026);
    expect([...amounts]).toEqual([
      ['PLUS-z1-c1', 26_920],
      ['PLUS-z2-c3', 48_362],
      ['PLS-z2-c3', 62_871],
    ]);
    expect(textsOf(amounts)['PLUS-z2-c3']).toBe('48362');
    expect(storedYears(TABLE)).toEqual([2026, 2025]);
    expect(sourcesOf(TABLE, 2026, 'PLS')).toEqual(['PLUS × 1,3']);
  });

  it.each([
    ['26920', { amount: 26_920 }],
    [' 26 920 ', { amount: 26_920 }],
    ['26\u202f920', { amount: 26_920 }],
    ['', { amount: null }],
    ['0', { problem: 'invalid' }],
    ['-5', { problem: 'invalid' }],
    ['12,5', { problem: 'invalid' }],
    ['abc', { problem: 'invalid' }],
    ['1000000', { amount: 1_000_000 }],
    ['1000001', { problem: 'tooLarge' }],
  ])('reads %j as %j', (text, expected) => {
    expect(parseAmount(text)).toEqual(expected);
  });

  it('sends only the changed amounts, with the comment and source', () => {
    const amounts = amountsOfYear(TABLE, 2026);
    const texts = { ...textsOf(amounts), 'PLUS-z2-c3': '48 400', 'PLAI-z3-c0': '3700' };
    const { entries, problems } = collectEntries(2026, texts, amounts, {
      comment: ' Arrêté publié ',
      source: '',
    });
    expect(problems.size).toBe(0);
    expect(entries).toEqual([
      {
        year: 2026,
        financing: 'PLAI',
        zone: 3,
        category: 0,
        amount: 3_700,
        comment: 'Arrêté publié',
      },
      {
        year: 2026,
        financing: 'PLUS',
        zone: 2,
        category: 3,
        amount: 48_400,
        comment: 'Arrêté publié',
      },
    ]);
    const withSource = collectEntries(2026, texts, amounts, { comment: '', source: 'Arrêté X' });
    expect(withSource.entries[0]).toMatchObject({ comment: null, source: 'Arrêté X' });
  });

  it('reports wrong and erased amounts by cell, and sends nothing unchanged', () => {
    const amounts = amountsOfYear(TABLE, 2026);
    const texts = { ...textsOf(amounts), 'PLUS-z1-c1': '', 'PLS-z2-c3': '-1', 'PLAI-z1-c1': '2e6' };
    expect([...collectEntries(2026, texts, amounts, NOTE).problems]).toEqual([
      ['PLAI-z1-c1', 'invalid'],
      ['PLUS-z1-c1', 'required'],
      ['PLS-z2-c3', 'invalid'],
    ]);
    expect(collectEntries(2026, textsOf(amounts), amounts, NOTE).entries).toEqual([]);
  });

  it('brings the API field paths back to the cells they are about', () => {
    const entries: CeilingEntry[] = [
      { year: 2026, financing: 'PLAI', zone: 3, category: 0, amount: 3_700, comment: null },
      { year: 2026, financing: 'PLUS', zone: 2, category: 3, amount: 10, comment: null },
    ];
    expect(fieldOfPath('ceilings.1.amount', entries)).toBe('PLUS-z2-c3');
    expect(fieldOfPath('ceilings.0', entries)).toBe('PLAI-z3-c0');
    expect(fieldOfPath('ceilings.0.comment', entries)).toBe('comment');
    expect(fieldOfPath('ceilings.7.amount', entries)).toBe('ceilings.7.amount');
    expect(fieldOfPath('ceilings', entries)).toBe('ceilings');
    const error = new ApiError(400, 'validation.failed', 'Invalide', [
      { path: 'ceilings.1.amount', code: 'field.too_short', message: 'Trop petit' },
    ]);
    const named = withCellPaths(error, entries) as ApiError;
    expect(named.fields).toEqual([
      { path: 'PLUS-z2-c3', code: 'field.too_short', message: 'Trop petit' },
    ]);
    expect(named.code).toBe('validation.failed');
    expect(problemOfCode('field.too_short')).toBe('invalid');
    expect(problemOfCode('field.too_long')).toBe('tooLarge');
    expect(problemOfCode('field.invalid_choice')).toBeUndefined();
  });
});
