import { eq } from 'drizzle-orm';
import {
  AT_LANDLORD_STATUSES,
  type CandidacyStatus,
} from '../../../domain/candidacies/candidacy-workflow.js';
import {
  checkCommission,
  type CommissionDecision,
  type CommissionProblem,
  type CommissionWarning,
} from '../../../domain/candidacies/commission.js';
import { commissionDecisions, commissions } from '../../../db/schema/candidacies.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, type ErrorCode } from '../../../server/errors.js';
import { messagesFor } from '../../../server/i18n/index.js';
import { isUniqueViolation } from '../../applicant-file/use-cases/import.js';
import { requireLandlordOffer } from '../access.js';
import { moveCandidacy, type MoveContext } from '../candidacy-moves.js';
import { applicantContact, roundLines } from '../candidacy.repo.js';
import { offerLabel } from '../offer-gateway.js';
import { currentRoundOfOffer, lockRound } from '../round.repo.js';
import { advanceAttribution } from './conclude.js';

/** What the landlord records after the allocation commission met. */
export type CommissionInput = {
  meetingDate: string;
  justification?: string | null | undefined;
  decisions: CommissionDecision[];
};

const PROBLEM_CODES: Record<CommissionProblem, ErrorCode> = {
  no_decision: 'commission.no_decision',
  unknown_candidate: 'commission.candidate_unknown',
  duplicate_candidate: 'commission.candidate_unknown',
  ranks_invalid: 'commission.ranks_invalid',
  justification_required: 'commission.justification_required',
  condition_deadline_invalid: 'commission.condition_deadline_invalid',
};

function mailExtras(decision: CommissionDecision, locale: 'fr' | 'en') {
  switch (decision.decision) {
    case 'attribution':
      return { rank: 1 };
    case 'attribution_by_rank':
      return { rank: decision.rank };
    case 'attribution_conditional':
      return {
        rank: decision.rank,
        document: decision.condition.document,
        deadline: decision.condition.deadline,
      };
    case 'non_attribution':
      return { reason: decision.reason };
    case 'inadmissible':
      return { reason: messagesFor(locale).candidacies.inadmissibilityReasons[decision.reason] };
  }
}

/**
 * Records the commission's decisions on the files sent for an offer (once per round). The home goes
 * to rank 1 (or waits for rank 1's missing document); with no attribution at all the round ends
 * unallocated and the other candidacies end, each applicant e-mailed.
 */
export async function recordCommission(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
  input: CommissionInput,
): Promise<{ commissionId: string; warnings: CommissionWarning[] }> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const offer = await requireLandlordOffer(db, user, offerId);
  const current = await currentRoundOfOffer(db, offerId);
  if (!current) throw new AppError('round.not_found');
  try {
    return await db.transaction(async (tx) => {
      const round = await lockRound(tx, current.id);
      if (round.status !== 'sent') throw new AppError('round.transition_invalid');
      const [recorded] = await tx
        .select({ id: commissions.id })
        .from(commissions)
        .where(eq(commissions.roundId, round.id))
        .limit(1);
      if (recorded) throw new AppError('commission.already_recorded');
      const lines = await roundLines(tx, round.id);
      const examinable = lines
        .filter((l) => (AT_LANDLORD_STATUSES as readonly CandidacyStatus[]).includes(l.status))
        .map((l) => l.id);
      const check = checkCommission({
        decisions: input.decisions,
        examinable,
        meetingDate: input.meetingDate,
        justification: input.justification ?? null,
      });
      if (!check.ok) throw new AppError(PROBLEM_CODES[check.problems[0] ?? 'no_decision']);
      const [commission] = await tx
        .insert(commissions)
        .values({
          roundId: round.id,
          meetingDate: input.meetingDate,
          examinedCount: input.decisions.length,
          availableCount: examinable.length,
          justification: input.justification?.trim() || null,
          warnings: check.warnings,
          recordedByUserId: user.id,
          createdAt: now,
        })
        .returning();
      if (!commission) throw new Error('insert commissions returned nothing');
      await tx.insert(commissionDecisions).values(
        input.decisions.map((d) => ({
          commissionId: commission.id,
          candidacyId: d.candidacyId,
          decision: d.decision,
          rank: check.steps.find((s) => s.candidacyId === d.candidacyId)?.rank ?? null,
          conditionDocument: d.decision === 'attribution_conditional' ? d.condition.document : null,
          conditionDeadline: d.decision === 'attribution_conditional' ? d.condition.deadline : null,
          reason:
            d.decision === 'non_attribution' || d.decision === 'inadmissible' ? d.reason : null,
          createdAt: now,
        })),
      );
      const ctx: MoveContext = {
        deps,
        tx,
        now,
        actorUserId: user.id,
        offerLabel: offerLabel(offer),
      };
      for (const step of check.steps) {
        const line = lines.find((l) => l.id === step.candidacyId);
        const decision = input.decisions.find((d) => d.candidacyId === step.candidacyId);
        if (!line || !decision) continue;
        const contact = line.applicantUserId
          ? await applicantContact(tx, line.applicantUserId)
          : null;
        await moveCandidacy(ctx, line, step.event, {
          details: { decision: decision.decision, rank: step.rank },
          reason: 'reason' in decision ? decision.reason : null,
          mail: mailExtras(decision, contact?.locale ?? 'fr'),
          contact,
        });
      }
      await advanceAttribution(ctx, round);
      return { commissionId: commission.id, warnings: check.warnings };
    });
  } catch (error) {
    if (
      isUniqueViolation(error, 'commissions_round_key') ||
      isUniqueViolation(error, 'commission_decisions_candidacy_key')
    )
      throw new AppError('commission.already_recorded');
    throw error;
  }
}
