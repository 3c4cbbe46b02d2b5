import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../../db/database.js';
import { offerHistory, offers } from '../../../db/schema/index.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields } from '../../../server/errors.js';
import { isoToday, offerDateProblems } from '../offer.rules.js';
import { findOffer, requireOwnedOffer, transitionOffer, type OfferRow } from '../offer.repo.js';
import { nextOfferStatus, republicationContext, type OfferEvent } from '../offer.workflow.js';
import { enqueueEligibleCount } from './eligibility-jobs.js';
import { offerFormProblems } from './save-offer.js';

/** The form fields of a stored offer (to check it again before publication). */
export function formOf(offer: OfferRow) {
  return {
    ...offer,
    latitude: offer.positionSource === 'address' ? offer.latitude : null,
    longitude: offer.positionSource === 'address' ? offer.longitude : null,
  };
}

function refuse(event: OfferEvent, offer: OfferRow, publishable: boolean, deadlinePassed: boolean) {
  const result = nextOfferStatus(offer.status, event, { publishable, deadlinePassed });
  if (!result.ok && result.refusal.kind === 'not_allowed')
    throw new AppError('offer.transition_not_allowed');
  return result;
}

/** What a publication resets: its date, and its eligible count until the count job has run. */
const publicationPatch = (now: Date) => ({
  publishedAt: now,
  eligibleApplicants: 0,
  eligibleCountedAt: null,
});

/**
 * Enqueues, in the publication's transaction, what every publication starts (first publication,
 * CSV import with publication, re-publication): the count of the offer's eligible applicants and
 * the alert e-mails.
 */
export async function enqueuePublicationJobs(
  deps: AppDeps,
  q: Queryable,
  offerId: string,
): Promise<void> {
  await enqueueEligibleCount(deps, q, offerId);
  await deps.jobs.enqueue(q, 'alerts.offer_published', { offerId });
}

/** Publishes a draft or withdrawn offer that passes every rule; logs it and starts its jobs (count, alerts). */
export async function publishOffer(
  deps: AppDeps,
  user: SessionUser,
  id: string,
): Promise<OfferRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const offer = await requireOwnedOffer(db, user.landlordId, id);
  refuse('publish', offer, true, false);
  const { problems } = await offerFormProblems(
    db,
    offer.landlordId,
    formOf(offer),
    isoToday(now),
    offer.id,
  );
  const result = nextOfferStatus(offer.status, 'publish', {
    publishable: problems.length === 0,
    deadlinePassed: false,
  });
  if (!result.ok) throw invalidFields(problems);
  return db.transaction(async (tx) => {
    const published = await transitionOffer(
      tx,
      {
        id,
        from: offer.status,
        to: result.to,
        event: 'publish',
        actorUserId: user.id,
        patch: publicationPatch(now),
      },
      now,
    );
    await enqueuePublicationJobs(deps, tx, id);
    return published;
  });
}

/** A re-publication, as the candidacies module asks for it (it knows the allocation rounds). */
export type Republication = {
  offerId: string;
  actorUserId: string;
  applicationDeadline: string;
  availableOn: string;
  /** The offer's last allocation round ended with nobody allocated, or it had no round. */
  nobodyAllocated: boolean;
  /** The round the re-publication opens (for the history). */
  roundNo: number;
};

/**
 * Publishes a closed offer again with new dates, in the caller's transaction: logs it, resets its
 * counts and starts the same jobs as a first publication. Throws `offer.transition_not_allowed`
 * when the offer is not closed or somebody was allocated, `validation.failed` when a date breaks
 * the rules.
 */
