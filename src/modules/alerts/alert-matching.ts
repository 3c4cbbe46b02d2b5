// Whether a published offer matches a saved search: the same filters as `GET /api/offers`
// (the eligibility part is decided by the owner's profile, in SQL).
import { haversineMetres } from '../offers/geo.js';
import { availableNowLimit } from '../offers/search.repo.js';
import type { SearchFilters } from '../offers/search.schemas.js';
import { DEFAULT_POINT_RADIUS_M } from '../offers/use-cases/search.js';

/** The offer facts the filters look at. */
export type MatchableOffer = {
  typology: string;
  kind: string;
  pmrAdapted: boolean;
  availableOn: string;
  surfaceM2: number;
  totalCents: number;
  communeInsee: string;
  latitude: number;
  longitude: number;
};

/** An alert's filters and its centre resolved when it was saved. */
export type MatchableAlert = {
  filters: SearchFilters;
  centerLatitude: number | null;
  centerLongitude: number | null;
  centerCommunes: string[] | null;
};

/** Whether the offer passes every filter of the alert on `today` (`YYYY-MM-DD`). */
export function offerMatchesAlert(
  offer: MatchableOffer,
  alert: MatchableAlert,
  today: string,
): boolean {
  const f = alert.filters;
  if (
    f.typologies?.length &&
    !f.typologies.includes(offer.typology as (typeof f.typologies)[number])
  )
    return false;
  if (f.kind && offer.kind !== f.kind) return false;
  if (f.pmr && !offer.pmrAdapted) return false;
  if (f.availableNow && offer.availableOn > availableNowLimit(today)) return false;
  if (f.minSurface !== undefined && offer.surfaceM2 < f.minSurface) return false;
  if (f.minRent !== undefined && offer.totalCents < f.minRent * 100) return false;
  if (f.maxRent !== undefined && offer.totalCents > f.maxRent * 100) return false;
  const inCommune = alert.centerCommunes?.includes(offer.communeInsee) ?? false;
  if (alert.centerLatitude !== null && alert.centerLongitude !== null && !inCommune) {
    const radius = f.distance ?? (f.commune ? 0 : DEFAULT_POINT_RADIUS_M);
    const distance = haversineMetres(
      { latitude: alert.centerLatitude, longitude: alert.centerLongitude },
      offer,
    );
    if (distance > radius) return false;
  } else if (alert.centerCommunes && alert.centerCommunes.length > 0 && !inCommune) {
    return false;
  }
  return true;
}
