// Reference data loaded at first start (and into the test template): regions, departments and
// communes from @etalab/decoupage-administratif, positions from a pluggable city database, and
// the official income ceilings. Idempotent: a table already filled is left alone (a partly filled
// communes table, after an interrupted start, is completed). Metropolitan France and the overseas
// departments (DROM) only: social-housing ceilings and the registration system do not cover the
// overseas collectivities (975, 977, 978, 984, 986–989).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import departmentList from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regionList from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { communes, departments, regions } from '../../db/schema/index.js';
import { ceilingZoneOf } from '../../domain/eligibility/zones.js';
import { seedCeilings } from '../ceilings/ceilings.repo.js';
import { allTheCitiesSource } from './city-sources.js';
import { normaliseName } from './names.js';
import {
  assignPositions,
  type CommunePositionSource,
  type CommuneToPosition,
} from './positions.js';

/** How to load: where positions come from, and the insert batch size. */
export type ReferenceDataOptions = { positions?: CommunePositionSource; batchSize?: number };

/** Rows inserted by this call (0 for a table that was already filled). */
export type ReferenceDataLoaded = {
  communes: number;
  ceilings: number;
  positionSource: string | null;
};

type SourceCommune = {
  code: string;
  nom: string;
  type: string;
  zone?: string;
  departement: string;
  region: string;
  commune?: string;
  codesPostaux?: string[];
  population?: number;
};

const COVERED_ZONES = new Set(['metro', 'drom']);
const LOADED_TYPES = new Set(['commune-actuelle', 'arrondissement-municipal']);

function isSourceCommune(value: unknown): value is SourceCommune {
  const v = value as Partial<Record<keyof SourceCommune, unknown>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.code === 'string' &&
    typeof v.nom === 'string' &&
    typeof v.type === 'string' &&
    typeof v.departement === 'string' &&
    typeof v.region === 'string'
  );
}

/** The communes and municipal arrondissements of metropolitan France and the DROM. */
export async function readSourceCommunes(): Promise<SourceCommune[]> {
  const file = createRequire(import.meta.url).resolve(
    '@etalab/decoupage-administratif/data/communes.json',
  );
  // Read rather than imported: typing this 8.6 MB JSON would add seconds to every typecheck.
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error('communes.json: not a list');
  return parsed.filter(
    (c): c is SourceCommune =>
      isSourceCommune(c) && LOADED_TYPES.has(c.type) && COVERED_ZONES.has(c.zone ?? ''),
  );
}

async function countRows(db: Db, table: typeof communes | typeof regions | typeof departments) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
  return row?.n ?? 0;
}

async function insertRegionsAndDepartments(db: Db): Promise<void> {
  const covered = regionList.filter((r) => COVERED_ZONES.has(r.zone));
  if ((await countRows(db, regions)) < covered.length) {
    await db
      .insert(regions)
      .values(covered.map((r) => ({ code: r.code, name: r.nom })))
      .onConflictDoNothing();
  }
  const coveredDepartments = departmentList.filter((d) => COVERED_ZONES.has(d.zone));
  if ((await countRows(db, departments)) < coveredDepartments.length) {
    await db
      .insert(departments)
      .values(
        coveredDepartments.map((d) => ({
          code: d.code,
          name: d.nom,
          regionCode: d.region,
          seatInseeCode: d.chefLieu,
        })),
      )
      .onConflictDoNothing();
  }
}

function toPositionInput(c: SourceCommune): CommuneToPosition {
  return {
    inseeCode: c.code,
    name: c.nom,
    regionCode: c.region,
    departmentCode: c.departement,
    postcodes: c.codesPostaux ?? [],
    population: c.population ?? null,
  };
}

type CommuneRow = Omit<typeof communes.$inferInsert, 'searchVector'>;

async function insertCommuneBatch(db: Db, batch: CommuneRow[]): Promise<number> {
  const json = JSON.stringify(
    batch.map((r) => ({
      insee_code: r.inseeCode,
      name: r.name,
      name_search: r.nameSearch,
      kind: r.kind,
      parent_insee_code: r.parentInseeCode,
      department_code: r.departmentCode,
      region_code: r.regionCode,
      postcodes: r.postcodes,
      population: r.population,
      latitude: r.latitude,
      longitude: r.longitude,
      position_source: r.positionSource,
      ceiling_zone: r.ceilingZone,
    })),
  );
  const result = await db.execute(sql`
    insert into communes (insee_code, name, name_search, kind, parent_insee_code, department_code,
      region_code, postcodes, population, latitude, longitude, position_source, ceiling_zone)
    select * from jsonb_to_recordset(${json}::jsonb) as x(insee_code text, name text,
      name_search text, kind text, parent_insee_code text, department_code text, region_code text,
      postcodes text[], population integer, latitude double precision, longitude double precision,
      position_source text, ceiling_zone smallint)
    on conflict do nothing
    returning insee_code`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

/** Loads regions, departments and communes (with positions) when not loaded yet. */
export async function loadTerritory(
  db: Db,
  source: CommunePositionSource,
  batchSize = 1000,
): Promise<{ communes: number; positionSource: string | null }> {
  const list = await readSourceCommunes();
  if ((await countRows(db, communes)) >= list.length) return { communes: 0, positionSource: null };
  await insertRegionsAndDepartments(db);

  const points = await source.loadPoints();
  const seats = new Map(departmentList.map((d) => [d.code, d.chefLieu]));
  const positions = assignPositions(list.map(toPositionInput), points ?? [], seats);
  const rows = list.map((c): CommuneRow => {
    const position = positions.get(c.code);
    return {
      inseeCode: c.code,
      name: c.nom,
      nameSearch: normaliseName(c.nom),
      kind:
        c.type === 'arrondissement-municipal' ? ('arrondissement' as const) : ('commune' as const),
      parentInseeCode: c.commune ?? null,
      departmentCode: c.departement,
      regionCode: c.region,
      postcodes: c.codesPostaux ?? [],
      population: c.population ?? null,
      latitude: position?.latitude ?? null,
      longitude: position?.longitude ?? null,
      positionSource: position?.source ?? null,
      ceilingZone: ceilingZoneOf(c.code),
    };
  });
  let inserted = 0;
  // One statement a batch (each its own short transaction: PGlite has a single connection). The
  // rows travel as one JSON parameter: 13 bound parameters a row cost PGlite far more.
  for (let i = 0; i < rows.length; i += batchSize) {
    inserted += await insertCommuneBatch(db, rows.slice(i, i + batchSize));
  }
  return { communes: inserted, positionSource: points ? source.name : null };
}

/** Loads every reference table that is still empty; returns the rows inserted by this call. */
export async function loadReferenceData(
  db: Db,
  options: ReferenceDataOptions = {},
): Promise<ReferenceDataLoaded> {
  const territory = await loadTerritory(
    db,
    options.positions ?? allTheCitiesSource(),
    options.batchSize,
  );
  const ceilings = await seedCeilings(db);
  return { communes: territory.communes, ceilings, positionSource: territory.positionSource };
}
