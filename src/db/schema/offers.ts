import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { landlords, users } from './accounts.js';
import { applicantFiles } from './applicant-files.js';
import { communes } from './territory.js';

/** PostgreSQL bytea, read and written as a Node Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Offer lifecycle states. */
export const OFFER_STATUSES = ['draft', 'published', 'withdrawn', 'closed'] as const;
/** Typologies T1..T6. */
export const OFFER_TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;
/** House or flat. */
export const OFFER_KINDS = ['flat', 'house'] as const;
/** Financing types of social housing. */
export const OFFER_FINANCINGS = ['PLAI', 'PLUS', 'PLS', 'PLI'] as const;
/** Energy (DPE) and greenhouse-gas (GES) classes. */
export const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
/** Heating types. */
export const HEATING_TYPES = [
  'individual_gas',
  'individual_electric',
  'collective_gas',
  'heat_network',
  'heat_pump',
  'wood',
  'other',
] as const;

const tz = (name: string) => timestamp(name, { withTimezone: true });

/** Offers published by landlords, with the denormalised columns the searches filter on. */
export const offers = pgTable(
  'offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    landlordId: uuid('landlord_id')
      .notNull()
      .references(() => landlords.id),
    reference: text('reference').notNull(),
    street: text('street').notNull(),
    postcode: text('postcode').notNull(),
    communeInsee: text('commune_insee')
      .notNull()
      .references(() => communes.inseeCode),
    latitude: doublePrecision('latitude').notNull(),
    longitude: doublePrecision('longitude').notNull(),
    /** `address`: typed by the landlord; `commune`: the commune's position. */
    positionSource: text('position_source', { enum: ['address', 'commune'] }).notNull(),
    typology: text('typology', { enum: OFFER_TYPOLOGIES }).notNull(),
    kind: text('kind', { enum: OFFER_KINDS }).notNull(),
    surfaceM2: doublePrecision('surface_m2').notNull(),
    /** 0 = ground floor; null for a house. */
    floor: smallint('floor'),
    hasLift: boolean('has_lift').notNull().default(false),
    rentCents: integer('rent_cents').notNull(),
    chargesCents: integer('charges_cents').notNull(),
    financing: text('financing', { enum: OFFER_FINANCINGS }).notNull(),
    pmrAdapted: boolean('pmr_adapted').notNull().default(false),
    energyClass: text('energy_class', { enum: ENERGY_CLASSES }).notNull(),
    gesClass: text('ges_class', { enum: ENERGY_CLASSES }).notNull(),
    heating: text('heating', { enum: HEATING_TYPES }).notNull(),
    description: text('description').notNull().default(''),
    availableOn: date('available_on', { mode: 'string' }).notNull(),
    applicationDeadline: date('application_deadline', { mode: 'string' }).notNull(),
    showcase: boolean('showcase').notNull().default(false),
    status: text('status', { enum: OFFER_STATUSES }).notNull().default('draft'),
    publishedAt: tz('published_at'),
    // Search columns, kept in step with the fields above by the repository.
    departmentCode: text('department_code').notNull(),
    regionCode: text('region_code').notNull(),
    ceilingZone: smallint('ceiling_zone').notNull(),
    /** financing × zone as 0..8 (PLAI, PLUS, PLS × zones 1–3); null for PLI (not decidable). */
    eligibilityKey: smallint('eligibility_key'),
    typologyRank: smallint('typology_rank')
      .notNull()
      .generatedAlwaysAs(sql`(substr(typology, 2))::smallint`),
    totalCents: integer('total_cents')
      .notNull()
      .generatedAlwaysAs(sql`rent_cents + charges_cents`),
    /** Hook for the candidacy issue: locks the eligibility fields once above 0. */
    candidacyCount: integer('candidacy_count').notNull().default(0),
    /** Applicants eligible to this offer, maintained by jobs (never counted per request). */
    eligibleApplicants: integer('eligible_applicants').notNull().default(0),
    eligibleCountedAt: tz('eligible_counted_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('offers_landlord_reference_key').on(t.landlordId, sql`lower(${t.reference})`),
    index('offers_landlord_idx').on(t.landlordId, t.updatedAt),
    // Covers the eligible search (its three criteria first, then every column its other filters,
    // sorts and page need): an index-only scan, no table access.
    index('offers_eligible_idx')
      .on(
        t.eligibilityKey,
        t.typologyRank,
        t.totalCents,
        t.applicationDeadline,
        t.id,
        t.latitude,
        t.longitude,
        t.communeInsee,
        t.kind,
        t.pmrAdapted,
        t.surfaceM2,
        t.availableOn,
        t.publishedAt,
      )
      .where(sql`status = 'published'`),
    index('offers_position_idx')
      .on(t.latitude, t.longitude)
      .where(sql`status = 'published'`),
    index('offers_commune_idx')
      .on(t.communeInsee)
      .where(sql`status = 'published'`),
    index('offers_showcase_region_idx')
      .on(t.regionCode, t.applicationDeadline, t.id)
      .where(sql`status = 'published' and showcase`),
    index('offers_showcase_department_idx')
      .on(t.departmentCode, t.applicationDeadline, t.id)
      .where(sql`status = 'published' and showcase`),
    index('offers_showcase_deadline_idx')
      .on(t.applicationDeadline, t.id)
      .where(sql`status = 'published' and showcase`),
    check('offers_money_check', sql`${t.rentCents} >= 0 and ${t.chargesCents} >= 0`),
    check('offers_surface_check', sql`${t.surfaceM2} > 0`),
    check('offers_counts_check', sql`${t.candidacyCount} >= 0 and ${t.eligibleApplicants} >= 0`),
  ],
);

