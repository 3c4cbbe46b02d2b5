import { and, asc, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { communes, offerHistory, offerPhotos, offers, users } from '../../db/schema/index.js';
import type { CeilingZone } from '../../domain/eligibility/zones.js';
import { AppError } from '../../server/errors.js';
import { eligibilityKeyOf } from './eligibility-profile.js';
import type { OfferInput } from './offer.schemas.js';
import type { OfferEvent, OfferStatus } from './offer.workflow.js';

/** An offer row as stored. */
export type OfferRow = typeof offers.$inferSelect;
/** What an offer's commune brings to it. */
export type CommuneFacts = {
  inseeCode: string;
  name: string;
  departmentCode: string;
  regionCode: string;
  parentInseeCode: string | null;
  postcodes: string[];
  latitude: number | null;
  longitude: number | null;
  ceilingZone: number;
};
/** A photo's description, without its bytes. */
export type PhotoMeta = {
  id: string;
  offerId: string;
  position: number;
  width: number;
  height: number;
};

/** A commune by INSEE code. */
export async function findCommune(q: Queryable, inseeCode: string): Promise<CommuneFacts | null> {
  const [row] = await q
    .select({
      inseeCode: communes.inseeCode,
      name: communes.name,
      departmentCode: communes.departmentCode,
      regionCode: communes.regionCode,
      parentInseeCode: communes.parentInseeCode,
      postcodes: communes.postcodes,
      latitude: communes.latitude,
      longitude: communes.longitude,
      ceilingZone: communes.ceilingZone,
    })
    .from(communes)
    .where(eq(communes.inseeCode, inseeCode))
    .limit(1);
  return row ?? null;
}

/** The stored columns of an offer form once its commune is known (position, zone, search keys). */
export function storedColumns(input: OfferInput, commune: CommuneFacts) {
  const typed = input.latitude !== null && input.longitude !== null;
  return {
    ...input,
    latitude: typed ? (input.latitude as number) : (commune.latitude ?? 0),
    longitude: typed ? (input.longitude as number) : (commune.longitude ?? 0),
    positionSource: typed ? ('address' as const) : ('commune' as const),
    departmentCode: commune.departmentCode,
    regionCode: commune.regionCode,
    ceilingZone: commune.ceilingZone,
    eligibilityKey: eligibilityKeyOf(input.financing, commune.ceilingZone as CeilingZone),
  };
}

/** An offer by id. */
export async function findOffer(q: Queryable, id: string): Promise<OfferRow | null> {
  const [row] = await q.select().from(offers).where(eq(offers.id, id)).limit(1);
  return row ?? null;
}

/** An offer of this landlord, or `resource.not_found` (another landlord's offer is not revealed). */
export async function requireOwnedOffer(
  q: Queryable,
  landlordId: string | null,
  id: string,
): Promise<OfferRow> {
  const offer = await findOffer(q, id);
  if (!offer || !landlordId || offer.landlordId !== landlordId)
    throw new AppError('resource.not_found');
  return offer;
}

/** Whether another offer of the landlord has this reference (case-insensitive). */
export async function isReferenceTaken(
  q: Queryable,
  landlordId: string,
  reference: string,
  exceptId?: string,
): Promise<boolean> {
  const conditions = [
    eq(offers.landlordId, landlordId),
    sql`lower(${offers.reference}) = lower(${reference})`,
  ];
  if (exceptId) conditions.push(sql`${offers.id} <> ${exceptId}`);
  const [row] = await q
    .select({ id: offers.id })
    .from(offers)
    .where(and(...conditions))
    .limit(1);
  return row !== undefined;
}

/** Inserts an offer. */
export async function insertOffer(
  q: Queryable,
  values: typeof offers.$inferInsert,
): Promise<OfferRow> {
  const [row] = await q.insert(offers).values(values).returning();
  if (!row) throw new Error('insert offers returned nothing');
  return row;
}

/** Updates an offer still in one of the given states; `offer.transition_not_allowed` otherwise. */
export async function updateOfferInStates(
  q: Queryable,
  id: string,
  states: readonly OfferStatus[],
  patch: Partial<typeof offers.$inferInsert>,
  extra?: SQL,
): Promise<OfferRow> {
  const [row] = await q
    .update(offers)
    .set(patch)
    .where(and(eq(offers.id, id), inArray(offers.status, [...states]), extra))
    .returning();
  if (!row) throw new AppError('offer.transition_not_allowed');
  return row;
}

/** Appends one line to an offer's history. */
export async function appendOfferHistory(
  q: Queryable,
  values: typeof offerHistory.$inferInsert,
): Promise<void> {
  await q.insert(offerHistory).values(values);
}

/** Moves an offer from one state to another (only if still in `from`) and logs it, in the caller's transaction. */
export async function transitionOffer(
  q: Queryable,
  input: {
    id: string;
    from: OfferStatus;
    to: OfferStatus;
    event: OfferEvent;
    actorUserId: string | null;
    patch?: Partial<typeof offers.$inferInsert>;
    details?: Record<string, unknown>;
  },
  now: Date,
): Promise<OfferRow> {
  const row = await updateOfferInStates(q, input.id, [input.from], {
    ...input.patch,
    status: input.to,
    updatedAt: now,
  });
  await appendOfferHistory(q, {
    offerId: input.id,
    event: input.event,
    fromStatus: input.from,
    toStatus: input.to,
    actorUserId: input.actorUserId,
    details: input.details ?? {},
    createdAt: now,
  });
  return row;
}

/** The history of an offer, oldest first, with the actor's name. */
export async function listOfferHistory(q: Queryable, offerId: string) {
  return q
    .select({
      event: offerHistory.event,
      fromStatus: offerHistory.fromStatus,
      toStatus: offerHistory.toStatus,
      actorName: sql<string | null>`${users.firstName} || ' ' || ${users.lastName}`,
      details: offerHistory.details,
      createdAt: offerHistory.createdAt,
    })
    .from(offerHistory)
    .leftJoin(users, eq(users.id, offerHistory.actorUserId))
    .where(eq(offerHistory.offerId, offerId))
    .orderBy(asc(offerHistory.id));
}

/** The photos of an offer (without bytes), in display order. */
export async function listPhotos(q: Queryable, offerIds: string | string[]): Promise<PhotoMeta[]> {
  const ids = Array.isArray(offerIds) ? offerIds : [offerIds];
  if (ids.length === 0) return [];
  return q
    .select({
      id: offerPhotos.id,
      offerId: offerPhotos.offerId,
      position: offerPhotos.position,
      width: offerPhotos.width,
      height: offerPhotos.height,
    })
    .from(offerPhotos)
    .where(inArray(offerPhotos.offerId, ids))
    .orderBy(asc(offerPhotos.offerId), asc(offerPhotos.position));
}

/** The landlord's offers, newest change first, with their commune name and photo count. */
export async function listLandlordOffers(
  q: Queryable,
  landlordId: string,
  filter: {
    status?: OfferStatus | undefined;
    q?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  const conditions: SQL[] = [eq(offers.landlordId, landlordId)];
  if (filter.status) conditions.push(eq(offers.status, filter.status));
  if (filter.q)
    conditions.push(ilike(offers.reference, `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
  const where = and(...conditions);
  const [total] = await q.select({ n: count() }).from(offers).where(where);
  const rows = await q
    .select({
      id: offers.id,
      reference: offers.reference,
      status: offers.status,
      typology: offers.typology,
      kind: offers.kind,
      communeName: communes.name,
      postcode: offers.postcode,
      totalCents: offers.totalCents,
      applicationDeadline: offers.applicationDeadline,
      availableOn: offers.availableOn,
      showcase: offers.showcase,
      publishedAt: offers.publishedAt,
      photoCount: sql<number>`(select count(*)::int from offer_photos p where p.offer_id = ${offers.id})`,
      candidacyCount: offers.candidacyCount,
      eligibleApplicants: offers.eligibleApplicants,
      updatedAt: offers.updatedAt,
    })
    .from(offers)
    .innerJoin(communes, eq(communes.inseeCode, offers.communeInsee))
    .where(where)
    .orderBy(desc(offers.updatedAt), desc(offers.id))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total: total?.n ?? 0, offers: rows };
}
