import { describe, expect, it } from 'vitest';
import { seedCeilingCells, seedCeilingRows } from './ceiling-seed.js';
import {
  ceilingFor,
  cellsFromRow,
  deriveCeilingRow,
  latestCeilingYear,
  tableFromCells,
  type CeilingRow,
  type FinancingType,
} from './ceilings.js';
import type { HouseholdCategory } from './household.js';
import type { CeilingZone } from './zones.js';

const TABLE = seedCeilingRows().map((r) => r.row);

// DOMAIN.md §4, typed again by hand: the seed files must hold exactly these figures.
const OFFICIAL: [FinancingType, number, CeilingZone, (number | null)[], number | null][] = [
  ['PLUS', 2026, 1, [26920, 40233, 52740, 62968, 74919, 84304], 9394],
  ['PLUS', 2026, 2, [26920, 40233, 48362, 57930, 68577, 77171], 8598],
  ['PLUS', 2026, 3, [23403, 31254, 37584, 45374, 53376, 60156], 6710],
  ['PLUS', 2025, 1, [26687, 39885, 52284, 62424, 74271, 83575], 9313],
  ['PLUS', 2025, 2, [26687, 39885, 47944, 57429, 67984, 76504], 8524],
  ['PLUS', 2025, 3, [23201, 30984, 37259, 44982, 52915, 59636], 6652],
  ['PLAI', 2025, 1, [14683, 23931, 31369, 34338, 40847, 45968], 5121],
  ['PLAI', 2025, 2, [14683, 23931, null, null, null, null], null],
  ['PLAI', 2025, 3, [12759, 18591, 22356, 24875, 29105, 32800], 3657],
];

describe('the seeded ceilings', () => {
  it.each(OFFICIAL)('%s %i zone %i', (financing, year, zone, amounts, perExtraPerson) => {
    const row = TABLE.find((r) => r.financing === financing && r.year === year && r.zone === zone);
    expect(row).toEqual({ financing, year, zone, amounts, perExtraPerson });
  });

  it('derives every PLS row from PLUS × 1.3, rounded down to the euro', () => {
    const pls = TABLE.filter((r) => r.financing === 'PLS');
    expect(pls).toHaveLength(6);
    expect(pls.find((r) => r.year === 2026 && r.zone === 1)).toEqual({
      financing: 'PLS',
      year: 2026,
      zone: 1,
      // 26 920 × 1.3 = 34 996; 40 233 × 1.3 = 52 302.9 → 52 302; 9 394 × 1.3 = 12 212.2 → 12 212
      amounts: [34996, 52302, 68562, 81858, 97394, 109595],
      perExtraPerson: 12212,
    });
    for (const row of pls) {
      const plus = TABLE.find(
        (r) => r.financing === 'PLUS' && r.year === row.year && r.zone === row.zone,
      );
      row.amounts.forEach((amount, i) => {
        const base = plus?.amounts[i] ?? 0;
        expect(amount).toBe(Math.floor((base * 13) / 10));
      });
    }
  });

  it('has no PLAI 2026 and no PLI rows (entered later / other zoning)', () => {
    expect(TABLE.some((r) => r.financing === 'PLAI' && r.year === 2026)).toBe(false);
    expect(TABLE.some((r) => r.financing === 'PLI')).toBe(false);
  });

  it('stores one cell per entered amount, with its source', () => {
    const cells = seedCeilingCells();
    // 6 full PLUS rows + 6 PLS + 2 full PLAI = 14 × 7, plus PLAI zone 2 categories 1–2.
    expect(cells).toHaveLength(14 * 7 + 2);
    expect(cells.every((c) => c.source.length > 0)).toBe(true);
    expect(tableFromCells(cells)).toEqual(expect.arrayContaining(TABLE));
  });
});

describe('ceilingFor', () => {
  const q = (
    financing: FinancingType,
    year: number,
    zone: CeilingZone,
    category: HouseholdCategory,
    extraPersons = 0,
  ) => ceilingFor(TABLE, { financing, year, zone, category, extraPersons })?.amount ?? null;

  it.each<[FinancingType, number, CeilingZone, HouseholdCategory, number, number | null]>([
    ['PLUS', 2026, 1, 1, 0, 26920],
    ['PLUS', 2026, 2, 3, 0, 48362],
    ['PLUS', 2026, 3, 6, 0, 60156],
    ['PLUS', 2026, 1, 6, 1, 84304 + 9394],
    ['PLUS', 2026, 3, 6, 2, 60156 + 2 * 6710],
    ['PLUS', 2025, 2, 4, 0, 57429],
    ['PLS', 2026, 3, 1, 0, 30423],
    ['PLAI', 2025, 1, 4, 0, 34338],
    ['PLAI', 2025, 2, 2, 0, 23931],
    ['PLAI', 2025, 2, 3, 0, null],
    ['PLAI', 2025, 1, 6, 1, 45968 + 5121],
    ['PLAI', 2025, 2, 6, 1, null],
    ['PLAI', 2026, 1, 1, 0, null],
    ['PLI', 2026, 1, 1, 0, null],
  ])('%s %i zone %i category %i + %i → %j', (financing, year, zone, category, extra, amount) => {
    expect(q(financing, year, zone, category, extra)).toBe(amount);
  });

  it('returns the row it used', () => {
    expect(
      ceilingFor(TABLE, { financing: 'PLUS', year: 2025, zone: 3, category: 2, extraPersons: 0 })
        ?.row,
    ).toMatchObject({
      financing: 'PLUS',
      year: 2025,
      zone: 3,
    });
  });
});

describe('latestCeilingYear', () => {
  it.each([
    [2026, 2026],
    [2027, 2026],
    [2025, 2025],
    [2024, null],
  ])('in %i → %j', (year, expected) => {
    expect(latestCeilingYear(TABLE, year)).toBe(expected);
  });
});

describe('rows and cells', () => {
  const row: CeilingRow = {
    year: 2030,
    financing: 'PLUS',
    zone: 2,
    amounts: [1, 2, null, 4, 5, 6],
    perExtraPerson: null,
  };

  it('round-trips a partial row', () => {
    expect(cellsFromRow(row).map((c) => c.category)).toEqual([1, 2, 4, 5, 6]);
    expect(tableFromCells(cellsFromRow(row))).toEqual([row]);
  });

  it('derives only from the named financing type', () => {
    const rule = {
      financing: 'PLS' as const,
      derivedFrom: 'PLUS' as const,
      numerator: 13,
      denominator: 10,
    };
    expect(deriveCeilingRow(row, rule).amounts).toEqual([1, 2, null, 5, 6, 7]);
    expect(() => deriveCeilingRow({ ...row, financing: 'PLAI' }, rule)).toThrow(RangeError);
  });
});
