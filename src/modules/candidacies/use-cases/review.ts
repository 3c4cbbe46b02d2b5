import { buildLandlordDossier } from '../../../domain/candidacies/dossier.js';
import type { ReviewRejectionReason } from '../../../domain/candidacies/reasons.js';
import { reviewState } from '../../../domain/candidacies/shortlist.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { messagesFor } from '../../../server/i18n/index.js';
import { findFileById } from '../../applicant-file/file.repo.js';
import { landlordShortlistLink, enqueueCandidacyMail } from '../candidacy-mail.js';
import { moveCandidacy, type MoveContext } from '../candidacy-moves.js';
import {
  applicantContact,
  requireCandidacy,
  roundLines,
  type CandidacyRow,
} from '../candidacy.repo.js';
import { landlordStaff, loadOfferFacts, offerLabel } from '../offer-gateway.js';
import { moveRound } from '../round-moves.js';
import { currentRoundOfOffer, lockRound, type RoundRow } from '../round.repo.js';
import { refillAndSync, syncReview } from './shortlist-upkeep.js';

/** Action Logement's decision on a retained file. */
export type ReviewDecision =
  | { decision: 'validate' }
  | { decision: 'reject'; reason: ReviewRejectionReason; comment?: string | undefined };

/**
 * Validates or rejects a retained file. A rejected applicant is told at once (with the reason) and
 * is free to apply elsewhere; the next file in frozen rank order moves up so that 5 files (or all
 * there are) end up validated.
 */
export async function reviewCandidacy(
  deps: AppDeps,
  operator: SessionUser,
  id: string,
  decision: ReviewDecision,
): Promise<{ candidacy: CandidacyRow; round: RoundRow }> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const found = await requireCandidacy(db, id);
  const offer = await loadOfferFacts(db, found.offerId);
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, found.roundId);
    if (round.status !== 'closed' && round.status !== 'shortlist_validated')
      throw new AppError('round.transition_invalid');
    const candidacy = await requireCandidacy(tx, id);
    const ctx: MoveContext = {
      deps,
      tx,
      now,
      actorUserId: operator.id,
      offerLabel: offer ? offerLabel(offer) : '',
    };
    const review = { reviewedByUserId: operator.id, reviewedAt: now };
    if (decision.decision === 'validate') {
      const moved = await moveCandidacy(ctx, candidacy, 'validate', {
        patch: { ...review, reviewReason: null, reviewComment: null },
      });
      return { candidacy: moved, round: await syncReview(ctx, round) };
    }
    const contact = candidacy.applicantUserId
      ? await applicantContact(tx, candidacy.applicantUserId)
      : null;
    const label = messagesFor(contact?.locale ?? 'fr').candidacies.reviewRejectionReasons[
      decision.reason
    ];
    const moved = await moveCandidacy(ctx, candidacy, 'reject', {
      reason: decision.reason,
      details: decision.comment ? { comment: decision.comment } : {},
      patch: { ...review, reviewReason: decision.reason, reviewComment: decision.comment ?? null },
      mail: { reason: decision.comment ? `${label}. ${decision.comment}` : label },
      contact,
    });
    return { candidacy: moved, round: await refillAndSync(ctx, round) };
  });
}

/** Sends the validated files to the landlord in one step (frozen dossiers); no cancellation after. */
export async function sendShortlist(
  deps: AppDeps,
  operator: SessionUser,
  offerId: string,
): Promise<RoundRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const offer = await loadOfferFacts(db, offerId);
  const current = await currentRoundOfOffer(db, offerId);
  if (!offer || !current) throw new AppError('round.not_found');
  return db.transaction(async (tx) => {
    const round = await lockRound(tx, current.id);
    if (round.status !== 'closed' && round.status !== 'shortlist_validated')
      throw new AppError('round.transition_invalid');
    const lines = await roundLines(tx, round.id, ['retained', 'validated']);
    if (!reviewState(lines).complete) throw new AppError('shortlist.incomplete');
    const ctx: MoveContext = {
      deps,
      tx,
      now,
      actorUserId: operator.id,
      offerLabel: offerLabel(offer),
    };
    const ready = round.status === 'closed' ? await syncReview(ctx, round) : round;
    const sent = await moveRound(
      tx,
      ready,
      'send',
      {
        guards: { shortlistComplete: true },
        actorUserId: operator.id,
        details: { files: lines.length },
        patch: { sentAt: now },
      },
      now,
    );
    for (const line of lines) {
      const file = line.fileId ? await findFileById(tx, line.fileId) : null;
      if (!file) throw new AppError('candidacy.state_changed');
      await moveCandidacy(ctx, line, 'send', {
        patch: { dossier: buildLandlordDossier(file.snapshot, file.platformNumber, now) },
      });
    }
    for (const staff of await landlordStaff(tx, offer.landlordId)) {
      await enqueueCandidacyMail(deps, tx, {
        to: staff,
        event: 'shortlist_received',
        offerLabel: offerLabel(offer),
        link: landlordShortlistLink(deps, offerId),
        extras: { count: lines.length },
      });
    }
    return sent;
  });
}
