// JSON shapes of the offer, search, alert and territory endpoints, as the zod schemas of
// `src/modules/offers/offer.schemas.ts`, `search.schemas.ts`, `src/modules/alerts/alert.schemas.ts`
// and `src/modules/territory/territory.routes.ts` describe them. Money is in integer cents (except
// the rent filters, in whole euros), surfaces in m², dates as `YYYY-MM-DD`, instants as ISO strings.

/** Typologies, T1 to T6. */
export const TYPOLOGIES = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;
/** A typology. */
export type Typology = (typeof TYPOLOGIES)[number];

/** House or flat. */
export const OFFER_KINDS = ['flat', 'house'] as const;
/** House or flat. */
export type OfferKind = (typeof OFFER_KINDS)[number];

/** Financing types of social housing. */
export const FINANCINGS = ['PLAI', 'PLUS', 'PLS', 'PLI'] as const;
/** A financing type. */
export type Financing = (typeof FINANCINGS)[number];

/** States of an offer. */
export const OFFER_STATUSES = ['draft', 'published', 'withdrawn', 'closed'] as const;
/** State of an offer. */
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Energy (DPE) and greenhouse-gas (GES) classes. */
export const ENERGY_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
/** An energy or greenhouse-gas class. */
export type EnergyClass = (typeof ENERGY_CLASSES)[number];

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
/** A heating type. */
export type HeatingType = (typeof HEATING_TYPES)[number];

/** Sort orders of a search: deadline (default), rent, surface, newest. */
export const SEARCH_SORTS = ['deadline', 'rent', 'surface', 'newest'] as const;
/** A sort order. */
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** True when the value is one of the listed strings. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Territory

/** A commune found by `GET /api/communes?q=`. */
export interface CommuneHit {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departmentCode: string;
  departmentName: string;
  regionName: string;
  zone: 1 | 2 | 3;
  latitude: number | null;
  longitude: number | null;
}

/** A region. */
export interface Region {
  code: string;
  name: string;
}

/** A department. */
export interface Department {
  code: string;
  name: string;
  regionCode: string;
  regionName: string;
}

/** `GET /api/offers/map-config`. */
export interface MapConfig {
  tileUrl: string;
  attribution: string;
}

// ---------------------------------------------------------------------------------------------
// Search and offer page

/** The filters of a search (the body of an alert); rents in whole euros, distance in metres. */
export interface SearchFilters {
  typologies?: Typology[];
  kind?: OfferKind;
  commune?: string;
  latitude?: number;
  longitude?: number;
  distance?: number;
  pmr?: boolean;
  availableNow?: boolean;
  minSurface?: number;
  minRent?: number;
  maxRent?: number;
}

/** A photo of an offer (bytes at its two URLs). */
export interface OfferPhoto {
  id: string;
  position: number;
  width: number;
  height: number;
  galleryUrl: string;
  fullUrl: string;
}

/** A position on the map. */
export interface Position {
  latitude: number;
  longitude: number;
}

/** One offer of a result list (gallery, list and map). */
export interface OfferCard {
  id: string;
  reference: string;
  typology: Typology;
  kind: OfferKind;
  surfaceM2: number;
  floor: number | null;
  pmrAdapted: boolean;
  rentCents: number;
  chargesCents: number;
  totalCents: number;
  financing: Financing;
  commune: { inseeCode: string; name: string; postcode: string };
  position: Position;
  applicationDeadline: string;
  availableOn: string;
  publishedAt: string | null;
  landlordName: string;
  coverPhotoUrl: string | null;
  distanceM: number | null;
  candidacyCount: number;
  eligibleApplicants: number;
}

/** A page of results; `total` 0 is the "Aucune offre adaptée" case. */
export interface SearchPage {
  total: number;
  page: number;
  pageSize: number;
  center: Position | null;
  offers: OfferCard[];
}

/** Outcome of one eligibility rule. */
export type RuleStatus = 'passed' | 'failed' | 'unknown';

/** Why the household has its category (arrêté of 1987, art. 2). */
export type CategoryClause =
  | 'single_person'
  | 'persons'
  | 'alone_with_dependants'
  | 'young_couple'
  | 'disability'
  | 'per_extra_person';

/** What to know about how the income rule was decided. */
export type IncomeCeilingNote =
  | 'ceiling_year_fallback'
  | 'no_ceiling_year'
  | 'ceiling_not_entered'
  | 'financing_not_supported'
  | 'tax_year_mismatch';

/** The income-ceiling rule (whole euros). */
export interface IncomeCeilingRule {
  rule: 'income_ceiling';
  status: RuleStatus;
  ceiling: number | null;
  taxIncome: number;
  taxYear: number;
  category: number;
  extraPersons: number;
  categoryReasons: CategoryClause[];
  zone: number;
  year: number | null;
  requestedYear: number;
  financing: Financing;
  notes: IncomeCeilingNote[];
}

