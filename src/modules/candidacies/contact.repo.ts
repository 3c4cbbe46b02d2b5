import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { candidacyMessages, candidacyVisits } from '../../db/schema/candidacies.js';

/** A message row as stored. */
export type MessageRow = typeof candidacyMessages.$inferSelect;
/** A visit row as stored. */
export type VisitRow = typeof candidacyVisits.$inferSelect;

/** Appends a message to a candidacy's conversation. */
export async function insertMessage(
  q: Queryable,
  values: typeof candidacyMessages.$inferInsert,
): Promise<MessageRow> {
  const [row] = await q.insert(candidacyMessages).values(values).returning();
  if (!row) throw new Error('insert candidacy_messages returned nothing');
  return row;
}

/** The conversation of a candidacy, oldest first. */
export function listMessages(q: Queryable, candidacyId: string): Promise<MessageRow[]> {
  return q
    .select()
    .from(candidacyMessages)
    .where(eq(candidacyMessages.candidacyId, candidacyId))
    .orderBy(asc(candidacyMessages.id));
}

/** A message of a candidacy, or null. */
export async function findMessage(
  q: Queryable,
  candidacyId: string,
  id: number,
): Promise<MessageRow | null> {
  const [row] = await q
    .select()
    .from(candidacyMessages)
    .where(and(eq(candidacyMessages.candidacyId, candidacyId), eq(candidacyMessages.id, id)))
    .limit(1);
  return row ?? null;
}

/** Marks as read the messages the other side wrote. */
export async function markRead(
  q: Queryable,
  candidacyId: string,
  writtenBy: 'landlord' | 'applicant',
  now: Date,
): Promise<void> {
  await q
    .update(candidacyMessages)
    .set({ readAt: now })
    .where(
      and(
        eq(candidacyMessages.candidacyId, candidacyId),
        eq(candidacyMessages.side, writtenBy),
        isNull(candidacyMessages.readAt),
      ),
    );
}

/** How many messages one side wrote, and how many of them are unread. */
export async function messageCounts(
  q: Queryable,
  candidacyId: string,
  side: 'landlord' | 'applicant',
): Promise<{ total: number; unread: number }> {
  const [row] = await q
    .select({
      total: count(),
      unread: sql<number>`(count(*) filter (where ${candidacyMessages.readAt} is null))::int`,
    })
    .from(candidacyMessages)
    .where(and(eq(candidacyMessages.candidacyId, candidacyId), eq(candidacyMessages.side, side)));
  return { total: row?.total ?? 0, unread: Number(row?.unread ?? 0) };
}

/** Records a visit. */
export async function insertVisit(
  q: Queryable,
  values: typeof candidacyVisits.$inferInsert,
): Promise<VisitRow> {
  const [row] = await q.insert(candidacyVisits).values(values).returning();
  if (!row) throw new Error('insert candidacy_visits returned nothing');
  return row;
}

/** The visits of a candidacy, in date order. */
export function listVisits(q: Queryable, candidacyId: string): Promise<VisitRow[]> {
  return q
    .select()
    .from(candidacyVisits)
    .where(eq(candidacyVisits.candidacyId, candidacyId))
    .orderBy(asc(candidacyVisits.scheduledAt));
}
