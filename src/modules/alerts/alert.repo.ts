import { and, asc, count, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { searchAlerts } from '../../db/schema/index.js';
import { AppError } from '../../server/errors.js';

/** An alert row as stored. */
export type AlertRow = typeof searchAlerts.$inferSelect;

/** The alerts of a user, oldest first. */
export function listAlerts(q: Queryable, userId: string): Promise<AlertRow[]> {
  return q
    .select()
    .from(searchAlerts)
    .where(eq(searchAlerts.userId, userId))
    .orderBy(asc(searchAlerts.createdAt), asc(searchAlerts.id));
}

/** How many alerts a user has. */
export async function countAlerts(q: Queryable, userId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(searchAlerts)
    .where(eq(searchAlerts.userId, userId));
  return row?.n ?? 0;
}

/** An alert of this user, or `resource.not_found`. */
export async function requireOwnAlert(q: Queryable, userId: string, id: string): Promise<AlertRow> {
  const [row] = await q
    .select()
    .from(searchAlerts)
    .where(and(eq(searchAlerts.id, id), eq(searchAlerts.userId, userId)))
    .limit(1);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

/** Inserts an alert. */
export async function insertAlert(
  q: Queryable,
  values: typeof searchAlerts.$inferInsert,
): Promise<AlertRow> {
  const [row] = await q.insert(searchAlerts).values(values).returning();
  if (!row) throw new Error('insert search_alerts returned nothing');
  return row;
}

/** Updates an alert. */
export async function updateAlert(
  q: Queryable,
  id: string,
  patch: Partial<typeof searchAlerts.$inferInsert>,
): Promise<AlertRow | null> {
  const [row] = await q.update(searchAlerts).set(patch).where(eq(searchAlerts.id, id)).returning();
  return row ?? null;
}

/** Deletes an alert of this user. */
export async function deleteAlert(q: Queryable, userId: string, id: string): Promise<boolean> {
  const rows = await q
    .delete(searchAlerts)
    .where(and(eq(searchAlerts.id, id), eq(searchAlerts.userId, userId)))
    .returning({ id: searchAlerts.id });
  return rows.length > 0;
}
