import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { offerRoundHistory, offerRounds } from '../../db/schema/candidacies.js';
import { offers } from '../../db/schema/index.js';
import type { RoundEvent, RoundStatus } from '../../domain/candidacies/round-workflow.js';
import { AppError } from '../../server/errors.js';

/** A round row as stored. */
export type RoundRow = typeof offerRounds.$inferSelect;

/** A round by id, or null. */
export async function findRound(q: Queryable, id: string): Promise<RoundRow | null> {
  const [row] = await q.select().from(offerRounds).where(eq(offerRounds.id, id)).limit(1);
  return row ?? null;
}

/** The round of an offer that is not replaced yet (the latest one), or null. */
export async function currentRoundOfOffer(q: Queryable, offerId: string): Promise<RoundRow | null> {
  const [row] = await q
    .select()
    .from(offerRounds)
    .where(eq(offerRounds.offerId, offerId))
    .orderBy(desc(offerRounds.roundNo))
    .limit(1);
  return row ?? null;
}

/** Every round of an offer, the current one first (earlier rounds stay as its history). */
export function roundsOfOffer(q: Queryable, offerId: string): Promise<RoundRow[]> {
  return q
    .select()
    .from(offerRounds)
    .where(eq(offerRounds.offerId, offerId))
    .orderBy(desc(offerRounds.roundNo));
}

/** Locks a round row for the rest of the transaction (every change of a round's candidacies does). */
export async function lockRound(q: Queryable, id: string): Promise<RoundRow> {
  const [row] = await q
    .select()
    .from(offerRounds)
    .where(eq(offerRounds.id, id))
    .for('update')
    .limit(1);
  if (!row) throw new AppError('round.not_found');
  return row;
}

/** Opens the offer's first round if it has none; returns the current round and whether it is new. */
export async function ensureRound(
  q: Queryable,
  input: { offerId: string; deadline: string },
  now: Date,
): Promise<{ round: RoundRow; created: boolean }> {
  const [created] = await q
    .insert(offerRounds)
    .values({
      offerId: input.offerId,
      roundNo: 1,
      deadline: input.deadline,
      referenceDate: input.deadline,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (created) {
    await appendRoundHistory(q, {
      roundId: created.id,
      event: 'open',
      fromStatus: null,
      toStatus: 'published',
      actorUserId: null,
      details: { deadline: input.deadline },
      createdAt: now,
    });
    return { round: created, created: true };
  }
  const round = await currentRoundOfOffer(q, input.offerId);
  if (!round) throw new AppError('round.not_found');
  return { round, created: false };
}

/** Opens a new round after `previous` (re-publication). */
export async function insertNextRound(
  q: Queryable,
  previous: RoundRow,
  deadline: string,
  actorUserId: string,
  now: Date,
): Promise<RoundRow> {
  const [row] = await q
    .insert(offerRounds)
    .values({
      offerId: previous.offerId,
      roundNo: previous.roundNo + 1,
      deadline,
      referenceDate: deadline,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert offer_rounds returned nothing');
  await appendRoundHistory(q, {
    roundId: row.id,
    event: 'open',
    fromStatus: null,
    toStatus: 'published',
    actorUserId,
    details: { deadline, previousRoundId: previous.id },
    createdAt: now,
  });
  return row;
}

/** Moves a round from one state to another (only if still in `from`) and logs it. */
export async function transitionRound(
  q: Queryable,
  input: {
    id: string;
    from: RoundStatus;
    to: RoundStatus;
    event: RoundEvent;
    actorUserId: string | null;
    details?: Record<string, unknown>;
    patch?: Partial<typeof offerRounds.$inferInsert>;
  },
  now: Date,
): Promise<RoundRow> {
  const [row] = await q
    .update(offerRounds)
    .set({
      ...input.patch,
      status: input.to,
      updatedAt: now,
      revision: sql`${offerRounds.revision} + 1`,
    })
    .where(and(eq(offerRounds.id, input.id), eq(offerRounds.status, input.from)))
    .returning();
  if (!row) throw new AppError('round.state_changed');
  await appendRoundHistory(q, {
    roundId: input.id,
    event: input.event,
    fromStatus: input.from,
    toStatus: input.to,
    actorUserId: input.actorUserId,
    details: input.details ?? {},
    createdAt: now,
  });
  return row;
}

/** Adds to the live count and bumps the revision of a round still open; null when it is not open. */
export async function bumpOpenRound(
  q: Queryable,
  id: string,
  delta: number,
  now: Date,
): Promise<RoundRow | null> {
  const [row] = await q
    .update(offerRounds)
    .set({
      candidacyCount: sql`${offerRounds.candidacyCount} + ${delta}`,
      revision: sql`${offerRounds.revision} + 1`,
      updatedAt: now,
    })
    .where(and(eq(offerRounds.id, id), eq(offerRounds.status, 'published')))
    .returning();
  return row ?? null;
}

/** Bumps the revision of a round (positions or states changed). */
export async function touchRound(q: Queryable, id: string, now: Date): Promise<void> {
  await q
    .update(offerRounds)
    .set({ revision: sql`${offerRounds.revision} + 1`, updatedAt: now })
    .where(eq(offerRounds.id, id));
}

/** The open rounds whose offer's deadline day is over (the offer's date wins), and the rounds left half-closed. */
export async function dueRoundIds(q: Queryable, today: string): Promise<string[]> {
  const rows = await q
    .select({ id: offerRounds.id })
    .from(offerRounds)
    .innerJoin(offers, eq(offers.id, offerRounds.offerId))
    .where(
      sql`(${offerRounds.status} = 'published' and ${offers.applicationDeadline} < ${today}) or ${offerRounds.status} = 'closing'`,
    )
    .orderBy(offers.applicationDeadline)
    .limit(500);
  return rows.map((r) => r.id);
}

/** The history of a round, oldest first. */
export function roundHistory(q: Queryable, roundId: string) {
  return q
    .select()
    .from(offerRoundHistory)
    .where(eq(offerRoundHistory.roundId, roundId))
    .orderBy(offerRoundHistory.id);
}

/** Rounds waiting for the back office, oldest deadline first. */
export function roundsInStates(q: Queryable, states: RoundStatus[]) {
  return q
    .select()
    .from(offerRounds)
    .where(inArray(offerRounds.status, states))
    .orderBy(offerRounds.deadline)
    .limit(500);
}

async function appendRoundHistory(
  q: Queryable,
  values: typeof offerRoundHistory.$inferInsert,
): Promise<void> {
  await q.insert(offerRoundHistory).values(values);
}
