// Benchmark data: N offers over real communes (weighted by population, positions scattered
// around each commune's) and M applicant files with their precomputed eligibility profiles, bulk
// inserted as JSON batches; then the eligible-applicant count of every offer and ANALYZE.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/database.js';
import { createLandlord } from '../src/db/factories.js';
import { loadCeilingTable } from '../src/modules/ceilings/ceilings.repo.js';
import {
  eligibilityKeyOf,
  eligibilityProfile,
  profileBasis,
} from '../src/modules/offers/eligibility-profile.js';
import { daysAfter } from '../src/modules/offers/offer.factories.js';
import { recountAllOffers } from '../src/modules/offers/use-cases/recount.js';
import { loadReferenceData } from '../src/modules/territory/reference-data.js';
import { benchApplication } from './households.js';
import { intBetween, pick, pickWeighted, seededRandom } from './random.js';

/** A commune offers are placed in. */
export type BenchCommune = {
  insee: string;
  name: string;
  postcode: string;
  lat: number;
  lon: number;
  population: number;
  department: string;
  region: string;
  zone: number;
};
type Rows<T> = { rows: T[] };

const FINANCINGS = ['PLAI', 'PLUS', 'PLUS', 'PLUS', 'PLS', 'PLI'] as const;
const TYPOLOGIES = ['T1', 'T2', 'T2', 'T3', 'T3', 'T3', 'T4', 'T4', 'T5', 'T6'] as const;
const HEATING = [
  'collective_gas',
  'heat_network',
  'individual_gas',
  'individual_electric',
  'heat_pump',
] as const;
const CLASSES = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as Rows<T>).rows;
}

/** The communes with a position (arrondissements rather than their city), biggest first. */
export async function benchCommunes(db: Db): Promise<BenchCommune[]> {
  return rows<BenchCommune>(
    db,
    sql`
    select insee_code as insee, name, postcodes[1] as postcode, latitude as lat, longitude as lon, population,
      department_code as department, region_code as region, ceiling_zone as zone
    from communes c
    where latitude is not null and population >= 2000 and cardinality(postcodes) > 0
      and not exists (select 1 from communes a where a.parent_insee_code = c.insee_code)
    order by population desc`,
  );
}

function offerRow(random: () => number, i: number, c: BenchCommune, landlordId: string, now: Date) {
  const typology = pick(random, TYPOLOGIES);
  const rank = Number(typology.slice(1));
  const financing = pick(random, FINANCINGS);
  const surface = intBetween(random, 12 + rank * 12, 22 + rank * 16);
  const perM2 =
    (c.zone === 1 ? 13 : c.zone === 2 ? 10 : 8) *
    (financing === 'PLAI' ? 0.75 : financing === 'PLS' ? 1.3 : financing === 'PLI' ? 1.6 : 1);
  const rent = Math.min(300_000, Math.round(surface * perM2 * (0.85 + random() * 0.3)) * 100);
  const deadline = intBetween(random, 1, 60);
  const status =
    random() < 0.85 ? 'published' : pick(random, ['draft', 'withdrawn', 'closed'] as const);
  const kind = random() < 0.15 ? 'house' : 'flat';
  return {
    landlord_id: landlordId,
    reference: `B-${i}`,
    street: `${intBetween(random, 1, 200)} rue de la Bench`,
    postcode: c.postcode,
    commune_insee: c.insee,
    latitude: c.lat + (random() - 0.5) * 0.04,
    longitude: c.lon + (random() - 0.5) * 0.06,
    position_source: 'address',
    typology,
    kind,
    surface_m2: surface,
    floor: kind === 'house' ? null : intBetween(random, 0, 9),
    has_lift: random() < 0.5,
    rent_cents: rent,
    charges_cents: Math.min(rent, Math.round(rent * (0.1 + random() * 0.1))),
    financing,
    pmr_adapted: random() < 0.1,
    energy_class: pick(random, CLASSES),
    ges_class: pick(random, CLASSES),
    heating: pick(random, HEATING),
    description: 'Logement généré pour le banc d’essai.',
    available_on: daysAfter(now, deadline + intBetween(random, 1, 90)),
    application_deadline: daysAfter(now, deadline),
    showcase: random() < 0.3,
    status,
    published_at: status === 'draft' ? null : now.toISOString(),
    department_code: c.department,
    region_code: c.region,
    ceiling_zone: c.zone,
    eligibility_key: eligibilityKeyOf(financing, c.zone as 1 | 2 | 3),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
}

async function insertOffers(db: Db, batch: ReturnType<typeof offerRow>[]): Promise<void> {
  await db.execute(sql`
    insert into offers (landlord_id, reference, street, postcode, commune_insee, latitude, longitude, position_source, typology, kind,
      surface_m2, floor, has_lift, rent_cents, charges_cents, financing, pmr_adapted, energy_class, ges_class, heating, description,
      available_on, application_deadline, showcase, status, published_at, department_code, region_code, ceiling_zone, eligibility_key,
      created_at, updated_at)
    select * from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(landlord_id uuid, reference text, street text, postcode text,
      commune_insee text, latitude float8, longitude float8, position_source text, typology text, kind text, surface_m2 float8, floor smallint,
      has_lift boolean, rent_cents int, charges_cents int, financing text, pmr_adapted boolean, energy_class text, ges_class text, heating text,
      description text, available_on date, application_deadline date, showcase boolean, status text, published_at timestamptz,
      department_code text, region_code text, ceiling_zone smallint, eligibility_key smallint, created_at timestamptz, updated_at timestamptz)`);
}

/** Creates `count` offers over the communes, weighted by population. */
export async function generateOffers(
  db: Db,
  communes: BenchCommune[],
  count: number,
  now: Date,
  log: (m: string) => void,
): Promise<void> {
  const random = seededRandom(42);
  const landlords: string[] = [];
  for (let i = 0; i < 40; i += 1)
    landlords.push((await createLandlord(db, { name: `Bailleur bench ${i + 1}` })).id);
  const cumulative: number[] = [];
  communes.reduce((sum, c) => (cumulative.push(sum + c.population), sum + c.population), 0);
  for (let i = 0; i < count; i += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, count - i) }, (_, k) =>
      offerRow(
        random,
        i + k,
        pickWeighted(random, communes, cumulative),
        pick(random, landlords),
        now,
      ),
    );
    await insertOffers(db, batch);
    if ((i / 2_000) % 10 === 0) log(`offers ${i + batch.length}/${count}`);
  }
}

