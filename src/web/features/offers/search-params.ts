// The search kept in the URL: French parameter names in the address bar, read into a typed search,
// and written out as the API's query or as the filters of an alert. Pure functions (unit-tested).
import {
  isOneOf,
  TYPOLOGIES,
  type OfferKind,
  type SearchFilters,
  type SearchSort,
  type Typology,
} from '../../api/offers-types';

/** The largest PROX distance, metres (seed: "PROX : 0 - 5000"). */
export const MAX_DISTANCE_M = 5_000;
/** Results per page. */
export const PAGE_SIZE = 20;

/** A search as the pages use it. */
export interface OfferSearch {
  typologies: Typology[];
  kind: OfferKind | null;
  /** INSEE code of the commune searched around (applicant) or in (showcase). */
  commune: string | null;
  /** PROX, metres around `commune`; null for the commune itself. */
  distance: number | null;
  pmr: boolean;
  availableNow: boolean;
  minSurface: number | null;
  /** Euros a month, charges included. */
  minRent: number | null;
  maxRent: number | null;
  /** Showcase only. */
  region: string | null;
  department: string | null;
  sort: SearchSort;
  page: number;
}

/** How the results are shown. */
export const RESULT_VIEWS = ['gallery', 'list', 'map'] as const;
/** How the results are shown. */
export type ResultView = (typeof RESULT_VIEWS)[number];

/** A search with no filter. */
export const EMPTY_SEARCH: OfferSearch = {
  typologies: [],
  kind: null,
  commune: null,
  distance: null,
  pmr: false,
  availableNow: false,
  minSurface: null,
  minRent: null,
  maxRent: null,
  region: null,
  department: null,
  sort: 'deadline',
  page: 1,
};

const KIND_PARAM: Record<OfferKind, string> = { flat: 'appartement', house: 'maison' };
const SORT_PARAM: Record<SearchSort, string> = {
  deadline: 'echeance',
  rent: 'loyer',
  surface: 'surface',
  newest: 'recentes',
};
const VIEW_PARAM: Record<ResultView, string> = { gallery: 'galerie', list: 'liste', map: 'carte' };

function reverse<K extends string>(map: Record<K, string>, value: string | null): K | null {
  const entry = Object.entries(map).find(([, text]) => text === value);
  return entry ? (entry[0] as K) : null;
}

