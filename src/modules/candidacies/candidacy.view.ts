import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { commissionDecisions, commissions } from '../../db/schema/candidacies.js';
import { CANDIDACY_WORKFLOW, isCancellable } from '../../domain/candidacies/candidacy-workflow.js';
import type { ReviewRejectionReason } from '../../domain/candidacies/reasons.js';
import { trackerSteps } from '../../domain/candidacies/stages.js';
import { candidacyTimeline, type CandidacyRow } from './candidacy.repo.js';
import { listVisits, messageCounts } from './contact.repo.js';
import { loadOfferFacts, type OfferFacts } from './offer-gateway.js';
import { positionOf } from './position.js';
import { findRound } from './round.repo.js';

/** The offer summary of the candidacy pages. */
export function offerSummaryOf(offer: OfferFacts) {
  return {
    id: offer.id,
    reference: offer.reference,
    typology: offer.typology,
    kind: offer.kind,
    surfaceM2: offer.surfaceM2,
    rentCents: offer.rentCents,
    chargesCents: offer.chargesCents,
    communeInsee: offer.communeInsee,
    communeName: offer.communeName,
    postcode: offer.postcode,
    applicationDeadline: offer.applicationDeadline,
    availableOn: offer.availableOn,
    landlordName: offer.landlordName,
  };
}

/** The commission decisions of some candidacies, with the meeting date. */
export async function decisionsOf(q: Queryable, candidacyIds: string[]) {
  if (candidacyIds.length === 0) return new Map<string, ReturnType<typeof toDecision>>();
  const rows = await q
    .select({ d: commissionDecisions, meetingDate: commissions.meetingDate })
    .from(commissionDecisions)
    .innerJoin(commissions, eq(commissions.id, commissionDecisions.commissionId))
    .where(inArray(commissionDecisions.candidacyId, candidacyIds));
  return new Map(rows.map((r) => [r.d.candidacyId, toDecision(r.d, r.meetingDate)]));
}

function toDecision(d: typeof commissionDecisions.$inferSelect, meetingDate: string) {
  return {
    decision: d.decision,
    rank: d.rank,
    conditionDocument: d.conditionDocument,
    conditionDeadline: d.conditionDeadline,
    reason: d.reason,
    meetingDate,
  };
}

/** A candidacy in a history list, with its outcome reason. */
export async function candidacySummaries(q: Queryable, rows: CandidacyRow[], known?: OfferFacts) {
  // Decisions only exist for files that reached the landlord.
  const decisions = await decisionsOf(
    q,
    rows.filter((r) => r.dossier !== null).map((r) => r.id),
  );
  const offers = new Map<string, OfferFacts | null>(known ? [[known.id, known]] : []);
  for (const row of rows)
    if (!offers.has(row.offerId)) offers.set(row.offerId, await loadOfferFacts(q, row.offerId));
  return rows.flatMap((row) => {
    const offer = offers.get(row.offerId);
    if (!offer) return [];
    const decision = decisions.get(row.id);
    return [
      {
        id: row.id,
        status: row.status,
        stage: row.stage,
        appliedAt: row.appliedAt,
        endedAt: row.endedAt,
        offer: offerSummaryOf(offer),
        closingRank: row.closingRank,
        outcomeReason: row.status === 'rejected' ? row.reviewReason : (decision?.reason ?? null),
      },
    ];
  });
}

/** The applicant's tracker of one candidacy: stage bar, position, landlord contact, decisions. */
export async function candidacyView(q: Queryable, row: CandidacyRow, known?: OfferFacts) {
  const [summary] = await candidacySummaries(q, [row], known);
  const round = await findRound(q, row.roundId);
  if (!summary || !round) throw new Error(`candidacy ${row.id} has no offer or round`);
  // Visits, messages and decisions only exist once the file reached the landlord.
  const atLandlord = row.dossier !== null;
  const decision = atLandlord ? ((await decisionsOf(q, [row.id])).get(row.id) ?? null) : null;
  const visits = atLandlord ? await listVisits(q, row.id) : [];
  const timeline = await candidacyTimeline(q, row.id);
  return {
    ...summary,
    steps: trackerSteps(row.status, row.stage),
    canCancel: isCancellable(row.status),
    canDecline: CANDIDACY_WORKFLOW[row.status].decline !== undefined,
    round: { id: round.id, status: round.status, candidacyCount: round.candidacyCount },
    position: await positionOf(q, row, round),
    review: {
      reason: row.reviewReason as ReviewRejectionReason | null,
      comment: row.reviewComment,
      reviewedAt: row.reviewedAt,
    },
    commission: decision,
    visits: visits.map((v) => ({
      id: v.id,
      scheduledAt: v.scheduledAt,
      status: v.status,
      note: v.note,
    })),
    messages: atLandlord ? await messageCounts(q, row.id, 'landlord') : { total: 0, unread: 0 },
    lease: { signedOn: row.leaseSignedOn, moveInOn: row.moveInOn },
    timeline: timeline.map((t) => ({
      event: t.event,
      fromStatus: t.fromStatus,
      toStatus: t.toStatus,
      reason: t.reason,
      createdAt: t.createdAt,
    })),
  };
}
