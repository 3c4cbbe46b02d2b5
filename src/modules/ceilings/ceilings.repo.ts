import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { incomeCeilingChanges, incomeCeilings, users } from '../../db/schema/index.js';
import { seedCeilingCells } from '../../domain/eligibility/ceiling-seed.js';
import {
  tableFromCells,
  type CeilingCell,
  type CeilingRow,
  type FinancingType,
} from '../../domain/eligibility/ceilings.js';
import type { HouseholdCategory } from '../../domain/eligibility/household.js';
import type { CeilingZone } from '../../domain/eligibility/zones.js';

/** The key of one stored amount. */
export type CeilingKey = Omit<CeilingCell, 'amount'>;

/** One stored amount as the back office sees it. */
export type StoredCeiling = CeilingCell & { source: string; updatedAt: Date };

/** One change of the history, with who made it. */
export type CeilingChange = CeilingKey & {
  id: number;
  oldAmount: number | null;
  newAmount: number;
  comment: string | null;
  actorUserId: string | null;
  actorName: string | null;
  createdAt: Date;
};

const cellColumns = {
  year: incomeCeilings.year,
  financing: incomeCeilings.financing,
  zone: incomeCeilings.zone,
  category: incomeCeilings.category,
  amount: incomeCeilings.amount,
};

// The database checks zone (1–3) and category (0–6): narrow the plain numbers it returns.
function asCell(row: {
  year: number;
  financing: FinancingType;
  zone: number;
  category: number;
  amount: number;
}): CeilingCell {
  return { ...row, zone: row.zone as CeilingZone, category: row.category as 0 | HouseholdCategory };
}

/** The whole ceilings table, for the eligibility engine (small: queried each time). */
export async function loadCeilingTable(q: Queryable): Promise<CeilingRow[]> {
  const rows = await q.select(cellColumns).from(incomeCeilings);
  return tableFromCells(rows.map(asCell));
}

/** Stored amounts, optionally of one year and financing type, in table order. */
export async function listCeilings(
  q: Queryable,
  filter: { year?: number | undefined; financing?: FinancingType | undefined } = {},
): Promise<StoredCeiling[]> {
  const conditions: SQL[] = [];
  if (filter.year !== undefined) conditions.push(eq(incomeCeilings.year, filter.year));
  if (filter.financing) conditions.push(eq(incomeCeilings.financing, filter.financing));
  const rows = await q
    .select({ ...cellColumns, source: incomeCeilings.source, updatedAt: incomeCeilings.updatedAt })
    .from(incomeCeilings)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(
      desc(incomeCeilings.year),
      asc(incomeCeilings.financing),
      asc(incomeCeilings.zone),
      asc(incomeCeilings.category),
    );
  return rows.map((r) => ({ ...asCell(r), source: r.source, updatedAt: r.updatedAt }));
}

/** The stored amount of one key, locked for update inside a transaction. */
export async function findCeilingForUpdate(
  q: Queryable,
  key: CeilingKey,
): Promise<{ amount: number; source: string } | null> {
  const [row] = await q
    .select({ amount: incomeCeilings.amount, source: incomeCeilings.source })
    .from(incomeCeilings)
    .where(
      and(
        eq(incomeCeilings.year, key.year),
        eq(incomeCeilings.financing, key.financing),
        eq(incomeCeilings.zone, key.zone),
        eq(incomeCeilings.category, key.category),
      ),
    )
    .for('update');
  return row ?? null;
}

/** Inserts or replaces one amount. */
export async function upsertCeiling(
  q: Queryable,
  cell: CeilingCell & { source: string; actorUserId: string | null; at: Date },
): Promise<void> {
  const values = {
    year: cell.year,
    financing: cell.financing,
    zone: cell.zone,
    category: cell.category,
    amount: cell.amount,
    source: cell.source,
    updatedByUserId: cell.actorUserId,
    updatedAt: cell.at,
  };
  await q
    .insert(incomeCeilings)
    .values(values)
    .onConflictDoUpdate({
      target: [
        incomeCeilings.year,
        incomeCeilings.financing,
        incomeCeilings.zone,
        incomeCeilings.category,
      ],
      set: {
        amount: values.amount,
        source: values.source,
        updatedByUserId: values.updatedByUserId,
        updatedAt: values.updatedAt,
      },
    });
}

/** Appends one change to the history. */
export async function insertCeilingChange(
  q: Queryable,
  change: CeilingKey & {
    oldAmount: number | null;
    newAmount: number;
    comment: string | null;
    actorUserId: string | null;
    at: Date;
  },
): Promise<void> {
  const { at, ...values } = change;
  await q.insert(incomeCeilingChanges).values({ ...values, createdAt: at });
}

/** The history of changes, newest first. */
export async function listCeilingChanges(
  q: Queryable,
  filter: { year?: number | undefined; limit: number },
): Promise<CeilingChange[]> {
  const c = incomeCeilingChanges;
  const rows = await q
    .select({
      id: c.id,
      year: c.year,
      financing: c.financing,
      zone: c.zone,
      category: c.category,
      oldAmount: c.oldAmount,
      newAmount: c.newAmount,
      comment: c.comment,
      actorUserId: c.actorUserId,
      actorName: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
      createdAt: c.createdAt,
    })
    .from(c)
    .leftJoin(users, eq(users.id, c.actorUserId))
    .where(filter.year !== undefined ? eq(c.year, filter.year) : undefined)
    .orderBy(desc(c.createdAt), desc(c.id))
    .limit(filter.limit);
  return rows.map((r) => ({
    ...r,
    zone: r.zone as CeilingZone,
    category: r.category as 0 | HouseholdCategory,
  }));
}

/** Seeds the official ceilings into an empty table (does nothing when any row exists). */
export async function seedCeilings(q: Queryable): Promise<number> {
  const [existing] = await q
    .select({ n: sql<number>`1` })
    .from(incomeCeilings)
    .limit(1);
  if (existing) return 0;
  const cells = seedCeilingCells();
  const inserted = await q
    .insert(incomeCeilings)
    .values(cells.map((c) => ({ ...c, updatedByUserId: null })))
    .onConflictDoNothing()
    .returning({ year: incomeCeilings.year });
  return inserted.length;
}
