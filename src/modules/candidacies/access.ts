import type { Queryable } from '../../db/database.js';
import type { SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { requireCandidacy, type CandidacyRow } from './candidacy.repo.js';
import { loadOfferFacts, type OfferFacts } from './offer-gateway.js';

/** The applicant's own candidacy; anyone else's is answered as not found. */
export async function requireOwnCandidacy(
  q: Queryable,
  user: SessionUser,
  id: string,
): Promise<CandidacyRow> {
  const candidacy = await requireCandidacy(q, id);
  if (candidacy.applicantUserId !== user.id) throw new AppError('candidacy.not_found');
  return candidacy;
}

/** An offer of the landlord user's organisation; another landlord's offer is answered as not found. */
export async function requireLandlordOffer(
  q: Queryable,
  user: SessionUser,
  offerId: string,
): Promise<OfferFacts> {
  const offer = await loadOfferFacts(q, offerId);
  if (!offer || !user.landlordId || offer.landlordId !== user.landlordId)
    throw new AppError('candidacy.offer_not_found');
  return offer;
}

/**
 * A candidacy the landlord user may see: on one of its offers, and sent to it (the dossier exists).
 * Files still under Action Logement's review, or never sent, are answered as not found.
 */
export async function requireLandlordCandidacy(
  q: Queryable,
  user: SessionUser,
  id: string,
): Promise<{ candidacy: CandidacyRow; offer: OfferFacts }> {
  const candidacy = await requireCandidacy(q, id);
  const offer = await loadOfferFacts(q, candidacy.offerId);
  if (
    !offer ||
    !user.landlordId ||
    offer.landlordId !== user.landlordId ||
    candidacy.dossier === null
  ) {
    throw new AppError('candidacy.not_found');
  }
  return { candidacy, offer };
}
