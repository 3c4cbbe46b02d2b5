import { api } from './client';

// Income ceilings of the back office (`src/modules/ceilings`): versioned data, year × financing ×
// zone × household category, read by every operator and changed by operator administrators.

/** How a home was financed: decides which ceiling table applies. */
export type Financing = 'PLAI' | 'PLUS' | 'PLS' | 'PLI';

/** Financing types whose ceilings follow zones 1–3 and can be entered (PLI has its own zoning). */
export type ZonedFinancing = Exclude<Financing, 'PLI'>;

/** Ceiling zone: 1 Paris and bordering communes, 2 rest of Île-de-France, 3 elsewhere. */
export type CeilingZone = 1 | 2 | 3;

/** Household category 1–6, or 0 for the amount added per person above category 6. */
export type CeilingCategory = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Financing types shown as tables, in the order of the back office. */
export const ZONED_FINANCINGS: readonly ZonedFinancing[] = ['PLAI', 'PLUS', 'PLS'];

/** Every ceiling zone. */
export const CEILING_ZONES: readonly CeilingZone[] = [1, 2, 3];

/** Household categories in table order, the per-person amount (0) last. */
export const CEILING_CATEGORIES: readonly CeilingCategory[] = [1, 2, 3, 4, 5, 6, 0];

/** The largest amount the API accepts, in euros. */
export const MAX_CEILING_AMOUNT = 1_000_000;

/** What identifies one amount. */
export interface CeilingKey {
  year: number;
  financing: Financing;
  zone: CeilingZone;
  category: CeilingCategory;
}

/** One stored amount (whole euros), with the official text it comes from. */
export interface StoredCeiling extends CeilingKey {
  amount: number;
  source: string;
  updatedAt: string;
}

/** One amount entered in the back office (body of `PUT /api/admin/ceilings`). */
export interface CeilingEntry extends CeilingKey {
  financing: ZonedFinancing;
  amount: number;
  comment: string | null;
  /** Omitted or null: the stored source is kept. */
  source?: string | null;
}

/** One change of the history. */
export interface CeilingChange extends CeilingKey {
  id: number;
  oldAmount: number | null;
  newAmount: number;
  comment: string | null;
  actorUserId: string | null;
  actorName: string | null;
  createdAt: string;
}

const withQuery = (query: URLSearchParams) => (query.size === 0 ? '' : `?${query.toString()}`);

/** Stored amounts, optionally of one year, in table order. */
export function listCeilings(
  filter: { year?: number } = {},
): Promise<{ ceilings: StoredCeiling[] }> {
  const query = new URLSearchParams();
  if (filter.year !== undefined) query.set('year', String(filter.year));
  return api.get<{ ceilings: StoredCeiling[] }>(`/api/admin/ceilings${withQuery(query)}`);
}

/** Enters or corrects amounts in one transaction (administrators); each change joins the history. */
export function saveCeilings(
  entries: readonly CeilingEntry[],
): Promise<{ changed: number; unchanged: number }> {
  return api.put<{ changed: number; unchanged: number }>('/api/admin/ceilings', {
    ceilings: entries,
  });
}

/** The history of changes, newest first, optionally of one year. */
export function listCeilingChanges(
  filter: { year?: number; limit?: number } = {},
): Promise<{ changes: CeilingChange[] }> {
  const query = new URLSearchParams();
  if (filter.year !== undefined) query.set('year', String(filter.year));
  if (filter.limit !== undefined) query.set('limit', String(filter.limit));
  return api.get<{ changes: CeilingChange[] }>(`/api/admin/ceilings/history${withQuery(query)}`);
}
