// The offer searches in plain SQL. Every condition is on an indexed column of `offers` (partial
// indexes on published offers): the eligibility criteria (key, typology rank, rent + charges),
// the bounding box of the distance filter, the showcase flag and its region/department; the
// haversine distance is computed only for the rows inside the box.
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { EARTH_RADIUS_M, boundingBox } from './geo.js';
import { keysOfMask, type EligibilityProfile } from './eligibility-profile.js';
import { photoUrls } from './offer.view.js';
import type { OfferCard, SearchFilters, SearchSort } from './search.schemas.js';

/** Where the distance filter is measured from: a point, and the communes that count as "in it". */
export type SearchCenter = {
  latitude: number;
  longitude: number;
  radiusM: number;
  communes: string[];
};
/** Who searches: the public showcase, or an applicant restricted to what they are eligible for. */
export type SearchScope = { showcase: boolean; profile: EligibilityProfile | null };
/** A search: scope, filters, region/department, centre, order and page. */
export type SearchSpec = SearchScope & {
  filters: SearchFilters & { region?: string | undefined; department?: string | undefined };
  center: SearchCenter | null;
  today: string;
  sort: SearchSort;
  page: number;
  pageSize: number;
  excludeId?: string;
};

const ORDER: Record<SearchSort, SQL> = {
  deadline: sql`o.application_deadline asc, o.id asc`,
  rent: sql`o.total_cents asc, o.id asc`,
  surface: sql`o.surface_m2 desc, o.id asc`,
  newest: sql`o.published_at desc nulls last, o.id asc`,
};

/** The haversine distance (metres) from a point to an offer, in SQL. */
function distanceSql(c: { latitude: number; longitude: number }): SQL {
  return sql`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1, sqrt(
    power(sin(radians(o.latitude - ${c.latitude}::float8) / 2), 2)
    + cos(radians(${c.latitude}::float8)) * cos(radians(o.latitude))
      * power(sin(radians(o.longitude - ${c.longitude}::float8) / 2), 2)))))`;
}

/** "Available now": free within this many days (an offer is always available after its deadline). */
export const AVAILABLE_NOW_DAYS = 30;

/** The last availability date the "available now" filter accepts on `today` (`YYYY-MM-DD`). */
export function availableNowLimit(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + AVAILABLE_NOW_DAYS);
  return date.toISOString().slice(0, 10);
}

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The WHERE conditions of a search. */
export function searchConditions(spec: SearchSpec): SQL[] {
  const f = spec.filters;
  const where: SQL[] = [sql`o.status = 'published'`, sql`o.application_deadline >= ${spec.today}`];
  if (spec.showcase) where.push(sql`o.showcase`);
  if (spec.profile) {
    const keys = keysOfMask(spec.profile.keyMask);
    if (keys.length === 0) where.push(sql`false`);
    else where.push(sql`o.eligibility_key in (${list(keys)})`);
    where.push(
      sql`o.typology_rank between ${spec.profile.typologyMin} and ${spec.profile.typologyMax}`,
    );
    where.push(sql`o.total_cents <= ${spec.profile.maxTotalCents}`);
  }
  if (f.typologies?.length)
    where.push(sql`o.typology_rank in (${list(f.typologies.map((t) => Number(t.slice(1))))})`);
  if (f.kind) where.push(sql`o.kind = ${f.kind}`);
  if (f.pmr) where.push(sql`o.pmr_adapted`);
  if (f.availableNow) where.push(sql`o.available_on <= ${availableNowLimit(spec.today)}`);
  if (f.minSurface !== undefined) where.push(sql`o.surface_m2 >= ${f.minSurface}`);
  if (f.minRent !== undefined) where.push(sql`o.total_cents >= ${f.minRent * 100}`);
  if (f.maxRent !== undefined) where.push(sql`o.total_cents <= ${f.maxRent * 100}`);
  if (f.region) where.push(sql`o.region_code = ${f.region}`);
  if (f.department) where.push(sql`o.department_code = ${f.department}`);
  if (spec.excludeId) where.push(sql`o.id <> ${spec.excludeId}`);
  const c = spec.center;
  if (c) {
    const box = boundingBox(c, c.radiusM);
    const near = sql`(o.latitude between ${box.minLat} and ${box.maxLat} and o.longitude between ${box.minLon} and ${box.maxLon} and ${distanceSql(c)} <= ${c.radiusM})`;
    where.push(
      c.communes.length > 0 ? sql`(o.commune_insee in (${list(c.communes)}) or ${near})` : near,
    );
  }
  return where;
}

