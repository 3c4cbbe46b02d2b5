import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { users } from '../../db/schema/index.js';
import { candidacies, candidacyHistory, commissionDecisions } from '../../db/schema/candidacies.js';
import {
  ACTIVE_CANDIDACY_STATUSES,
  isActiveCandidacy,
  type CandidacyEvent,
  type CandidacyStatus,
} from '../../domain/candidacies/candidacy-workflow.js';
import { stageAfter } from '../../domain/candidacies/stages.js';
import { AppError } from '../../server/errors.js';

/** A candidacy row as stored. */
export type CandidacyRow = typeof candidacies.$inferSelect;

/** A candidacy by id, or null. */
export async function findCandidacy(q: Queryable, id: string): Promise<CandidacyRow | null> {
  const [row] = await q.select().from(candidacies).where(eq(candidacies.id, id)).limit(1);
  return row ?? null;
}

/** A candidacy by id, or `candidacy.not_found`. */
export async function requireCandidacy(q: Queryable, id: string): Promise<CandidacyRow> {
  const row = await findCandidacy(q, id);
  if (!row) throw new AppError('candidacy.not_found');
  return row;
}

/** The applicant's active candidacy, if any. */
export async function findActiveCandidacy(
  q: Queryable,
  applicantUserId: string,
): Promise<CandidacyRow | null> {
  const [row] = await q
    .select()
    .from(candidacies)
    .where(
      and(
        eq(candidacies.applicantUserId, applicantUserId),
        inArray(candidacies.status, [...ACTIVE_CANDIDACY_STATUSES]),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Every candidacy of an applicant, newest first. */
export function listApplicantCandidacies(q: Queryable, applicantUserId: string) {
  return q
    .select()
    .from(candidacies)
    .where(eq(candidacies.applicantUserId, applicantUserId))
    .orderBy(desc(candidacies.appliedAt), desc(candidacies.sequence))
    .limit(200);
}

/** Inserts a candidacy and its first history line. */
export async function insertCandidacy(
  q: Queryable,
  values: typeof candidacies.$inferInsert,
  now: Date,
): Promise<CandidacyRow> {
  const [row] = await q.insert(candidacies).values(values).returning();
  if (!row) throw new Error('insert candidacies returned nothing');
  await q.insert(candidacyHistory).values({
    candidacyId: row.id,
    event: 'apply',
    fromStatus: null,
    toStatus: 'applied',
    actorUserId: values.applicantUserId,
    createdAt: now,
  });
  return row;
}

/** One move of the workflow, as persisted. */
export type CandidacyMove = {
  candidacy: Pick<CandidacyRow, 'id' | 'status' | 'stage'>;
  to: CandidacyStatus;
  event: CandidacyEvent;
  actorUserId: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  patch?: Partial<typeof candidacies.$inferInsert>;
};

/** Moves a candidacy (only if still in its state) and appends the history line; null if it moved meanwhile. */
export async function transitionCandidacy(
  q: Queryable,
  move: CandidacyMove,
  now: Date,
): Promise<CandidacyRow | null> {
  const { candidacy } = move;
  const [row] = await q
    .update(candidacies)
    .set({
      ...move.patch,
      status: move.to,
      stage: stageAfter(move.to, candidacy.stage),
      updatedAt: now,
      ...(isActiveCandidacy(move.to) || move.to === 'moved_in' ? {} : { endedAt: now }),
    })
    .where(and(eq(candidacies.id, candidacy.id), eq(candidacies.status, candidacy.status)))
    .returning();
  if (!row) return null;
  await q.insert(candidacyHistory).values({
    candidacyId: candidacy.id,
    event: move.event,
    fromStatus: candidacy.status,
    toStatus: move.to,
    actorUserId: move.actorUserId,
    reason: move.reason ?? null,
    details: move.details ?? {},
    createdAt: now,
  });
  return row;
}

/** The history of a candidacy, oldest first. */
export function candidacyTimeline(q: Queryable, candidacyId: string) {
  return q
    .select({
      event: candidacyHistory.event,
      fromStatus: candidacyHistory.fromStatus,
      toStatus: candidacyHistory.toStatus,
      reason: candidacyHistory.reason,
      details: candidacyHistory.details,
      createdAt: candidacyHistory.createdAt,
    })
    .from(candidacyHistory)
    .where(eq(candidacyHistory.candidacyId, candidacyId))
    .orderBy(asc(candidacyHistory.id));
}

/** A candidacy of a round with what the shortlist and attribution rules read. */
export type RoundLine = Pick<
  CandidacyRow,
  'id' | 'status' | 'stage' | 'closingRank' | 'applicantUserId' | 'fileId'
> & { commissionRank: number | null };

/** The candidacies of a round that left `applied` or may still, with their commission rank. */
export async function roundLines(
  q: Queryable,
  roundId: string,
  statuses?: CandidacyStatus[],
): Promise<RoundLine[]> {
  return q
    .select({
      id: candidacies.id,
      status: candidacies.status,
      stage: candidacies.stage,
      closingRank: candidacies.closingRank,
      applicantUserId: candidacies.applicantUserId,
      fileId: candidacies.fileId,
      commissionRank: commissionDecisions.rank,
    })
    .from(candidacies)
    .leftJoin(commissionDecisions, eq(commissionDecisions.candidacyId, candidacies.id))
    .where(
      and(
        eq(candidacies.roundId, roundId),
        statuses ? inArray(candidacies.status, statuses) : undefined,
      ),
    )
    .orderBy(asc(sql`coalesce(${candidacies.closingRank}, 2147483647)`), asc(candidacies.sequence));
}

/** Whether the applicant has an active candidacy other than `exceptId`. */
export async function hasOtherActiveCandidacy(
  q: Queryable,
  applicantUserId: string,
  exceptId: string,
): Promise<boolean> {
  const [row] = await q
    .select({ id: candidacies.id })
    .from(candidacies)
    .where(
      and(
        eq(candidacies.applicantUserId, applicantUserId),
        inArray(candidacies.status, [...ACTIVE_CANDIDACY_STATUSES]),
        sql`${candidacies.id} <> ${exceptId}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** E-mail address, language and name of an applicant. */
export async function applicantContact(
  q: Queryable,
  userId: string,
): Promise<{ email: string; locale: 'fr' | 'en'; firstName: string; lastName: string } | null> {
  const [row] = await q
    .select({
      email: users.email,
      locale: users.locale,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
