// What the candidacies need from the offers module, in one place: the facts of an offer, its
// listing state (published → closed when the round closes; closed → published on re-publication)
// and the `candidacy_count` hook column.

import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { communes, landlords, offers, users } from '../../db/schema/index.js';
import type { AppDeps } from '../../server/context.js';
import { transitionOffer } from '../offers/offer.repo.js';
import { nextOfferStatus } from '../offers/offer.workflow.js';
import { republishClosedOffer, type Republication } from '../offers/use-cases/lifecycle.js';

/** The offer facts the candidacies show and check. */
export type OfferFacts = {
  id: string;
  landlordId: string;
  landlordName: string;
  reference: string;
  status: (typeof offers.$inferSelect)['status'];
  typology: (typeof offers.$inferSelect)['typology'];
  kind: (typeof offers.$inferSelect)['kind'];
  surfaceM2: number;
  rentCents: number;
  chargesCents: number;
  financing: (typeof offers.$inferSelect)['financing'];
  communeInsee: string;
  communeName: string;
  postcode: string;
  applicationDeadline: string;
  availableOn: string;
  candidacyCount: number;
};

const factColumns = {
  id: offers.id,
  landlordId: offers.landlordId,
  landlordName: landlords.name,
  reference: offers.reference,
  status: offers.status,
  typology: offers.typology,
  kind: offers.kind,
  surfaceM2: offers.surfaceM2,
  rentCents: offers.rentCents,
  chargesCents: offers.chargesCents,
  financing: offers.financing,
  communeInsee: offers.communeInsee,
  communeName: sql<string>`coalesce(${communes.name}, ${offers.communeInsee})`,
  postcode: offers.postcode,
  applicationDeadline: offers.applicationDeadline,
  availableOn: offers.availableOn,
  candidacyCount: offers.candidacyCount,
};

/** The facts of one offer, or null. */
export async function loadOfferFacts(q: Queryable, offerId: string): Promise<OfferFacts | null> {
  const [row] = await q
    .select(factColumns)
    .from(offers)
    .innerJoin(landlords, eq(landlords.id, offers.landlordId))
    .leftJoin(communes, eq(communes.inseeCode, offers.communeInsee))
    .where(eq(offers.id, offerId))
    .limit(1);
  return row ?? null;
}

/** How an offer is named in e-mails: "T3 – Rennes (réf. R-12)". */
export function offerLabel(
  offer: Pick<OfferFacts, 'typology' | 'communeName' | 'reference'>,
): string {
  return `${offer.typology} – ${offer.communeName} (réf. ${offer.reference})`;
}

/**
 * Takes a published offer out of the listings when its round closes, at the deadline or early
 * (the `close_round` transition of OFFER_WORKFLOW; no-op when the offer is no longer published).
 */
export async function closeOfferListing(
  q: Queryable,
  offerId: string,
  actorUserId: string | null,
  now: Date,
  reason: string,
): Promise<void> {
  const [offer] = await q
    .select({ status: offers.status })
    .from(offers)
    .where(eq(offers.id, offerId))
    .limit(1);
  if (!offer) return;
  const step = nextOfferStatus(offer.status, 'close_round', {});
  if (!step.ok) return;
  await transitionOffer(
    q,
    {
      id: offerId,
      from: offer.status,
      to: step.to,
      event: 'close_round',
      actorUserId,
      details: { reason },
    },
    now,
  );
}

/**
 * Publishes a closed offer again with new dates through the offer workflow (its `republish`
 * transition, history row and publication jobs), in the caller's transaction.
 */
export async function republishOfferListing(
  deps: AppDeps,
  q: Queryable,
  input: Republication,
  now: Date,
): Promise<void> {
  await republishClosedOffer(deps, q, input, now);
}

/** Moves the offer's `candidacy_count` hook by `delta`. */
export async function bumpOfferCandidacyCount(
  q: Queryable,
  offerId: string,
  delta: number,
): Promise<void> {
  await q
    .update(offers)
    .set({ candidacyCount: sql`greatest(${offers.candidacyCount} + ${delta}, 0)` })
    .where(eq(offers.id, offerId));
}

/** The active staff accounts of a landlord (to notify them). */
export async function landlordStaff(
  q: Queryable,
  landlordId: string,
): Promise<{ id: string; email: string; locale: 'fr' | 'en' }[]> {
  return q
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(
      sql`${users.landlordId} = ${landlordId} and ${users.role} = 'landlord' and ${users.status} = 'active'`,
    );
}
