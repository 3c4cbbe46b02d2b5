// What the candidacies hold about one applicant, for the data-rights module: the export of the
// person's own candidacies (never another applicant's line), and which of them were sent to a
// landlord, the ones the law keeps when the account is deleted.

import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { candidacies } from '../../db/schema/candidacies.js';
import { STAGES, type Stage } from '../../domain/candidacies/stages.js';
import { candidacyTimeline, type CandidacyRow } from './candidacy.repo.js';
import { decisionsOf, offerSummaryOf } from './candidacy.view.js';
import { listMessages, listVisits } from './contact.repo.js';
import { loadOfferFacts, type OfferFacts } from './offer-gateway.js';
import { positionOf } from './position.js';

/** The stages reached once the file was sent to the landlord ("Envoi bailleur" and after). */
export const SENT_STAGES: readonly Stage[] = STAGES.slice(STAGES.indexOf('sent_to_landlord'));

/** The stages of a candidacy whose file never reached a landlord. */
export const UNSENT_STAGES: readonly Stage[] = STAGES.filter((s) => !SENT_STAGES.includes(s));

/** Whether the file of a candidacy was sent to a landlord (an ended candidacy keeps its stage). */
export function isSentToLandlord(stage: Stage): boolean {
  return SENT_STAGES.includes(stage);
}

/** How many candidacies of an applicant were sent to a landlord. */
export async function countSentCandidacies(q: Queryable, applicantUserId: string): Promise<number> {
  const [row] = await q
    .select({ n: count() })
    .from(candidacies)
    .where(
      and(
        eq(candidacies.applicantUserId, applicantUserId),
        inArray(candidacies.stage, [...SENT_STAGES]),
      ),
    );
  return row?.n ?? 0;
}

/** The candidacies matching `where` whose file never reached a landlord, oldest first. */
export function unsentCandidacies(q: Queryable, where: SQL | undefined): Promise<CandidacyRow[]> {
  return q
    .select()
    .from(candidacies)
    .where(and(where, inArray(candidacies.stage, [...UNSENT_STAGES])))
    .orderBy(candidacies.sequence);
}

async function exportOne(q: Queryable, row: CandidacyRow, offer: OfferFacts | null) {
  const decision = (await decisionsOf(q, [row.id])).get(row.id) ?? null;
  const position = await positionOf(q, row);
  return {
    id: row.id,
    offer: offer ? offerSummaryOf(offer) : null,
    status: row.status,
    stage: row.stage,
    appliedAt: row.appliedAt,
    endedAt: row.endedAt,
    updatedAt: row.updatedAt,
    ranking: {
      position: position.position,
      total: position.total,
      live: position.live,
      closingRank: row.closingRank,
      score: row.score,
      ruleVersion: row.ruleVersion,
      reasons: row.reasons,
      inputs: row.inputs,
    },
    review: { reason: row.reviewReason, comment: row.reviewComment, reviewedAt: row.reviewedAt },
    /** The file exactly as the landlord received it (null: never sent). */
    sentToLandlord: row.dossier,
    commission: decision,
    lease: { signedOn: row.leaseSignedOn, moveInOn: row.moveInOn },
    visits: (await listVisits(q, row.id)).map((v) => ({
      scheduledAt: v.scheduledAt,
      status: v.status,
      note: v.note,
    })),
    messages: (await listMessages(q, row.id)).map((m) => ({
      side: m.side,
      kind: m.kind,
      body: m.body,
      documentCategory: m.documentCategory,
      documentDueOn: m.documentDueOn,
      visitSlots: m.visitSlots,
      chosenSlot: m.chosenSlot,
      readAt: m.readAt,
      createdAt: m.createdAt,
    })),
    history: (await candidacyTimeline(q, row.id)).map((h) => ({
      event: h.event,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      reason: h.reason,
      details: h.details,
      createdAt: h.createdAt,
    })),
  };
}

/**
 * Every candidacy of an applicant, newest first, as they may read it: the offer, dates, state and
 * stage, the ranking inputs and position, the review, the file sent, the commission's decision,
 * visits, messages with the landlord and the history. Staff identities are left out (the history
 * and messages carry no author id), and nothing of the other applicants but their number.
 */
export async function candidaciesExportOf(q: Queryable, applicantUserId: string) {
  const rows = await q
    .select()
    .from(candidacies)
    .where(eq(candidacies.applicantUserId, applicantUserId))
    .orderBy(desc(candidacies.appliedAt), desc(candidacies.sequence));
  const offers = new Map<string, OfferFacts | null>();
  const out = [];
  for (const row of rows) {
    if (!offers.has(row.offerId)) offers.set(row.offerId, await loadOfferFacts(q, row.offerId));
    out.push(await exportOne(q, row, offers.get(row.offerId) ?? null));
  }
  return out;
}

/** The candidacies export of one applicant. */
export type CandidacyExport = Awaited<ReturnType<typeof candidaciesExportOf>>[number];
