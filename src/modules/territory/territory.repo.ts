import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { communes, departments, regions } from '../../db/schema/index.js';
import type { CeilingZone } from '../../domain/eligibility/zones.js';
import { queryWords } from './names.js';

/** One commune as the search returns it. */
export type CommuneHit = {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departmentCode: string;
  departmentName: string;
  regionName: string;
  zone: CeilingZone;
  latitude: number | null;
  longitude: number | null;
};

/** Most communes a search returns. */
export const COMMUNE_SEARCH_LIMIT = 20;

const hitColumns = {
  inseeCode: communes.inseeCode,
  name: communes.name,
  postcodes: communes.postcodes,
  departmentCode: communes.departmentCode,
  departmentName: departments.name,
  regionName: regions.name,
  zone: communes.ceilingZone,
  latitude: communes.latitude,
  longitude: communes.longitude,
};

type Criteria = { where: SQL; rank: SQL[] };

/** What a query means: a postcode or INSEE code, the start of one, or words of a name. */
function criteriaFor(query: string): Criteria | null {
  const compact = query.replace(/\s+/g, '').toUpperCase();
  if (/^(\d{5}|2[AB]\d{3})$/.test(compact)) {
    return {
      where: sql`(${communes.postcodes} @> array[${compact}]::text[] or ${communes.inseeCode} = ${compact})`,
      rank: [sql`${communes.inseeCode} = ${compact} desc`],
    };
  }
  if (/^\d{2,4}$/.test(compact)) {
    return {
      where: sql`exists (select 1 from unnest(${communes.postcodes}) p where p like ${`${compact}%`})`,
      rank: [],
    };
  }
  const words = queryWords(query);
  if (words.length === 0) return null;
  const phrase = words.join(' ');
  // Words are [a-z0-9] only: safe in a tsquery and in a LIKE pattern.
  const tsquery = words.map((w) => `${w}:*`).join(' & ');
  return {
    where: sql`(${communes.nameSearch} like ${`${phrase}%`} or ${communes.searchVector} @@ to_tsquery('french', ${tsquery}))`,
    rank: [
      sql`${communes.nameSearch} = ${phrase} desc`,
      sql`${communes.nameSearch} like ${`${phrase}%`} desc`,
      // A word of the name starting with the phrase (`lilas` → Les Lilas before Lille).
      sql`${communes.nameSearch} like ${`% ${phrase}%`} desc`,
    ],
  };
}

/** Communes found by name (with or without accents), postcode or INSEE code, most populated first. */
export async function searchCommunes(q: Queryable, query: string): Promise<CommuneHit[]> {
  const criteria = criteriaFor(query);
  if (!criteria) return [];
  const rows = await q
    .select(hitColumns)
    .from(communes)
    .innerJoin(departments, eq(departments.code, communes.departmentCode))
    .innerJoin(regions, eq(regions.code, communes.regionCode))
    .where(criteria.where)
    .orderBy(...criteria.rank, sql`${communes.population} desc nulls last`, asc(communes.name))
    .limit(COMMUNE_SEARCH_LIMIT);
  return rows.map((r) => ({ ...r, zone: r.zone as CeilingZone }));
}

/** Every region, by name. */
export function listRegions(q: Queryable): Promise<{ code: string; name: string }[]> {
  return q
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .orderBy(asc(regions.name));
}

/** Every department (optionally of one region), by code. */
export function listDepartments(
  q: Queryable,
  regionCode?: string,
): Promise<{ code: string; name: string; regionCode: string; regionName: string }[]> {
  return q
    .select({
      code: departments.code,
      name: departments.name,
      regionCode: departments.regionCode,
      regionName: regions.name,
    })
    .from(departments)
    .innerJoin(regions, eq(regions.code, departments.regionCode))
    .where(regionCode ? eq(departments.regionCode, regionCode) : undefined)
    .orderBy(asc(departments.code));
}
