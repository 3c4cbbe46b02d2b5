// Commune positions. The official commune list (@etalab/decoupage-administratif) has no
// coordinates, so they come from a pluggable city database (`CommunePositionSource`). A place is
// matched by its INSEE code when the database has it (the place named like the commune, else the
// most populated), otherwise by normalised name within the region, homonyms paired by population
// rank (the most populated commune gets the most populated place). A commune left unmatched takes
// the mean position of the matched communes sharing one of its postcodes, else its department
// seat's position, else none.

import type { PositionSource } from '../../db/schema/territory.js';
import { normaliseName } from './names.js';

/** A populated place of a city database, with the INSEE codes of its commune and region. */
export type CityPoint = {
  name: string;
  inseeCode: string | null;
  regionCode: string;
  population: number;
  latitude: number;
  longitude: number;
};

/** Where positions come from; `loadPoints` resolves to null when the source is unavailable. */
export type CommunePositionSource = { name: string; loadPoints(): Promise<CityPoint[] | null> };

/** What positioning needs to know of a commune. */
export type CommuneToPosition = {
  inseeCode: string;
  name: string;
  regionCode: string;
  departmentCode: string;
  postcodes: readonly string[];
  population: number | null;
};

/** A commune's position and where it came from. */
export type CommunePosition = { latitude: number; longitude: number; source: PositionSource };

type LatLon = { latitude: number; longitude: number };

const keyOf = (name: string, regionCode: string) => `${regionCode}|${normaliseName(name)}`;
const byPopulation = (a: { population: number | null }, b: { population: number | null }) =>
  (b.population ?? -1) - (a.population ?? -1);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function matchByInseeCode(
  communes: readonly CommuneToPosition[],
  points: readonly CityPoint[],
  matched: Map<string, LatLon>,
): void {
  const pointsByCode = groupBy(
    points.filter((p) => p.inseeCode !== null),
    (p) => p.inseeCode ?? '',
  );
  for (const commune of communes) {
    const candidates = pointsByCode.get(commune.inseeCode);
    if (!candidates) continue;
    const name = normaliseName(commune.name);
    const point =
      candidates.find((p) => normaliseName(p.name) === name) ??
      [...candidates].sort(byPopulation)[0];
    if (point)
      matched.set(commune.inseeCode, { latitude: point.latitude, longitude: point.longitude });
  }
}

function matchByName(
  communes: readonly CommuneToPosition[],
  points: readonly CityPoint[],
  matched: Map<string, LatLon>,
): void {
  const known = new Set(communes.map((c) => c.inseeCode));
  const unattached = points.filter((p) => p.inseeCode === null || !known.has(p.inseeCode));
  const pointsByKey = groupBy(unattached, (p) => keyOf(p.name, p.regionCode));
  const left = communes.filter((c) => !matched.has(c.inseeCode));
  for (const [key, group] of groupBy(left, (c) => keyOf(c.name, c.regionCode))) {
    const candidates = [...(pointsByKey.get(key) ?? [])].sort(byPopulation);
    [...group].sort(byPopulation).forEach((commune, rank) => {
      const point = candidates[rank];
      if (point)
        matched.set(commune.inseeCode, { latitude: point.latitude, longitude: point.longitude });
    });
  }
}

function matchCityDatabase(
  communes: readonly CommuneToPosition[],
  points: readonly CityPoint[],
): Map<string, LatLon> {
  const matched = new Map<string, LatLon>();
  matchByInseeCode(communes, points, matched);
  matchByName(communes, points, matched);
  return matched;
}

function mean(positions: readonly LatLon[]): LatLon | null {
  if (positions.length === 0) return null;
  const sum = positions.reduce(
    (acc, p) => ({ latitude: acc.latitude + p.latitude, longitude: acc.longitude + p.longitude }),
    { latitude: 0, longitude: 0 },
  );
  return { latitude: sum.latitude / positions.length, longitude: sum.longitude / positions.length };
}

/** Positions of the communes (INSEE code → position); communes without any are left out. */
export function assignPositions(
  communes: readonly CommuneToPosition[],
  points: readonly CityPoint[],
  departmentSeats: ReadonlyMap<string, string>,
): Map<string, CommunePosition> {
  const result = new Map<string, CommunePosition>();
  const matched = matchCityDatabase(communes, points);
  const byPostcode = new Map<string, Set<string>>();
  for (const commune of communes) {
    const position = matched.get(commune.inseeCode);
    if (!position) continue;
    result.set(commune.inseeCode, { ...position, source: 'city_database' });
    for (const postcode of commune.postcodes) {
      const codes = byPostcode.get(postcode) ?? new Set<string>();
      byPostcode.set(postcode, codes.add(commune.inseeCode));
    }
  }
  for (const commune of communes) {
    if (result.has(commune.inseeCode)) continue;
    const codes = new Set(commune.postcodes.flatMap((p) => [...(byPostcode.get(p) ?? [])]));
    const neighbours = mean([...codes].flatMap((code) => matched.get(code) ?? []));
    if (neighbours) result.set(commune.inseeCode, { ...neighbours, source: 'postcode_neighbours' });
  }
  for (const commune of communes) {
    if (result.has(commune.inseeCode)) continue;
    const seatCode = departmentSeats.get(commune.departmentCode);
    const seat = seatCode ? result.get(seatCode) : undefined;
    if (seat && seat.source !== 'department_seat') {
      result.set(commune.inseeCode, {
        latitude: seat.latitude,
        longitude: seat.longitude,
        source: 'department_seat',
      });
    }
  }
  return result;
}
