// Income ceilings are versioned data (year × financing × zone × category; DOMAIN.md §4): the
// table is loaded from the database and passed in, never written in code. An amount that has not
// been entered yet (PLAI zone 2 categories 3–6, PLAI 2026) is null or absent: the rule is then
// "unknown", never passed.

import type { HouseholdCategory } from './household.js';
import type { CeilingZone } from './zones.js';

/** How the home was financed: decides which ceiling table applies. */
export type FinancingType = 'PLAI' | 'PLUS' | 'PLS' | 'PLI';

/** Every financing type. */
export const FINANCING_TYPES: readonly FinancingType[] = ['PLAI', 'PLUS', 'PLS', 'PLI'];

/** Financing types whose ceilings follow zones 1–3 (PLI uses the A bis/A/B1/B2-C zoning). */
export const ZONED_FINANCING_TYPES: readonly Exclude<FinancingType, 'PLI'>[] = [
  'PLAI',
  'PLUS',
  'PLS',
];

/** The amounts (whole euros) of categories 1 to 6; null where not entered yet. */
export type CategoryAmounts = [
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

/** The ceilings of one year, financing type and zone. */
export type CeilingRow = {
  year: number;
  financing: FinancingType;
  zone: CeilingZone;
  amounts: CategoryAmounts;
  /** Added per person above category 6; null where not entered yet. */
  perExtraPerson: number | null;
};

/** The whole ceilings table, as loaded from the database. */
export type CeilingTable = readonly CeilingRow[];

/** One stored amount: category 1..6, or 0 for the per-extra-person amount. */
export type CeilingCell = {
  year: number;
  financing: FinancingType;
  zone: CeilingZone;
  category: 0 | HouseholdCategory;
  amount: number;
};

/** What a ceiling is looked up by. */
export type CeilingQuery = {
  year: number;
  financing: FinancingType;
  zone: CeilingZone;
  category: HouseholdCategory;
  extraPersons: number;
};

/** The ceiling for a household, or null when the table lacks the row or one of its amounts. */
export function ceilingFor(
  table: CeilingTable,
  query: CeilingQuery,
): { amount: number; row: CeilingRow } | null {
  const row = table.find(
    (r) => r.year === query.year && r.financing === query.financing && r.zone === query.zone,
  );
  const base = row?.amounts[query.category - 1] ?? null;
  if (!row || base === null) return null;
  if (query.extraPersons === 0) return { amount: base, row };
  if (row.perExtraPerson === null) return null;
  return { amount: base + query.extraPersons * row.perExtraPerson, row };
}

/** The latest year of the table not after `year` (null when there is none). */
export function latestCeilingYear(table: CeilingTable, year: number): number | null {
  let best: number | null = null;
  for (const row of table) {
    if (row.year <= year && (best === null || row.year > best)) best = row.year;
  }
  return best;
}

/** Groups stored amounts into table rows (amounts missing from the cells stay null). */
export function tableFromCells(cells: readonly CeilingCell[]): CeilingRow[] {
  const rows = new Map<string, CeilingRow>();
  for (const cell of cells) {
    const key = `${cell.year}|${cell.financing}|${cell.zone}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        year: cell.year,
        financing: cell.financing,
        zone: cell.zone,
        amounts: [null, null, null, null, null, null],
        perExtraPerson: null,
      };
      rows.set(key, row);
    }
    if (cell.category === 0) row.perExtraPerson = cell.amount;
    else row.amounts[cell.category - 1] = cell.amount;
  }
  return [...rows.values()].sort(
    (a, b) => b.year - a.year || a.financing.localeCompare(b.financing) || a.zone - b.zone,
  );
}

/** Flattens table rows into stored amounts (null amounts are left out). */
export function cellsFromRow(row: CeilingRow): CeilingCell[] {
  const cells: CeilingCell[] = [];
  row.amounts.forEach((amount, index) => {
    if (amount !== null) {
      cells.push({ ...rowKey(row), category: (index + 1) as HouseholdCategory, amount });
    }
  });
  if (row.perExtraPerson !== null)
    cells.push({ ...rowKey(row), category: 0, amount: row.perExtraPerson });
  return cells;
}

function rowKey(row: CeilingRow): Pick<CeilingCell, 'year' | 'financing' | 'zone'> {
  return { year: row.year, financing: row.financing, zone: row.zone };
}

/** A ratio applied to another financing's ceilings, rounded down to the euro (PLS = PLUS × 13/10). */
export type DerivedCeilingRule = {
  financing: FinancingType;
  derivedFrom: FinancingType;
  numerator: number;
  denominator: number;
};

/** Derives a row by the rule (integer arithmetic: no floating-point rounding surprise). */
export function deriveCeilingRow(source: CeilingRow, rule: DerivedCeilingRule): CeilingRow {
  if (source.financing !== rule.derivedFrom) {
    throw new RangeError(
      `${rule.financing} derives from ${rule.derivedFrom}, not ${source.financing}`,
    );
  }
  const apply = (amount: number | null) =>
    amount === null ? null : Math.floor((amount * rule.numerator) / rule.denominator);
  return {
    ...source,
    financing: rule.financing,
    amounts: source.amounts.map(apply) as CategoryAmounts,
    perExtraPerson: apply(source.perExtraPerson),
  };
}