function wholeNumber(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function decimal(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
}

const COMMUNE = /^(\d{5}|2[AB]\d{3})$/;
const REGION = /^\d{2}$/;
const DEPARTMENT = /^(\d{2,3}|2[AB])$/;

function code(value: string | null, pattern: RegExp): string | null {
  const upper = value?.trim().toUpperCase() ?? '';
  return pattern.test(upper) ? upper : null;
}

/** Reads the search from the address bar; anything unreadable is left out. */
export function parseSearch(params: URLSearchParams): OfferSearch {
  const typologies = (params.get('pieces') ?? '')
    .split(',')
    .map((t) => t.trim().toUpperCase())
    .filter((t): t is Typology => isOneOf(TYPOLOGIES, t));
  const commune = code(params.get('commune'), COMMUNE);
  return {
    typologies: TYPOLOGIES.filter((t) => typologies.includes(t)),
    kind: reverse(KIND_PARAM, params.get('type')),
    commune,
    distance: commune ? wholeNumber(params.get('prox'), 0, MAX_DISTANCE_M) : null,
    pmr: params.get('pmr') === 'oui',
    availableNow: params.get('disponible') === 'oui',
    minSurface: decimal(params.get('surface'), 0, 1_000),
    minRent: wholeNumber(params.get('loyerMin'), 0, 10_000),
    maxRent: wholeNumber(params.get('loyerMax'), 0, 10_000),
    region: code(params.get('region'), REGION),
    department: code(params.get('departement'), DEPARTMENT),
    sort: reverse(SORT_PARAM, params.get('tri')) ?? 'deadline',
    page: wholeNumber(params.get('page'), 1, 10_000) ?? 1,
  };
}

/** Reads the view from the address bar (gallery by default). */
export function parseView(params: URLSearchParams): ResultView {
  return reverse(VIEW_PARAM, params.get('vue')) ?? 'gallery';
}

/** Writes the search (and the view) into address-bar parameters, leaving defaults out. */
export function searchToParams(search: OfferSearch, view: ResultView = 'gallery'): URLSearchParams {
  const p = new URLSearchParams();
  if (search.region) p.set('region', search.region);
  if (search.department) p.set('departement', search.department);
  if (search.commune) p.set('commune', search.commune);
  if (search.commune && search.distance !== null) p.set('prox', String(search.distance));
  if (search.typologies.length > 0) p.set('pieces', search.typologies.join(','));
  if (search.kind) p.set('type', KIND_PARAM[search.kind]);
  if (search.pmr) p.set('pmr', 'oui');
  if (search.availableNow) p.set('disponible', 'oui');
  if (search.minSurface !== null) p.set('surface', String(search.minSurface));
  if (search.minRent !== null) p.set('loyerMin', String(search.minRent));
  if (search.maxRent !== null) p.set('loyerMax', String(search.maxRent));
  if (search.sort !== 'deadline') p.set('tri', SORT_PARAM[search.sort]);
  if (search.page > 1) p.set('page', String(search.page));
  if (view !== 'gallery') p.set('vue', VIEW_PARAM[view]);
  return p;
}

/** The filters of a search as the API and the alerts name them. */
export function searchToFilters(search: OfferSearch): SearchFilters {
  const filters: SearchFilters = {};
  if (search.typologies.length > 0) filters.typologies = [...search.typologies];
  if (search.kind) filters.kind = search.kind;
  if (search.commune) filters.commune = search.commune;
  if (search.commune && search.distance !== null) filters.distance = search.distance;
  if (search.pmr) filters.pmr = true;
  if (search.availableNow) filters.availableNow = true;
  if (search.minSurface !== null) filters.minSurface = search.minSurface;
  if (search.minRent !== null) filters.minRent = search.minRent;
  if (search.maxRent !== null) filters.maxRent = search.maxRent;
  return filters;
}

/** The search an alert saved (to show its results). */
export function filtersToSearch(filters: SearchFilters): OfferSearch {
  return {
    ...EMPTY_SEARCH,
    typologies: TYPOLOGIES.filter((t) => filters.typologies?.includes(t)),
    kind: filters.kind ?? null,
    commune: filters.commune ?? null,
    distance: filters.commune && filters.distance !== undefined ? filters.distance : null,
    pmr: filters.pmr === true,
    availableNow: filters.availableNow === true,
    minSurface: filters.minSurface ?? null,
    minRent: filters.minRent ?? null,
    maxRent: filters.maxRent ?? null,
  };
}

/** The query of `GET /api/offers` or `GET /api/showcase/offers` for a search. */
export function searchToApiQuery(
  search: OfferSearch,
  options: { showcase: boolean; pageSize?: number },
): URLSearchParams {
  const q = new URLSearchParams();
  const filters = searchToFilters(search);
  if (filters.typologies) q.set('typologies', filters.typologies.join(','));
  if (filters.kind) q.set('kind', filters.kind);
  if (filters.commune) q.set('commune', filters.commune);
  if (filters.distance !== undefined) q.set('distance', String(filters.distance));
  if (filters.pmr) q.set('pmr', 'true');
  if (filters.availableNow) q.set('availableNow', 'true');
  if (filters.minSurface !== undefined) q.set('minSurface', String(filters.minSurface));
  if (filters.minRent !== undefined) q.set('minRent', String(filters.minRent));
  if (filters.maxRent !== undefined) q.set('maxRent', String(filters.maxRent));
  if (options.showcase && search.region) q.set('region', search.region);
  if (options.showcase && search.department) q.set('department', search.department);
  q.set('sort', search.sort);
  q.set('page', String(search.page));
  q.set('pageSize', String(options.pageSize ?? PAGE_SIZE));
  return q;
}

/** True when the search narrows the offers in any way (sort and page aside). */
export function hasFilters(search: OfferSearch): boolean {
  return (
    Object.keys(searchToFilters(search)).length > 0 ||
    search.region !== null ||
    search.department !== null
  );
}
