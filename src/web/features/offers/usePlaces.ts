import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fetchDepartments, fetchRegions, searchCommunes } from '../../api/offers';
import type { CommuneHit, Department, Region } from '../../api/offers-types';
import { communePlace, normalise, type Place } from './PlaceCombobox';
import type { OfferSearch } from './search-params';

function useRegions(isEnabled: boolean) {
  return useQuery({
    queryKey: ['territory', 'regions'],
    queryFn: fetchRegions,
    staleTime: Infinity,
    enabled: isEnabled,
  });
}

function useDepartments(isEnabled: boolean) {
  return useQuery({
    queryKey: ['territory', 'departments'],
    queryFn: fetchDepartments,
    staleTime: Infinity,
    enabled: isEnabled,
  });
}

function useCommuneHits(q: string | null) {
  return useQuery({
    queryKey: ['communes', q ?? ''],
    queryFn: () => searchCommunes(q ?? ''),
    staleTime: 5 * 60_000,
    enabled: q !== null && q.length > 0,
  });
}

const regionPlace = (r: Region): Place => ({
  kind: 'region',
  code: r.code,
  name: r.name,
  detail: null,
});
const departmentPlace = (d: Department): Place => ({
  kind: 'department',
  code: d.code,
  name: d.name,
  detail: d.code,
});

/** The place a search names by its code (region, department or commune), with its name. */
export function useSearchPlace(search: Pick<OfferSearch, 'region' | 'department' | 'commune'>): {
  place: Place | null;
  isPending: boolean;
} {
  const { region, department, commune } = search;
  const regions = useRegions(region !== null);
  const departments = useDepartments(department !== null);
  const communes = useCommuneHits(commune);
  const regionList = regions.data?.regions;
  const departmentList = departments.data?.departments;
  const communeHits = communes.data?.communes;
  const isPending = commune
    ? communes.isPending
    : department
      ? departments.isPending
      : region
        ? regions.isPending
        : false;
  const place = useMemo(() => {
    if (commune) {
      const hit = communeHits?.find((c) => c.inseeCode === commune);
      return hit ? communePlace(hit) : null;
    }
    if (department) {
      const found = departmentList?.find((d) => d.code === department);
      return found ? departmentPlace(found) : null;
    }
    if (region) {
      const found = regionList?.find((r) => r.code === region);
      return found ? regionPlace(found) : null;
    }
    return null;
  }, [region, department, commune, regionList, departmentList, communeHits]);
  return { place, isPending };
}

/** What a free text (the home page's search box) names. */
export interface ResolvedText {
  isPending: boolean;
  /** The one place it names exactly, if any. */
  match: Place | null;
  /** Otherwise, the places that could be meant. */
  candidates: Place[];
}

function exactCommunes(hits: CommuneHit[], wanted: string): CommuneHit[] {
  const byName = hits.filter((c) => normalise(c.name) === wanted);
  if (byName.length > 0) return byName;
  return hits.filter((c) => c.postcodes.includes(wanted) || c.inseeCode.toLowerCase() === wanted);
}

/**
 * Finds the region, department or commune a typed text names: a region or department by its
 * name (or a department by its number) first, then a commune by name or postcode.
 */
export function useResolvedText(text: string | null): ResolvedText {
  const wanted = text === null ? '' : normalise(text);
  const isEnabled = wanted !== '';
  const regions = useRegions(isEnabled);
  const departments = useDepartments(isEnabled);
  const communes = useCommuneHits(isEnabled && text !== null ? text.trim() : null);
  const regionList = regions.data?.regions;
  const departmentList = departments.data?.departments;
  const hits = communes.data?.communes;
  const isPending = isEnabled && (regions.isPending || departments.isPending || communes.isPending);
  return useMemo(() => {
    if (!isEnabled) return { isPending: false, match: null, candidates: [] };
    if (isPending || !regionList || !departmentList || !hits) {
      return { isPending: true, match: null, candidates: [] };
    }
    const exactAreas = [
      ...regionList.filter((r) => normalise(r.name) === wanted).map(regionPlace),
      ...departmentList
        .filter((d) => normalise(d.name) === wanted || d.code.toLowerCase() === wanted)
        .map(departmentPlace),
    ];
    const exact =
      exactAreas.length > 0 ? exactAreas : exactCommunes(hits, wanted).map(communePlace);
    if (exact.length === 1 && exact[0])
      return { isPending: false, match: exact[0], candidates: [] };
    const candidates =
      exact.length > 1
        ? exact
        : [
            ...regionList.filter((r) => normalise(r.name).includes(wanted)).map(regionPlace),
            ...departmentList
              .filter((d) => normalise(d.name).includes(wanted))
              .map(departmentPlace),
            ...hits.map(communePlace),
          ].slice(0, 12);
    return { isPending: false, match: null, candidates };
  }, [isEnabled, isPending, wanted, regionList, departmentList, hits]);
}
