// The official ceilings shipped with the platform (`../data/ceilings/*.json`, DOMAIN.md §4): they
// seed an empty database; later years are entered in the back office. PLS rows are derived from
// the PLUS rows when seeding (PLS = PLUS × 1.3, rounded down to the euro) and stored like any other.

import plai2025 from '../data/ceilings/plai-2025.json' with { type: 'json' };
import plsDerivation from '../data/ceilings/pls-derivation.json' with { type: 'json' };
import plus2025 from '../data/ceilings/plus-2025.json' with { type: 'json' };
import plus2026 from '../data/ceilings/plus-2026.json' with { type: 'json' };
import {
  cellsFromRow,
  deriveCeilingRow,
  type CategoryAmounts,
  type CeilingCell,
  type CeilingRow,
  type DerivedCeilingRule,
  type FinancingType,
} from './ceilings.js';
import { CEILING_ZONES } from './zones.js';

/** A seed file: one financing type and year, the amounts of each zone. */
type SeedFile = {
  financing: string;
  year: number;
  source: string;
  zones: Record<string, { amounts: (number | null)[]; perExtraPerson: number | null }>;
};

/** A seeded row and the text it comes from. */
export type SeedCeilingRow = { row: CeilingRow; source: string };

const FILES: readonly SeedFile[] = [plus2026, plus2025, plai2025];

function asFinancing(value: string): FinancingType {
  if (value === 'PLAI' || value === 'PLUS' || value === 'PLS' || value === 'PLI') return value;
  throw new RangeError(`unknown financing type in a ceilings file: ${value}`);
}

function rowsOf(file: SeedFile): SeedCeilingRow[] {
  return CEILING_ZONES.map((zone) => {
    const data = file.zones[String(zone)];
    if (!data || data.amounts.length !== 6) {
      throw new RangeError(`${file.financing} ${file.year}: zone ${zone} needs six amounts`);
    }
    return {
      row: {
        year: file.year,
        financing: asFinancing(file.financing),
        zone,
        amounts: data.amounts as CategoryAmounts,
        perExtraPerson: data.perExtraPerson,
      },
      source: file.source,
    };
  });
}

/** Every seeded ceiling row: the files' rows, then the PLS rows derived from the PLUS rows. */
export function seedCeilingRows(): SeedCeilingRow[] {
  const rows = FILES.flatMap(rowsOf);
  const rule: DerivedCeilingRule = {
    financing: asFinancing(plsDerivation.financing),
    derivedFrom: asFinancing(plsDerivation.derivedFrom),
    numerator: plsDerivation.numerator,
    denominator: plsDerivation.denominator,
  };
  const derived = rows
    .filter(({ row }) => row.financing === rule.derivedFrom)
    .map(({ row }) => ({ row: deriveCeilingRow(row, rule), source: plsDerivation.source }));
  return [...rows, ...derived];
}

/** Every seeded amount with its source text, as stored in the database. */
export function seedCeilingCells(): (CeilingCell & { source: string })[] {
  return seedCeilingRows().flatMap(({ row, source }) =>
    cellsFromRow(row).map((cell) => ({ ...cell, source })),
  );
}