/** The typology rule. */
export interface TypologyRule {
  rule: 'typology';
  status: RuleStatus;
  allowed: Typology[];
  offered: Typology;
  persons: number;
}

/** The affordability rule (cents a month). */
export interface AffordabilityRule {
  rule: 'affordability';
  status: RuleStatus;
  monthlyIncomeCents: number;
  housingBenefitCents: number;
  requiredCents: number;
  factor: number;
}

/** The file rule. */
export interface FileRule {
  rule: 'file';
  status: RuleStatus;
  fileValidated: boolean;
  applicationActive: boolean;
}

/** One rule of the verdict. */
export type EligibilityRule = IncomeCeilingRule | TypologyRule | AffordabilityRule | FileRule;

/** The verdict of the offer page for an applicant. */
export type OfferEligibility =
  | { status: 'no_file' }
  | { status: 'evaluated'; eligible: boolean; effortRate: number | null; rules: EligibilityRule[] };

/** The offer of the offer page. */
export interface OfferDetail extends OfferCard {
  status: OfferStatus;
  street: string;
  hasLift: boolean;
  energyClass: EnergyClass;
  gesClass: EnergyClass;
  heating: HeatingType;
  description: string;
  showcase: boolean;
  photos: OfferPhoto[];
}

/** `GET /api/offers/:id`: `eligibility` is null for anyone but an applicant. */
export interface OfferPageResponse {
  offer: OfferDetail;
  similar: OfferCard[];
  eligibility: OfferEligibility | null;
}

// ---------------------------------------------------------------------------------------------
// Alerts

/** How often an alert e-mails. */
export const ALERT_FREQUENCIES = ['immediate', 'daily'] as const;
/** How often an alert e-mails. */
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

/** A saved search. */
export interface SearchAlert {
  id: string;
  name: string;
  filters: SearchFilters;
  frequency: AlertFrequency;
  active: boolean;
  createdAt: string;
  updatedAt: string;
  lastSentAt: string | null;
}

/** Body of `POST /api/alerts`. */
export interface AlertInput {
  name: string;
  filters: SearchFilters;
  frequency: AlertFrequency;
}

/** Body of `PATCH /api/alerts/:id`. */
export interface AlertPatch {
  name?: string;
  filters?: SearchFilters;
  frequency?: AlertFrequency;
  active?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Landlord portal

/** The landlord's offer form; money in integer cents. */
export interface OfferInput {
  reference: string;
  street: string;
  postcode: string;
  communeInsee: string;
  latitude: number | null;
  longitude: number | null;
  typology: Typology;
  kind: OfferKind;
  surfaceM2: number;
  floor: number | null;
  hasLift: boolean;
  rentCents: number;
  chargesCents: number;
  financing: Financing;
  pmrAdapted: boolean;
  energyClass: EnergyClass;
  gesClass: EnergyClass;
  heating: HeatingType;
  description: string;
  availableOn: string;
  applicationDeadline: string;
  showcase: boolean;
}

/** An offer as its landlord sees it. */
export interface LandlordOffer extends OfferInput {
  id: string;
  latitude: number;
  longitude: number;
  positionSource: 'address' | 'commune';
  commune: { inseeCode: string; name: string; departmentCode: string; regionCode: string };
  ceilingZone: number;
  totalCents: number;
  status: OfferStatus;
  publishedAt: string | null;
  candidacyCount: number;
  eligibleApplicants: number;
  photos: OfferPhoto[];
  createdAt: string;
  updatedAt: string;
}

/** One line of an offer's history. */
export interface OfferHistoryEntry {
  event: string;
  fromStatus: OfferStatus | null;
  toStatus: OfferStatus;
  actorName: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

/** One offer of the landlord's list. */
export interface LandlordListItem {
  id: string;
  reference: string;
  status: OfferStatus;
  typology: Typology;
  kind: OfferKind;
  communeName: string;
  postcode: string;
  totalCents: number;
  applicationDeadline: string;
  availableOn: string;
  showcase: boolean;
  publishedAt: string | null;
  photoCount: number;
  candidacyCount: number;
  eligibleApplicants: number;
  updatedAt: string;
}

/** `GET /api/landlord/offers`. */
export interface LandlordListResponse {
  total: number;
  page: number;
  pageSize: number;
  offers: LandlordListItem[];
}

/** One line of a CSV import report. */
export interface ImportReportLine {
  line: number;
  reference: string;
  ok: boolean;
  problems: { path: string; code: string; message: string }[];
}

/** `POST /api/landlord/offers/import`: 201 when every line passed (all created), else 422. */
export interface ImportReport {
  created: number;
  published: boolean;
  lines: ImportReportLine[];
}
