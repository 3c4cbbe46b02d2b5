import { firstInLine } from '../../../domain/candidacies/commission.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { requireLandlordCandidacy, requireOwnCandidacy } from '../access.js';
import { moveCandidacy, type MoveContext } from '../candidacy-moves.js';
import { requireCandidacy, roundLines, type CandidacyRow } from '../candidacy.repo.js';
import { loadOfferFacts, offerLabel } from '../offer-gateway.js';
import { moveRound } from '../round-moves.js';
import { lockRound, type RoundRow } from '../round.repo.js';
import { advanceAttribution, endRemainingCandidacies } from './conclude.js';

type Step = (ctx: MoveContext, candidacy: CandidacyRow, round: RoundRow) => Promise<CandidacyRow>;

/** Runs one attribution step on a candidacy with its round locked. */
async function withRound(
  deps: AppDeps,
  actor: SessionUser,
  found: CandidacyRow,
  step: Step,
): Promise<CandidacyRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const offer = await loadOfferFacts(db, found.offerId);
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, found.roundId);
    const candidacy = await requireCandidacy(tx, found.id);
    return step(
      { deps, tx, now, actorUserId: actor.id, offerLabel: offer ? offerLabel(offer) : '' },
      candidacy,
      round,
    );
  });
}

const decline: (reason: string | null) => Step = (reason) => async (ctx, candidacy, round) => {
  const moved = await moveCandidacy(ctx, candidacy, 'decline', { reason });
  await advanceAttribution(ctx, round);
  return moved;
};

/** The applicant refuses the home attributed (or promised by rank) to them; the next rank gets it. */
export async function declineAsApplicant(
  deps: AppDeps,
  user: SessionUser,
  id: string,
  reason: string | null,
): Promise<CandidacyRow> {
  return withRound(
    deps,
    user,
    await requireOwnCandidacy(deps.database.db, user, id),
    decline(reason),
  );
}

/** The landlord records the applicant's refusal; the next rank gets the home. */
export async function declineAsLandlord(
  deps: AppDeps,
  user: SessionUser,
  id: string,
  reason: string | null,
): Promise<CandidacyRow> {
  return withRound(
    deps,
    user,
    (await requireLandlordCandidacy(deps.database.db, user, id)).candidacy,
    decline(reason),
  );
}

/** The landlord says whether the missing document of a suspensive condition arrived in time. */
export async function settleCondition(
  deps: AppDeps,
  user: SessionUser,
  id: string,
  met: boolean,
): Promise<CandidacyRow> {
  const { candidacy } = await requireLandlordCandidacy(deps.database.db, user, id);
  return withRound(deps, user, candidacy, async (ctx, current, round) => {
    if (!met) {
      const failed = await moveCandidacy(ctx, current, 'fail_condition');
      await advanceAttribution(ctx, round);
      return failed;
    }
    const lines = await roundLines(ctx.tx, round.id);
    const first = firstInLine(
      lines.map((l) => ({ candidacyId: l.id, status: l.status, commissionRank: l.commissionRank })),
    );
    return moveCandidacy(ctx, current, 'lift_condition', {
      guards: { firstInLine: first?.candidacyId === current.id },
    });
  });
}

/** The lease is signed: the offer is allocated and every other candidacy ends with its e-mail. */
export async function signLease(
  deps: AppDeps,
  user: SessionUser,
  id: string,
  input: { signedOn: string; moveInOn?: string | undefined },
): Promise<CandidacyRow> {
  const { candidacy } = await requireLandlordCandidacy(deps.database.db, user, id);
  return withRound(deps, user, candidacy, async (ctx, current, round) => {
    if (round.status !== 'sent') throw new AppError('round.transition_invalid');
    const signed = await moveCandidacy(ctx, current, 'sign_lease', {
      patch: { leaseSignedOn: input.signedOn, moveInOn: input.moveInOn ?? null },
      details: { signedOn: input.signedOn },
    });
    await moveRound(
      ctx.tx,
      round,
      'allocate',
      {
        actorUserId: ctx.actorUserId,
        details: { candidacyId: current.id },
        patch: { concludedAt: ctx.now },
      },
      ctx.now,
    );
    await endRemainingCandidacies(ctx, round.id, current.id);
    return signed;
  });
}

/** "Entrée dans les lieux": the last stage; the candidacy is complete. */
export async function recordMoveIn(
  deps: AppDeps,
  user: SessionUser,
  id: string,
  movedInOn: string,
): Promise<CandidacyRow> {
  const { candidacy } = await requireLandlordCandidacy(deps.database.db, user, id);
  return withRound(deps, user, candidacy, (ctx, current) =>
    moveCandidacy(ctx, current, 'move_in', {
      patch: { moveInOn: movedInOn },
      details: { movedInOn },
    }),
  );
}
