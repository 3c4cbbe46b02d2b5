import { evaluateEligibility } from '../../../domain/eligibility/evaluate.js';
import { isDeadlinePassed } from '../../../domain/candidacies/deadline.js';
import { scoreOf } from '../../../domain/candidacies/ranking.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { fileProgress } from '../../applicant-file/file-progress.js';
import { findFileByUser } from '../../applicant-file/file.repo.js';
import { isUniqueViolation } from '../../applicant-file/use-cases/import.js';
import { cachedCeilings } from '../../ceilings/ceilings-cache.js';
import { applicantCandidaciesLink, enqueueCandidacyMail } from '../candidacy-mail.js';
import { insertCandidacy, type CandidacyRow } from '../candidacy.repo.js';
import {
  bumpOfferCandidacyCount,
  loadOfferFacts,
  offerLabel,
  type OfferFacts,
} from '../offer-gateway.js';
import { rankingInputsOf } from '../ranking-inputs.js';
import { currentRule } from '../ranking.repo.js';
import { bumpOpenRound, currentRoundOfOffer, ensureRound } from '../round.repo.js';
import { scheduleClosing } from './closing.js';

/** The offer an applicant may apply to now, or the error that says why not. */
export async function requireOpenOffer(
  deps: AppDeps,
  offerId: string,
  now: Date,
): Promise<OfferFacts> {
  const offer = await loadOfferFacts(deps.database.db, offerId);
  if (!offer || offer.status === 'draft') throw new AppError('candidacy.offer_not_found');
  if (offer.status !== 'published' || isDeadlinePassed(offer.applicationDeadline, now))
    throw new AppError('candidacy.offer_closed');
  return offer;
}

/**
 * "Je postule": checks the file (validated, application active), the offer (published, deadline
 * not passed), eligibility (the engine) and that no other candidacy is active, then records the
 * candidacy with its ranking inputs and score. The partial unique index on the applicant makes a
 * second active candidacy impossible even under concurrent requests on several instances; the
 * round row is updated last, on the condition that the round is still open, which serialises
 * applications with the closing of the offer while holding its lock only until the commit.
 */
export async function applyToOffer(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
): Promise<{ candidacy: CandidacyRow; offer: OfferFacts }> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const file = await findFileByUser(db, user.id);
  if (!file || file.status !== 'validated') throw new AppError('candidacy.file_not_validated');
  if (!fileProgress(file, now).applicationActive)
    throw new AppError('candidacy.application_inactive');
  const offer = await requireOpenOffer(deps, offerId, now);
  const eligibility = evaluateEligibility({
    application: file.snapshot,
    fileValidated: true,
    applicationActive: true,
    offer: {
      communeInsee: offer.communeInsee,
      typology: offer.typology,
      rentCents: offer.rentCents,
      chargesCents: offer.chargesCents,
      financing: offer.financing,
    },
    ceilings: await cachedCeilings(db),
    affordabilityFactor: deps.config.AFFORDABILITY_FACTOR,
    today: now,
  });
  if (!eligibility.eligible) throw new AppError('candidacy.not_eligible');
  const inputs = await rankingInputsOf(db, file);
  const rule = await currentRule(db);
  try {
    return await db.transaction(async (tx) => {
      // The round is read without a lock, the candidacy and its e-mail written, and only then the
      // round's count is bumped (on the condition that it is still open) and the offer's: the rows
      // locked by these two updates, which every application and the closing need, are held for
      // the shortest time. A round closed meanwhile makes the bump find nothing: all is undone.
      // The offer's first candidacy opens its round and schedules its closing.
      let round = await currentRoundOfOffer(tx, offerId);
      if (!round || round.status !== 'published') {
        const ensured = await ensureRound(
          tx,
          { offerId, deadline: offer.applicationDeadline },
          now,
        );
        if (ensured.created)
          await scheduleClosing(deps, tx, ensured.round.id, offer.applicationDeadline);
        round = ensured.round;
      }
      if (round.status !== 'published') throw new AppError('candidacy.offer_closed');
      const score = scoreOf(inputs, rule.params, round.referenceDate);
      const row = await insertCandidacy(
        tx,
        {
          roundId: round.id,
          offerId,
          applicantUserId: user.id,
          fileId: file.id,
          appliedAt: now,
          inputs,
          ruleVersion: rule.version,
          score: score.total,
          reasons: score.reasons,
          createdAt: now,
          updatedAt: now,
        },
        now,
      );
      await enqueueCandidacyMail(deps, tx, {
        to: { email: user.email, locale: user.locale },
        event: 'applied',
        offerLabel: offerLabel(offer),
        link: applicantCandidaciesLink(deps),
      });
      if (!(await bumpOpenRound(tx, round.id, 1, now)))
        throw new AppError('candidacy.offer_closed');
      await bumpOfferCandidacyCount(tx, offerId, 1);
      return { candidacy: row, offer };
    });
  } catch (error) {
    if (isUniqueViolation(error, 'candidacies_one_active_per_applicant'))
      throw new AppError('candidacy.already_active');
    throw error;
  }
}