/** Creates `count` applicant files (85 % validated, with their eligibility profile). */
export async function generateFiles(
  db: Db,
  communes: BenchCommune[],
  count: number,
  now: Date,
  log: (m: string) => void,
): Promise<void> {
  const random = seededRandom(7);
  const ceilings = await loadCeilingTable(db);
  const basis = profileBasis(ceilings, 3, now);
  const at = now.toISOString();
  const home = communes.slice(0, 500);
  for (let i = 0; i < count; i += 2_000) {
    const users: unknown[] = [];
    const files: unknown[] = [];
    const profiles: unknown[] = [];
    for (let k = i; k < Math.min(count, i + 2_000); k += 1) {
      const c = pick(random, home);
      const application = benchApplication(random, k, now, {
        inseeCode: c.insee,
        name: c.name,
        postcode: c.postcode,
      });
      const userId = randomUUID();
      const fileId = randomUUID();
      const validated = random() < 0.85;
      users.push({
        id: userId,
        email: application.applicant.email,
        first_name: application.applicant.firstName,
        last_name: application.applicant.birthName,
      });
      files.push({
        id: fileId,
        user_id: userId,
        unique_number: application.uniqueNumber,
        platform_number: `AL-B${k}`,
        personal_code: `B${k}`,
        snapshot: application,
        status: validated ? 'validated' : 'awaiting_operator',
      });
      if (validated)
        profiles.push({
          file_id: fileId,
          user_id: userId,
          ...snake(eligibilityProfile(application, ceilings, 3, now)),
          valid_until: application.validUntil,
        });
    }
    await db.execute(sql`insert into users (id, email, role, first_name, last_name, status, created_at, updated_at)
      select id, email, 'applicant', first_name, last_name, 'active', ${at}::timestamptz, ${at}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(users)}::jsonb) as x(id uuid, email text, first_name text, last_name text)`);
    await db.execute(sql`insert into applicant_files (id, user_id, unique_number, platform_number, personal_code, registration_token, snapshot,
        imported_at, refreshed_at, status, consent, validated_at, created_at, updated_at)
      select id, user_id, unique_number, platform_number, personal_code, 'bench', snapshot, ${at}::timestamptz, ${at}::timestamptz, status,
        'anonymous', case when status = 'validated' then ${at}::timestamptz end, ${at}::timestamptz, ${at}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(files)}::jsonb) as x(id uuid, user_id uuid, unique_number text, platform_number text,
        personal_code text, snapshot jsonb, status text)`);
    await db.execute(sql`insert into eligibility_profiles (file_id, user_id, key_mask, typology_min, typology_max, max_total_cents, valid_until,
        basis, file_updated_at, computed_at)
      select file_id, user_id, key_mask, typology_min, typology_max, max_total_cents, valid_until, ${basis}, ${at}::timestamptz, ${at}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(profiles)}::jsonb) as x(file_id uuid, user_id uuid, key_mask int, typology_min smallint,
        typology_max smallint, max_total_cents int, valid_until date)`);
    if ((i / 2_000) % 25 === 0) log(`files ${i + users.length}/${count}`);
  }
  await db.execute(sql`insert into offer_job_cursors (name, position) values ('applicant_files', ${at}::timestamptz)
    on conflict (name) do update set position = excluded.position`);
}

function snake(p: ReturnType<typeof eligibilityProfile>) {
  return {
    key_mask: p.keyMask,
    typology_min: p.typologyMin,
    typology_max: p.typologyMax,
    max_total_cents: p.maxTotalCents,
  };
}

/** Fills the database for a run (or reuses what an earlier run left of the same size). */
export async function generateBenchData(
  db: Db,
  size: { offers: number; files: number },
  now: Date,
  log: (m: string) => void,
): Promise<BenchCommune[]> {
  await loadReferenceData(db);
  const communes = await benchCommunes(db);
  const [counted] = await rows<{ offers: number; files: number }>(
    db,
    sql`select (select count(*)::int from offers) as offers, (select count(*)::int from applicant_files) as files`,
  );
  if (counted && counted.offers >= size.offers && counted.files >= size.files) {
    log(`reusing ${counted.offers} offers and ${counted.files} files`);
    return communes;
  }
  const started = Date.now();
  await generateOffers(db, communes, size.offers, now, log);
  await generateFiles(db, communes, size.files, now, log);
  log(`counting eligible applicants of ${await recountAllOffers(db, now)} published offers`);
  await db.execute(sql`vacuum (analyze) offers, eligibility_profiles, applicant_files, users`);
  log(`generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return communes;
}
