import { isCancellable } from '../../../domain/candidacies/candidacy-workflow.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { requireOwnCandidacy } from '../access.js';
import { moveCandidacy, type MoveContext, type MoveOptions } from '../candidacy-moves.js';
import { requireCandidacy, type CandidacyRow } from '../candidacy.repo.js';
import { bumpOfferCandidacyCount, loadOfferFacts, offerLabel } from '../offer-gateway.js';
import { bumpOpenRound, lockRound, touchRound, type RoundRow } from '../round.repo.js';
import { refillAndSync } from './shortlist-upkeep.js';

/**
 * "Annuler cette candidature": possible until the file is sent to the landlord. Before closing it
 * leaves the live ranking (the others move up); during the review the next file moves up instead.
 */
export async function cancelCandidacy(
  deps: AppDeps,
  user: SessionUser,
  id: string,
): Promise<CandidacyRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const found = await requireOwnCandidacy(db, user, id);
  if (!isCancellable(found.status)) throw new AppError('candidacy.not_cancellable');
  const offer = await loadOfferFacts(db, found.offerId);
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, found.roundId);
    const candidacy = await requireCandidacy(tx, id);
    if (!isCancellable(candidacy.status)) throw new AppError('candidacy.not_cancellable');
    const ctx: MoveContext = {
      deps,
      tx,
      now,
      actorUserId: user.id,
      offerLabel: offer ? offerLabel(offer) : '',
    };
    return cancelInLockedRound(ctx, round, candidacy, { email: user.email, locale: user.locale });
  });
}

/**
 * Cancels a cancellable candidacy whose round the caller has locked (re-read in the transaction),
 * then updates the live count (the others move up) or refills the shortlist. Also used when the
 * applicant's account is deleted (no e-mail then: `contact` null).
 */
export async function cancelInLockedRound(
  ctx: MoveContext,
  round: RoundRow,
  candidacy: CandidacyRow,
  contact: MoveOptions['contact'],
): Promise<CandidacyRow> {
  const cancelled = await moveCandidacy(ctx, candidacy, 'cancel', { contact });
  if (candidacy.status === 'applied' && (await bumpOpenRound(ctx.tx, round.id, -1, ctx.now))) {
    await bumpOfferCandidacyCount(ctx.tx, candidacy.offerId, -1);
  } else {
    await touchRound(ctx.tx, round.id, ctx.now);
    await refillAndSync(ctx, round);
  }
  return cancelled;
}