export async function republishClosedOffer(
  deps: AppDeps,
  tx: Queryable,
  input: Republication,
  now: Date,
): Promise<OfferRow> {
  const offer = await findOffer(tx, input.offerId);
  if (!offer) throw new AppError('resource.not_found');
  const today = isoToday(now);
  const result = nextOfferStatus(
    offer.status,
    'republish',
    republicationContext({ ...input, today }),
  );
  if (!result.ok) {
    const { refusal } = result;
    if (refusal.kind === 'not_allowed' || refusal.guards.includes('nobody_allocated'))
      throw new AppError('offer.transition_not_allowed');
    throw invalidFields(offerDateProblems(input, today));
  }
  const { applicationDeadline, availableOn, roundNo } = input;
  const republished = await transitionOffer(
    tx,
    {
      id: offer.id,
      from: offer.status,
      to: result.to,
      event: 'republish',
      actorUserId: input.actorUserId,
      patch: { applicationDeadline, availableOn, candidacyCount: 0, ...publicationPatch(now) },
      details: { roundNo, applicationDeadline, availableOn },
    },
    now,
  );
  await enqueuePublicationJobs(deps, tx, offer.id);
  return republished;
}

/** Withdraws a published offer (it leaves every search; it may be published again). */
export async function withdrawOffer(
  deps: AppDeps,
  user: SessionUser,
  id: string,
): Promise<OfferRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const offer = await requireOwnedOffer(db, user.landlordId, id);
  const result = refuse('withdraw', offer, true, false);
  if (!result.ok) throw new AppError('offer.transition_not_allowed');
  return db.transaction((tx) =>
    transitionOffer(
      tx,
      { id, from: offer.status, to: result.to, event: 'withdraw', actorUserId: user.id },
      now,
    ),
  );
}

/** Closes the published offers whose application deadline has passed (nightly job); returns how many. */
export async function closeExpiredOffers(db: Db, now: Date): Promise<number> {
  const today = isoToday(now);
  return db.transaction(async (tx) => {
    const closed = await tx
      .update(offers)
      .set({ status: 'closed', updatedAt: now })
      .where(and(eq(offers.status, 'published'), lt(offers.applicationDeadline, today)))
      .returning({ id: offers.id });
    if (closed.length > 0) {
      await tx.insert(offerHistory).values(
        closed.map((o) => ({
          offerId: o.id,
          event: 'close',
          fromStatus: 'published' as const,
          toStatus: 'closed' as const,
          actorUserId: null,
          details: { reason: 'deadline_passed' },
          createdAt: now,
        })),
      );
    }
    return closed.length;
  });
}

/** Copies an offer (fields and photos) into a new draft whose reference is free. */
export async function duplicateOffer(
  deps: AppDeps,
  user: SessionUser,
  id: string,
): Promise<OfferRow> {
  const { db } = deps.database;
  const now = deps.clock.now();
  const source = await requireOwnedOffer(db, user.landlordId, id);
  return db.transaction(async (tx) => {
    const taken = await tx
      .select({ reference: sql<string>`lower(${offers.reference})` })
      .from(offers)
      .where(
        and(
          eq(offers.landlordId, source.landlordId),
          sql`lower(${offers.reference}) like lower(${`${source.reference.slice(0, 30)}-copie%`})`,
        ),
      );
    const used = new Set(taken.map((t) => t.reference));
    let reference = `${source.reference.slice(0, 30)}-copie`;
    for (let n = 2; used.has(reference.toLowerCase()); n += 1)
      reference = `${source.reference.slice(0, 30)}-copie${n}`;
    const { id: _id, typologyRank: _r, totalCents: _t, ...fields } = source;
    const [copy] = await tx
      .insert(offers)
      .values({
        ...fields,
        reference,
        status: 'draft',
        publishedAt: null,
        candidacyCount: 0,
        eligibleApplicants: 0,
        eligibleCountedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!copy) throw new Error('insert offers returned nothing');
    await tx.execute(sql`
      insert into offer_photos (offer_id, position, width, height, uploaded_bytes, full_bytes, gallery_bytes, created_at)
      select ${copy.id}, position, width, height, uploaded_bytes, full_bytes, gallery_bytes, created_at
      from offer_photos where offer_id = ${source.id}`);
    await tx.insert(offerHistory).values({
      offerId: copy.id,
      event: 'duplicated',
      fromStatus: null,
      toStatus: 'draft',
      actorUserId: user.id,
      details: { fromOfferId: source.id, fromReference: source.reference },
      createdAt: now,
    });
    return copy;
  });
}