/** Up to 10 photos an offer: a cleaned full-size JPEG and a gallery-sized WebP. */
export const offerPhotos = pgTable(
  'offer_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    /** Size of the file the landlord sent. */
    uploadedBytes: integer('uploaded_bytes').notNull(),
    fullBytes: bytea('full_bytes').notNull(),
    galleryBytes: bytea('gallery_bytes').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('offer_photos_offer_idx').on(t.offerId, t.position)],
);

/** Every change of an offer's state (and its creation and edits), with who did it. */
export const offerHistory = pgTable(
  'offer_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromStatus: text('from_status', { enum: OFFER_STATUSES }),
    toStatus: text('to_status', { enum: OFFER_STATUSES }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('offer_history_offer_idx').on(t.offerId, t.id)],
);

/**
 * What a validated, active applicant file is eligible to, precomputed by jobs with the
 * eligibility engine: the financing × zone keys whose ceiling admits the income (bit mask), the
 * typologies the household may apply to, and the highest rent + charges it can afford.
 */
export const eligibilityProfiles = pgTable(
  'eligibility_profiles',
  {
    fileId: uuid('file_id')
      .primaryKey()
      .references(() => applicantFiles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    keyMask: integer('key_mask').notNull(),
    typologyMin: smallint('typology_min').notNull(),
    typologyMax: smallint('typology_max').notNull(),
    maxTotalCents: integer('max_total_cents').notNull(),
    /** Last day the application is valid (the profile is dropped after it). */
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    /** Fingerprint of the ceilings and factor it was computed with. */
    basis: text('basis').notNull(),
    fileUpdatedAt: tz('file_updated_at').notNull(),
    computedAt: tz('computed_at').notNull(),
  },
  (t) => [
    index('eligibility_profiles_user_idx').on(t.userId),
    index('eligibility_profiles_match_idx').on(t.typologyMin, t.typologyMax, t.maxTotalCents),
    index('eligibility_profiles_valid_idx').on(t.validUntil),
  ],
);

/** Progress marks of the background jobs (e.g. the last file change already processed). */
export const offerJobCursors = pgTable('offer_job_cursors', {
  name: text('name').primaryKey(),
  position: tz('position').notNull(),
});
