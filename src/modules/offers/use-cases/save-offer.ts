import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/database.js';
import { offers } from '../../../db/schema/index.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields, type FieldProblem } from '../../../server/errors.js';
import { changedEligibilityFields, isoToday, offerProblems } from '../offer.rules.js';
import {
  appendOfferHistory,
  findCommune,
  insertOffer,
  isReferenceTaken,
  requireOwnedOffer,
  storedColumns,
  updateOfferInStates,
  type CommuneFacts,
  type OfferRow,
} from '../offer.repo.js';
import type { OfferInput } from '../offer.schemas.js';
import { EDITABLE_STATUSES } from '../offer.workflow.js';
import { enqueueEligibleCount } from './eligibility-jobs.js';

/** Every problem of an offer form: its rules, then what the database knows (commune, reference). */
export async function offerFormProblems(
  q: Queryable,
  landlordId: string,
  input: OfferInput,
  today: string,
  exceptId?: string,
): Promise<{ commune: CommuneFacts | null; problems: FieldProblem[] }> {
  const problems = offerProblems(input, today);
  const commune = await findCommune(q, input.communeInsee);
  if (!commune) {
    problems.push({ path: 'communeInsee', code: 'offer.commune_unknown' });
  } else {
    if (!commune.postcodes.includes(input.postcode))
      problems.push({ path: 'postcode', code: 'offer.postcode_mismatch' });
    if (input.latitude === null && commune.latitude === null)
      problems.push({ path: 'latitude', code: 'offer.position_unknown' });
  }
  if (await isReferenceTaken(q, landlordId, input.reference, exceptId)) {
    problems.push({ path: 'reference', code: 'offer.reference_taken' });
  }
  return { commune, problems };
}

function landlordOf(user: SessionUser): string {
  if (!user.landlordId) throw new AppError('auth.forbidden');
  return user.landlordId;
}

/** Creates a draft offer for the landlord's organisation. */
export async function createOffer(
  deps: AppDeps,
  user: SessionUser,
  input: OfferInput,
): Promise<OfferRow> {
  const landlordId = landlordOf(user);
  const { db } = deps.database;
  const now = deps.clock.now();
  const { commune, problems } = await offerFormProblems(db, landlordId, input, isoToday(now));
  if (problems.length > 0 || !commune) throw invalidFields(problems);
  return db.transaction(async (tx) => {
    const offer = await insertOffer(tx, {
      ...storedColumns(input, commune),
      landlordId,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
    });
    await appendOfferHistory(tx, {
      offerId: offer.id,
      event: 'created',
      fromStatus: null,
      toStatus: 'draft',
      actorUserId: user.id,
      createdAt: now,
    });
    return offer;
  });
}

/**
 * Edits an offer. A closed offer is not editable; once a published offer has candidacies, its
 * eligibility fields cannot change (the landlord withdraws it and publishes it again).
 */
export async function editOffer(
  deps: AppDeps,
  user: SessionUser,
  id: string,
  input: OfferInput,
): Promise<OfferRow> {
  const landlordId = landlordOf(user);
  const { db } = deps.database;
  const now = deps.clock.now();
  const before = await requireOwnedOffer(db, landlordId, id);
  if (!EDITABLE_STATUSES.includes(before.status)) throw new AppError('offer.not_editable');
  const changed = changedEligibilityFields(before, input);
  if (before.status === 'published' && before.candidacyCount > 0 && changed.length > 0) {
    throw new AppError('offer.eligibility_locked', {
      fields: changed.map((path) => ({ path, code: 'offer.locked_field' })),
    });
  }
  const { commune, problems } = await offerFormProblems(db, landlordId, input, isoToday(now), id);
  if (problems.length > 0 || !commune) throw invalidFields(problems);
  return db.transaction(async (tx) => {
    // Eligibility fields change only if no candidacy arrived since the check above.
    const unlocked =
      changed.length > 0
        ? sql`(${offers.status} <> 'published' or ${offers.candidacyCount} = 0)`
        : undefined;
    const offer = await updateOfferInStates(
      tx,
      id,
      EDITABLE_STATUSES,
      { ...storedColumns(input, commune), updatedAt: now },
      unlocked,
    );
    const fields = Object.keys(input).filter(
      (k) => String(before[k as keyof OfferRow]) !== String(offer[k as keyof OfferRow]),
    );
    await appendOfferHistory(tx, {
      offerId: id,
      event: 'edited',
      fromStatus: offer.status,
      toStatus: offer.status,
      actorUserId: user.id,
      details: { fields },
      createdAt: now,
    });
    if (offer.status === 'published' && changed.length > 0)
      await enqueueEligibleCount(deps, tx, offer.id);
    return offer;
  });
}
