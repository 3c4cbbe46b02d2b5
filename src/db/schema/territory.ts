import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
} from 'drizzle-orm/pg-core';

/** PostgreSQL full-text search vector (read as its text form). */
const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** Where a commune's position comes from (null: unknown). */
export const POSITION_SOURCES = [
  'city_database',
  'postcode_neighbours',
  'department_seat',
] as const;
/** One of the position sources. */
export type PositionSource = (typeof POSITION_SOURCES)[number];

/** French regions (INSEE code), reference data loaded at start. */
export const regions = pgTable('regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

/** French departments (INSEE code: `01`, `2A`, `971`), reference data loaded at start. */
export const departments = pgTable(
  'departments',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** INSEE code of the department's seat (chef-lieu). */
    seatInseeCode: text('seat_insee_code').notNull(),
  },
  (t) => [index('departments_region_idx').on(t.regionCode)],
);

/** Communes and the municipal arrondissements of Paris, Lyon and Marseille. */
export const communes = pgTable(
  'communes',
  {
    inseeCode: text('insee_code').primaryKey(),
    name: text('name').notNull(),
    /** Lower case, without accents, words separated by one space: `saint etienne`. */
    nameSearch: text('name_search').notNull(),
    kind: text('kind', { enum: ['commune', 'arrondissement'] }).notNull(),
    /** For a municipal arrondissement: its commune (75056 for 75111). */
    parentInseeCode: text('parent_insee_code'),
    departmentCode: text('department_code')
      .notNull()
      .references(() => departments.code),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    postcodes: text('postcodes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    population: integer('population'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    positionSource: text('position_source', { enum: POSITION_SOURCES }),
    /** Zone of the income ceilings (1 Paris and bordering, 2 rest of Île-de-France, 3 elsewhere). */
    ceilingZone: smallint('ceiling_zone').notNull(),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('french'::regconfig, name_search)`),
  },
  (t) => [
    index('communes_name_search_idx').on(t.nameSearch.op('text_pattern_ops')),
    index('communes_postcodes_idx').using('gin', t.postcodes),
    index('communes_department_idx').on(t.departmentCode),
    index('communes_position_idx').on(t.latitude, t.longitude),
    index('communes_search_vector_idx').using('gin', t.searchVector),
    check('communes_ceiling_zone_check', sql`${t.ceilingZone} between 1 and 3`),
    check(
      'communes_position_check',
      sql`(${t.latitude} is null) = (${t.longitude} is null) and (${t.latitude} is null) = (${t.positionSource} is null)`,
    ),
  ],
);
