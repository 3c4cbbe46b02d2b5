import { and, asc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { companies, recoveryRequests, uploadedFiles } from '../../db/schema/index.js';

/** A recovery request as stored. */
export type RecoveryRow = typeof recoveryRequests.$inferSelect;

/** Inserts a request. */
export async function insertRecoveryRequest(
  q: Queryable,
  values: typeof recoveryRequests.$inferInsert,
): Promise<RecoveryRow> {
  const [row] = await q.insert(recoveryRequests).values(values).returning();
  if (!row) throw new Error('insert recovery_requests returned nothing');
  return row;
}

/** A request by id. */
export async function findRecoveryRequest(q: Queryable, id: string): Promise<RecoveryRow | null> {
  const rows = await q.select().from(recoveryRequests).where(eq(recoveryRequests.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The queue: by due date, optionally only one status or only those past due (pending after `today`). */
export function listRecoveryRequests(
  q: Queryable,
  filter: { status?: RecoveryRow['status'] | undefined; overdueOn?: string | undefined },
) {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(recoveryRequests.status, filter.status));
  if (filter.overdueOn)
    conditions.push(
      eq(recoveryRequests.status, 'pending'),
      lt(recoveryRequests.dueOn, filter.overdueOn),
    );
  return q
    .select()
    .from(recoveryRequests)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(recoveryRequests.dueOn), asc(recoveryRequests.createdAt))
    .limit(500);
}

/** Marks a pending request handled; false when someone handled it first. */
export async function handleRecoveryRequest(
  q: Queryable,
  id: string,
  patch: Partial<typeof recoveryRequests.$inferInsert>,
): Promise<boolean> {
  const rows = await q
    .update(recoveryRequests)
    .set(patch)
    .where(and(eq(recoveryRequests.id, id), eq(recoveryRequests.status, 'pending')))
    .returning({ id: recoveryRequests.id });
  return rows.length === 1;
}

/** The stored proof of a request. */
export async function proofOf(q: Queryable, fileId: string | null) {
  if (!fileId) return null;
  const rows = await q.select().from(uploadedFiles).where(eq(uploadedFiles.id, fileId)).limit(1);
  return rows[0] ?? null;
}

/** Client companies whose SIREN is that of a SIRET, and whether the SIRET is one of theirs. */
export async function companiesOfSiret(q: Queryable, siret: string) {
  const siren = siret.slice(0, 9);
  const rows = await q
    .select({
      id: companies.id,
      name: companies.name,
      code: companies.code,
      siretListed: sql<boolean>`${companies.sirets} @> ${JSON.stringify([siret])}::jsonb`,
    })
    .from(companies)
    .where(
      or(eq(companies.siren, siren), sql`${companies.sirets} @> ${JSON.stringify([siret])}::jsonb`),
    )
    .limit(10);
  return rows;
}
