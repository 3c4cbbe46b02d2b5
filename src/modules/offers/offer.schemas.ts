import { z } from 'zod';
import {
  ENERGY_CLASSES,
  HEATING_TYPES,
  OFFER_FINANCINGS,
  OFFER_KINDS,
  OFFER_STATUSES,
  OFFER_TYPOLOGIES,
} from '../../db/schema/offers.js';

const isoDate = z.iso.date();
const iso = z.date().transform((d) => d.toISOString());
/** An INSEE commune code (`75112`, `2A004`). */
export const inseeCode = z.string().regex(/^(\d{5}|2[AB]\d{3})$/);
/** A typology, T1 to T6. */
export const typology = z.enum(OFFER_TYPOLOGIES);
/** House or flat. */
export const offerKind = z.enum(OFFER_KINDS);
/** A financing type. */
export const financing = z.enum(OFFER_FINANCINGS);
/** An offer's state. */
export const offerStatus = z.enum(OFFER_STATUSES);
const energy = z.enum(ENERGY_CLASSES);

/** The landlord's offer form (create, edit); money in integer cents, surface in m². */
export const offerInput = z.object({
  reference: z.string().trim().min(1).max(40),
  street: z.string().trim().min(1).max(200),
  postcode: z.string().regex(/^\d{5}$/),
  communeInsee: inseeCode,
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  typology,
  kind: offerKind,
  surfaceM2: z.number().positive().max(10_000),
  floor: z.number().int().min(-1).max(80).nullable().default(null),
  hasLift: z.boolean().default(false),
  rentCents: z.number().int().nonnegative().max(10_000_000),
  chargesCents: z.number().int().nonnegative().max(10_000_000),
  financing,
  pmrAdapted: z.boolean().default(false),
  energyClass: energy,
  gesClass: energy,
  heating: z.enum(HEATING_TYPES),
  description: z.string().trim().max(5_000).default(''),
  availableOn: isoDate,
  applicationDeadline: isoDate,
  showcase: z.boolean().default(false),
});
/** A parsed offer form. */
export type OfferInput = z.infer<typeof offerInput>;

/** `:id` of an offer. */
export const offerIdParams = z.object({ id: z.uuid() });
/** `:id` of an offer and `:photoId` of one of its photos. */
export const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });

/** A photo as listed (the bytes are served by the photo route). */
export const photoView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
  galleryUrl: z.string(),
  fullUrl: z.string(),
});

const communeView = z.object({
  inseeCode: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  regionCode: z.string(),
});

/** An offer as its landlord sees it (preview and edit form). */
export const landlordOfferView = offerInput.extend({
  id: z.uuid(),
  latitude: z.number(),
  longitude: z.number(),
  positionSource: z.enum(['address', 'commune']),
  commune: communeView,
  ceilingZone: z.number().int(),
  totalCents: z.number().int(),
  status: offerStatus,
  publishedAt: iso.nullable(),
  candidacyCount: z.number().int(),
  eligibleApplicants: z.number().int(),
  photos: z.array(photoView),
  createdAt: iso,
  updatedAt: iso,
});

/** One line of an offer's history. */
export const historyEntry = z.object({
  event: z.string(),
  fromStatus: offerStatus.nullable(),
  toStatus: offerStatus,
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: iso,
});

/** The landlord's list of offers. */
export const landlordListQuery = z.object({
  status: offerStatus.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** One offer in the landlord's list. */
export const landlordListItem = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: offerStatus,
  typology,
  kind: offerKind,
  communeName: z.string(),
  postcode: z.string(),
  totalCents: z.number().int(),
  applicationDeadline: z.string(),
  availableOn: z.string(),
  showcase: z.boolean(),
  publishedAt: iso.nullable(),
  photoCount: z.number().int(),
  candidacyCount: z.number().int(),
  eligibleApplicants: z.number().int(),
  updatedAt: iso,
});

/** Photo order: every photo id of the offer, in the wanted order. */
export const photoOrderBody = z.object({ photoIds: z.array(z.uuid()).min(1).max(10) });