type CardRow = {
  id: string;
  reference: string;
  typology: OfferCard['typology'];
  kind: OfferCard['kind'];
  surface_m2: number;
  floor: number | null;
  pmr_adapted: boolean;
  rent_cents: number;
  charges_cents: number;
  total_cents: number;
  financing: OfferCard['financing'];
  commune_insee: string;
  commune_name: string;
  postcode: string;
  latitude: number;
  longitude: number;
  application_deadline: string;
  available_on: string;
  published_at: Date | string | null;
  landlord_name: string;
  cover_id: string | null;
  distance_m: number | null;
  candidacy_count: number;
  eligible_applicants: number;
};

/** The columns of a result card (with the distance to the centre, if any). */
export function cardColumns(center: { latitude: number; longitude: number } | null): SQL {
  return sql`o.id, o.reference, o.typology, o.kind, o.surface_m2, o.floor, o.pmr_adapted, o.rent_cents, o.charges_cents,
    o.total_cents, o.financing, o.commune_insee, c.name as commune_name, o.postcode, o.latitude, o.longitude,
    o.application_deadline::text as application_deadline, o.available_on::text as available_on, o.published_at, l.name as landlord_name,
    (select p.id from offer_photos p where p.offer_id = o.id order by p.position limit 1) as cover_id,
    ${center ? sql`round(${distanceSql(center)})::int` : sql`null::int`} as distance_m, o.candidacy_count, o.eligible_applicants`;
}

/** A database row as a result card. */
export function toCard(r: CardRow): OfferCard {
  return {
    id: r.id,
    reference: r.reference,
    typology: r.typology,
    kind: r.kind,
    surfaceM2: Number(r.surface_m2),
    floor: r.floor,
    pmrAdapted: r.pmr_adapted,
    rentCents: r.rent_cents,
    chargesCents: r.charges_cents,
    totalCents: r.total_cents,
    financing: r.financing,
    commune: { inseeCode: r.commune_insee, name: r.commune_name, postcode: r.postcode },
    position: { latitude: Number(r.latitude), longitude: Number(r.longitude) },
    applicationDeadline: r.application_deadline,
    availableOn: r.available_on,
    publishedAt: r.published_at === null ? null : new Date(r.published_at),
    landlordName: r.landlord_name,
    coverPhotoUrl: r.cover_id ? photoUrls(r.id, r.cover_id).galleryUrl : null,
    distanceM: r.distance_m,
    candidacyCount: r.candidacy_count,
    eligibleApplicants: r.eligible_applicants,
  };
}

/**
 * One page of a search and the number of offers it finds, in one statement: the page's ids in
 * order and the count both come from the indexes alone; the joins and the cover photo are made
 * for the page's rows only. A page past the end needs a second count.
 */
export async function searchOffers(
  q: Queryable,
  spec: SearchSpec,
  options: { count: boolean } = { count: true },
): Promise<{ total: number; offers: OfferCard[] }> {
  const where = sql.join(searchConditions(spec), sql` and `);
  const offset = (spec.page - 1) * spec.pageSize;
  const center = spec.center && spec.center.radiusM >= 0 ? spec.center : null;
  const total = options.count
    ? sql`(select count(*)::int from offers o where ${where})`
    : sql`null::int`;
  const result = (await q.execute(sql`
    with page as (
      select o.id, row_number() over (order by ${ORDER[spec.sort]}) as rank
      from offers o where ${where}
      order by ${ORDER[spec.sort]}
      limit ${spec.pageSize} offset ${offset})
    select ${cardColumns(center)}, ${total} as total
    from page join offers o on o.id = page.id join communes c on c.insee_code = o.commune_insee
      join landlords l on l.id = o.landlord_id
    order by page.rank`)) as unknown as { rows: (CardRow & { total: number | null })[] };
  const first = result.rows[0];
  if (first || !options.count || spec.page === 1) {
    return { total: first?.total ?? result.rows.length, offers: result.rows.map(toCard) };
  }
  const counted = (await q.execute(
    sql`select count(*)::int as n from offers o where ${where}`,
  )) as unknown as { rows: { n: number }[] };
  return { total: counted.rows[0]?.n ?? 0, offers: [] };
}
