// Distances for the PROX filter, in plain SQL-friendly terms: a bounding box in degrees (served by
// a B-tree index on latitude, longitude) narrows the rows, then the haversine formula decides.

/** Mean Earth radius in metres (IUGG). */
export const EARTH_RADIUS_M = 6_371_008.8;

/** A position in decimal degrees (WGS 84). */
export type LatLon = { latitude: number; longitude: number };

/** A latitude/longitude box in degrees. */
export type BoundingBox = { minLat: number; maxLat: number; minLon: number; maxLon: number };

const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance between two points, in metres. */
export function haversineMetres(a: LatLon, b: LatLon): number {
  const dLat = toRad(b.latitude - a.latitude);
  const dLon = toRad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The smallest box holding every point within `radiusM` of the centre (slightly larger is fine). */
export function boundingBox(center: LatLon, radiusM: number): BoundingBox {
  const dLat = (radiusM / EARTH_RADIUS_M) * (180 / Math.PI);
  const cos = Math.cos(toRad(center.latitude));
  // Near the poles the longitude span is unbounded; France is far from them.
  const dLon = cos > 1e-6 ? dLat / cos : 180;
  return {
    minLat: center.latitude - dLat,
    maxLat: center.latitude + dLat,
    minLon: center.longitude - dLon,
    maxLon: center.longitude + dLon,
  };
}
