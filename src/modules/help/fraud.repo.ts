import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { fraudReports } from '../../db/schema/index.js';

/** A fraud report as stored. */
export type FraudReportRow = typeof fraudReports.$inferSelect;

/** Inserts a report. */
export async function insertFraudReport(
  q: Queryable,
  values: typeof fraudReports.$inferInsert,
): Promise<FraudReportRow> {
  const [row] = await q.insert(fraudReports).values(values).returning();
  if (!row) throw new Error('insert fraud_reports returned nothing');
  return row;
}

/** Reports, newest first, optionally of one status. */
export function listFraudReports(q: Queryable, status: FraudReportRow['status'] | undefined) {
  const conditions: SQL[] = [];
  if (status) conditions.push(eq(fraudReports.status, status));
  return q
    .select()
    .from(fraudReports)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(fraudReports.createdAt))
    .limit(500);
}

/** A report by id. */
export async function findFraudReport(q: Queryable, id: string): Promise<FraudReportRow | null> {
  const rows = await q.select().from(fraudReports).where(eq(fraudReports.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Updates a report's handling. */
export async function updateFraudReport(
  q: Queryable,
  id: string,
  patch: Partial<typeof fraudReports.$inferInsert>,
): Promise<FraudReportRow | null> {
  const [row] = await q.update(fraudReports).set(patch).where(eq(fraudReports.id, id)).returning();
  return row ?? null;
}
