import { z } from 'zod';
import {
  financing,
  inseeCode,
  offerKind,
  offerStatus,
  photoView,
  typology,
} from './offer.schemas.js';

const iso = z.date().transform((d) => d.toISOString());
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const typologyList = z
  .string()
  .transform((v) => [
    ...new Set(
      v
        .split(',')
        .map((t) => t.trim().toUpperCase())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(typology).min(1).max(6));

/**
 * The search filters as typed JSON (an alert saves them). `minRent`/`maxRent`: euros a month,
 * charges included; `distance`: metres (0–5000) around `commune` (its arrondissements included) or
 * around the point `latitude`/`longitude`; `availableNow`: free within 30 days.
 */
export const searchFilters = z.object({
  typologies: z.array(typology).min(1).max(6).optional(),
  kind: offerKind.optional(),
  commune: inseeCode.optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  distance: z.number().int().min(0).max(5_000).optional(),
  pmr: z.boolean().optional(),
  availableNow: z.boolean().optional(),
  minSurface: z.number().min(0).max(1_000).optional(),
  minRent: z.number().int().min(0).max(10_000).optional(),
  maxRent: z.number().int().min(0).max(10_000).optional(),
});
/** Search filters. */
export type SearchFilters = z.infer<typeof searchFilters>;

/** Sort orders: deadline (soonest first, default), rent (lowest first), surface (largest first), newest. */
export const searchSort = z.enum(['deadline', 'rent', 'surface', 'newest']);
/** A sort order. */
export type SearchSort = z.infer<typeof searchSort>;

const pagination = {
  sort: searchSort.default('deadline'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
};

/** `GET /api/offers` query (filters kept in the URL): lists are comma-separated, booleans `true`/`false`. */
export const searchQuery = z.object({
  typologies: typologyList.optional(),
  kind: offerKind.optional(),
  commune: inseeCode.optional(),
  latitude: z.coerce.number().min(-90).max(90).optional(),
  longitude: z.coerce.number().min(-180).max(180).optional(),
  distance: z.coerce.number().int().min(0).max(5_000).optional(),
  pmr: flag.optional(),
  availableNow: flag.optional(),
  minSurface: z.coerce.number().min(0).max(1_000).optional(),
  minRent: z.coerce.number().int().min(0).max(10_000).optional(),
  maxRent: z.coerce.number().int().min(0).max(10_000).optional(),
  ...pagination,
});

/** `GET /api/showcase/offers` query: the same filters plus region and department codes. */
export const showcaseQuery = searchQuery.extend({
  region: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  department: z
    .string()
    .regex(/^(\d{2,3}|2[AB])$/)
    .optional(),
});

const position = z.object({ latitude: z.number(), longitude: z.number() });

/** One offer of a result list (gallery and map). */
export const offerCard = z.object({
  id: z.uuid(),
  reference: z.string(),
  typology,
  kind: offerKind,
  surfaceM2: z.number(),
  floor: z.number().int().nullable(),
  pmrAdapted: z.boolean(),
  rentCents: z.number().int(),
  chargesCents: z.number().int(),
  totalCents: z.number().int(),
  financing,
  commune: z.object({ inseeCode: z.string(), name: z.string(), postcode: z.string() }),
  position,
  applicationDeadline: z.string(),
  availableOn: z.string(),
  publishedAt: iso.nullable(),
  landlordName: z.string(),
  coverPhotoUrl: z.string().nullable(),
  /** Metres from the search centre, when the search has one. */
  distanceM: z.number().int().nullable(),
  candidacyCount: z.number().int(),
  eligibleApplicants: z.number().int(),
});
/** A result card. */
export type OfferCard = z.input<typeof offerCard>;

/** A page of results: `total` 0 is the "Aucune offre adaptée" case. */
export const searchPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  center: position.nullable(),
  offers: z.array(offerCard),
});

const ruleStatus = z.enum(['passed', 'failed', 'unknown']);
/** One rule of the eligibility verdict, with its figures (see src/domain/eligibility/evaluate.ts). */
export const eligibilityRule = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('income_ceiling'),
    status: ruleStatus,
    ceiling: z.number().nullable(),
    taxIncome: z.number(),
    taxYear: z.number(),
    category: z.number().int(),
    extraPersons: z.number().int(),
    categoryReasons: z.array(z.string()),
    zone: z.number().int(),
    year: z.number().int().nullable(),
    requestedYear: z.number().int(),
    financing,
    notes: z.array(z.string()),
  }),
  z.object({
    rule: z.literal('typology'),
    status: ruleStatus,
    allowed: z.array(typology),
    offered: typology,
    persons: z.number().int(),
  }),
  z.object({
    rule: z.literal('affordability'),
    status: ruleStatus,
    monthlyIncomeCents: z.number().int(),
    housingBenefitCents: z.number().int(),
    requiredCents: z.number().int(),
    factor: z.number(),
  }),
  z.object({
    rule: z.literal('file'),
    status: ruleStatus,
    fileValidated: z.boolean(),
    applicationActive: z.boolean(),
  }),
]);

/** The offer page ("fiche détaillée"). `eligibility` is null for anyone but an applicant. */
export const offerPage = z.object({
  offer: offerCard.extend({
    status: offerStatus,
    street: z.string(),
    hasLift: z.boolean(),
    energyClass: z.string(),
    gesClass: z.string(),
    heating: z.string(),
    description: z.string(),
    showcase: z.boolean(),
    photos: z.array(photoView),
  }),
  similar: z.array(offerCard),
  eligibility: z
    .discriminatedUnion('status', [
      z.object({ status: z.literal('no_file') }),
      z.object({
        status: z.literal('evaluated'),
        eligible: z.boolean(),
        effortRate: z.number().nullable(),
        rules: z.array(eligibilityRule),
      }),
    ])
    .nullable(),
});
