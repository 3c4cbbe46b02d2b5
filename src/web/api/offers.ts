import { api, postReadingRefusal, postWithProgress, queryString } from './client';
import type {
  AlertInput,
  AlertPatch,
  CommuneHit,
  Department,
  ImportReport,
  ImportReportLine,
  LandlordListResponse,
  LandlordOffer,
  MapConfig,
  OfferHistoryEntry,
  OfferInput,
  OfferPageResponse,
  OfferPhoto,
  OfferStatus,
  Region,
  SearchAlert,
  SearchPage,
} from './offers-types';

const id = (value: string) => encodeURIComponent(value);
const withQuery = (path: string, query: URLSearchParams) => `${path}${queryString(query)}`;

/** A multipart form holding one file under the given field. */
function formWithFile(field: string, file: File): FormData {
  const form = new FormData();
  form.append(field, file, file.name);
  return form;
}

// Territory -----------------------------------------------------------------------------------

/** Communes by name (accents optional), postcode or INSEE code; 20 at most. */
export function searchCommunes(q: string): Promise<{ communes: CommuneHit[] }> {
  return api.get(withQuery('/api/communes', new URLSearchParams({ q })));
}

/** Every region. */
export function fetchRegions(): Promise<{ regions: Region[] }> {
  return api.get('/api/territory/regions');
}

/** Every department. */
export function fetchDepartments(): Promise<{ departments: Department[] }> {
  return api.get('/api/territory/departments');
}

// Search and offer page -----------------------------------------------------------------------

/** The public showcase (query already in the API's names: region, department, commune, ...). */
export function searchShowcase(query: URLSearchParams): Promise<SearchPage> {
  return api.get(withQuery('/api/showcase/offers', query));
}

/** The offers the logged-in applicant is eligible for. */
export function searchEligibleOffers(query: URLSearchParams): Promise<SearchPage> {
  return api.get(withQuery('/api/offers', query));
}

/** The offer page, with the verdict rule by rule for an applicant. */
export function fetchOfferPage(offerId: string): Promise<OfferPageResponse> {
  return api.get(`/api/offers/${id(offerId)}`);
}

/** The tile server of the maps. */
export function fetchMapConfig(): Promise<MapConfig> {
  return api.get('/api/offers/map-config');
}

// Alerts ----------------------------------------------------------------------------------------

/** The applicant's alerts. */
export function listAlerts(): Promise<{ alerts: SearchAlert[] }> {
  return api.get('/api/alerts');
}

/** "Créer une alerte": saves the current search. */
export function createAlert(body: AlertInput): Promise<{ alert: SearchAlert }> {
  return api.post('/api/alerts', body);
}

/** Changes an alert (frequency, name, filters, or turns it back on). */
export function updateAlert(alertId: string, body: AlertPatch): Promise<{ alert: SearchAlert }> {
  return api.patch(`/api/alerts/${id(alertId)}`, body);
}

/** Deletes an alert. */
export async function deleteAlert(alertId: string): Promise<void> {
  await api.delete<unknown>(`/api/alerts/${id(alertId)}`);
}

/** Stops an alert from the link of its e-mail (no login needed). */
export function unsubscribeAlert(
  token: string,
): Promise<{ unsubscribed: true; alertName: string | null }> {
  return api.get(withQuery('/api/alerts/unsubscribe', new URLSearchParams({ token })));
}

// Landlord portal -----------------------------------------------------------------------------

/** Filters of the landlord's list. */
export interface LandlordListFilters {
  status?: OfferStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The landlord organisation's offers. */
export function listLandlordOffers(filters: LandlordListFilters): Promise<LandlordListResponse> {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.q) query.set('q', filters.q);
  if (filters.page) query.set('page', String(filters.page));
  if (filters.pageSize) query.set('pageSize', String(filters.pageSize));
  return api.get(withQuery('/api/landlord/offers', query));
}

/** One of the landlord's offers, with its history. */
export function fetchLandlordOffer(
  offerId: string,
): Promise<{ offer: LandlordOffer; history: OfferHistoryEntry[] }> {
  return api.get(`/api/landlord/offers/${id(offerId)}`);
}

/** Creates a draft. */
export function createLandlordOffer(body: OfferInput): Promise<{ offer: LandlordOffer }> {
  return api.post('/api/landlord/offers', body);
}

/** Saves the form of an offer. */
export function updateLandlordOffer(
  offerId: string,
  body: OfferInput,
): Promise<{ offer: LandlordOffer }> {
  return api.put(`/api/landlord/offers/${id(offerId)}`, body);
}

/** What the landlord can do to an offer from its page. */
export type OfferAction = 'publish' | 'withdraw' | 'duplicate';

/** Publishes, withdraws or duplicates an offer (a duplicate is a new draft). */
export function actOnOffer(
  offerId: string,
  action: OfferAction,
): Promise<{ offer: LandlordOffer }> {
  return api.post(`/api/landlord/offers/${id(offerId)}/${action}`);
}

/** Adds a photo (JPEG, PNG or WebP), reporting the upload progress. */
export function uploadOfferPhoto(
  offerId: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ photo: OfferPhoto }> {
  const path = `/api/landlord/offers/${id(offerId)}/photos`;
  return postWithProgress(path, formWithFile('photo', file), onProgress);
}

/** Deletes a photo. */
export async function deleteOfferPhoto(offerId: string, photoId: string): Promise<void> {
  await api.delete<unknown>(`/api/landlord/offers/${id(offerId)}/photos/${id(photoId)}`);
}

/** Puts the photos in the given order (every photo id once). */
export function reorderOfferPhotos(
  offerId: string,
  photoIds: string[],
): Promise<{ photos: OfferPhoto[] }> {
  return api.put(`/api/landlord/offers/${id(offerId)}/photos/order`, { photoIds });
}

/** URL of the header line of the import file. */
export const IMPORT_TEMPLATE_URL = '/api/landlord/offers/import/template';

/** The outcome of an import: every line created, or nothing and the report of each line. */
export type ImportOutcome =
  { ok: true; report: ImportReport } | { ok: false; message: string; lines: ImportReportLine[] };

/** Imports a CSV file of offers (all lines or none), as drafts or published. */
export async function importOffersCsv(file: File, publish: boolean): Promise<ImportOutcome> {
  const query = new URLSearchParams({ publish: String(publish) });
  const outcome = await postReadingRefusal<ImportReport, { lines?: ImportReportLine[] }>(
    withQuery('/api/landlord/offers/import', query),
    formWithFile('file', file),
  );
  if (outcome.ok) return { ok: true, report: outcome.body };
  if (!Array.isArray(outcome.refusal.lines)) throw outcome.error;
  return { ok: false, message: outcome.error.message, lines: outcome.refusal.lines };
}
