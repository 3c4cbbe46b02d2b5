import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import {
  candidacies,
  candidacyMessages,
  candidacyVisits,
  commissions,
  offerRounds,
} from '../../db/schema/candidacies.js';
import { applicantFiles, offers, users } from '../../db/schema/index.js';
import { SHORTLIST_SIZE } from '../../domain/candidacies/shortlist.js';
import type { ReviewRejectionReason } from '../../domain/candidacies/reasons.js';
import { decisionsOf, offerSummaryOf } from './candidacy.view.js';
import type { CandidacyRow } from './candidacy.repo.js';
import type { OfferFacts } from './offer-gateway.js';
import type { RoundRow } from './round.repo.js';

/** A round as the back office lists it, with its review counters. */
export async function backofficeRoundOf(q: Queryable, round: RoundRow, offer: OfferFacts) {
  const counts = await q
    .select({ status: candidacies.status, n: count() })
    .from(candidacies)
    .where(
      and(
        eq(candidacies.roundId, round.id),
        inArray(candidacies.status, ['retained', 'validated']),
      ),
    )
    .groupBy(candidacies.status);
  const of = (status: string) => counts.find((c) => c.status === status)?.n ?? 0;
  return {
    roundId: round.id,
    roundNo: round.roundNo,
    status: round.status,
    deadline: round.deadline,
    candidacyCount: round.candidacyCount,
    closedAt: round.closedAt,
    sentAt: round.sentAt,
    offer: offerSummaryOf(offer),
    pending: of('retained'),
    validated: of('validated'),
  };
}

/** The files of a closed round in rank order: those that held a shortlist place, then 5 in reserve. */
export async function shortlistLines(q: Queryable, roundId: string) {
  const rows = await q
    .select({
      c: candidacies,
      firstName: users.firstName,
      lastName: users.lastName,
      email: users.email,
      platformNumber: applicantFiles.platformNumber,
    })
    .from(candidacies)
    .leftJoin(users, eq(users.id, candidacies.applicantUserId))
    .leftJoin(applicantFiles, eq(applicantFiles.id, candidacies.fileId))
    .where(and(eq(candidacies.roundId, roundId), isNotNull(candidacies.closingRank)))
    .orderBy(asc(candidacies.closingRank));
  let reserve = 0;
  return rows
    .filter(({ c }) => c.status !== 'not_retained' || (reserve += 1) <= SHORTLIST_SIZE)
    .map(({ c, firstName, lastName, email, platformNumber }) => ({
      applicantUserId: c.applicantUserId,
      candidacyId: c.id,
      closingRank: c.closingRank,
      status: c.status,
      applicant:
        firstName !== null && lastName !== null && email !== null
          ? { firstName, lastName, email }
          : null,
      fileId: c.fileId,
      platformNumber,
      score: c.score,
      reasons: c.reasons,
      appliedAt: c.appliedAt,
      reviewReason: c.reviewReason as ReviewRejectionReason | null,
      reviewComment: c.reviewComment,
      reviewedAt: c.reviewedAt,
    }));
}

/** A round as the landlord lists it (files sent to it). */
export async function landlordRoundOf(q: Queryable, round: RoundRow, offer: OfferFacts) {
  const [sent] = await q
    .select({ n: count() })
    .from(candidacies)
    .where(and(eq(candidacies.roundId, round.id), isNotNull(candidacies.dossier)));
  return {
    roundId: round.id,
    roundNo: round.roundNo,
    status: round.status,
    sentAt: round.sentAt,
    offer: offerSummaryOf(offer),
    files: sent?.n ?? 0,
  };
}

/** The landlord's view of the files it received, in rank order. */
export async function landlordCandidacies(q: Queryable, rows: CandidacyRow[]) {
  const ids = rows.map((r) => r.id);
  const decisions = await decisionsOf(q, ids);
  const unread = ids.length
    ? await q
        .select({ id: candidacyMessages.candidacyId, n: count() })
        .from(candidacyMessages)
        .where(
          and(
            inArray(candidacyMessages.candidacyId, ids),
            eq(candidacyMessages.side, 'applicant'),
            isNull(candidacyMessages.readAt),
          ),
        )
        .groupBy(candidacyMessages.candidacyId)
    : [];
  const visits = ids.length
    ? await q
        .select({ id: candidacyVisits.candidacyId, n: count() })
        .from(candidacyVisits)
        .where(inArray(candidacyVisits.candidacyId, ids))
        .groupBy(candidacyVisits.candidacyId)
    : [];
  return rows.flatMap((r) =>
    r.dossier
      ? [
          {
            id: r.id,
            closingRank: r.closingRank,
            status: r.status,
            stage: r.stage,
            dossier: r.dossier,
            commission: decisions.get(r.id) ?? null,
            leaseSignedOn: r.leaseSignedOn,
            moveInOn: r.moveInOn,
            unreadMessages: unread.find((u) => u.id === r.id)?.n ?? 0,
            visits: visits.find((v) => v.id === r.id)?.n ?? 0,
          },
        ]
      : [],
  );
}

/** The files sent for a round, in rank order. */
export function sentCandidacies(q: Queryable, roundId: string): Promise<CandidacyRow[]> {
  return q
    .select()
    .from(candidacies)
    .where(and(eq(candidacies.roundId, roundId), isNotNull(candidacies.dossier)))
    .orderBy(asc(candidacies.closingRank));
}

/**
 * The landlord's offers whose files were sent at least once, each by its current round (a
 * re-published offer shows its new round), the most recently sent first.
 */
export async function landlordRoundIds(
  q: Queryable,
  landlordId: string,
): Promise<{ roundId: string; offerId: string }[]> {
  const lastSentAt = sql`(select max(s.sent_at) from ${offerRounds} s where s.offer_id = ${offerRounds.offerId})`;
  const latestRoundNo = sql`(select max(l.round_no) from ${offerRounds} l where l.offer_id = ${offerRounds.offerId})`;
  return q
    .select({ roundId: offerRounds.id, offerId: offerRounds.offerId })
    .from(offerRounds)
    .innerJoin(offers, eq(offers.id, offerRounds.offerId))
    .where(
      and(
        eq(offers.landlordId, landlordId),
        sql`${offerRounds.roundNo} = ${latestRoundNo}`,
        sql`${lastSentAt} is not null`,
      ),
    )
    .orderBy(sql`${lastSentAt} desc`)
    .limit(500);
}

/** The commission of a round, or null. */
export async function commissionOf(q: Queryable, roundId: string) {
  const [row] = await q.select().from(commissions).where(eq(commissions.roundId, roundId)).limit(1);
  if (!row) return null;
  return {
    meetingDate: row.meetingDate,
    examinedCount: row.examinedCount,
    availableCount: row.availableCount,
    justification: row.justification,
    warnings: row.warnings as ('fewer_than_three_examined' | 'fewer_than_three_available')[],
  };
}
