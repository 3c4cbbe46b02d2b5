import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { loadReferenceData } from '../../src/modules/territory/reference-data.js';
import { createTestApp, HttpClient, type TestApp } from '../support/test-app.js';

let t: TestApp;
let visitor: HttpClient;

type Hit = {
  inseeCode: string;
  name: string;
  postcodes: string[];
  departmentCode: string;
  departmentName: string;
  regionName: string;
  zone: number;
  latitude: number | null;
  longitude: number | null;
};

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  const loaded = await loadReferenceData(t.database.db);
  console.info(
    `loadReferenceData on ${t.database.kind}: ${Math.round(performance.now() - started)} ms`,
    loaded,
  );
  visitor = new HttpClient(t.app);
});
afterAll(async () => {
  await t.close();
});

async function search(q: string): Promise<Hit[]> {
  const r = await visitor.get(`/api/communes?q=${encodeURIComponent(q)}`);
  expect(r.statusCode).toBe(200);
  return r.json().communes as Hit[];
}

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await t.database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

describe('reference data', () => {
  it('stores every commune and municipal arrondissement of metropolitan France and the DROM', async () => {
    const [counts] = await rows<{
      communes: number;
      arrondissements: number;
      positioned: number;
    }>(sql`
      select count(*)::int as communes,
             count(*) filter (where kind = 'arrondissement')::int as arrondissements,
             count(*) filter (where latitude is not null)::int as positioned
      from communes`);
    expect(counts?.communes).toBeGreaterThan(34_800);
    expect(counts?.arrondissements).toBe(45);
    expect(counts?.positioned).toBe(counts?.communes);
    const [stored] = await rows<Record<string, unknown>>(sql`
      select name_search, ceiling_zone, position_source, parent_insee_code, search_vector::text as vector
      from communes where insee_code = '75111'`);
    expect(stored).toMatchObject({
      name_search: 'paris 11e arrondissement',
      ceiling_zone: 1,
      parent_insee_code: '75056',
    });
    expect(stored?.['vector']).toContain("'paris'");
  });

  it('derives the ceiling zone of every commune', async () => {
    const zones = await rows<{ insee_code: string; ceiling_zone: number }>(sql`
      select insee_code, ceiling_zone from communes
      where insee_code in ('75056', '92012', '92064', '94046', '92050', '35238') order by insee_code`);
    expect(Object.fromEntries(zones.map((z) => [z.insee_code, z.ceiling_zone]))).toEqual({
      '35238': 3,
      '75056': 1,
      '92012': 1,
      '92050': 2,
      '92064': 1,
      '94046': 2,
    });
    const [bordering] = await rows<{ n: number }>(sql`
      select count(*)::int as n from communes where ceiling_zone = 1 and department_code <> '75'`);
    expect(bordering?.n).toBe(29);
  });

  it('does nothing the second time', async () => {
    const started = performance.now();
    expect(await loadReferenceData(t.database.db)).toEqual({
      communes: 0,
      ceilings: 0,
      positionSource: null,
    });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('GET /api/communes', () => {
  it('finds a name typed with or without accents, the most populated first', async () => {
    for (const q of ['saint etienne', 'Saint-Étienne', 'SAINT ÉTIENNE', 'st etienne']) {
      const [first] = await search(q);
      expect(first).toMatchObject({
        inseeCode: '42218',
        name: 'Saint-Étienne',
        departmentCode: '42',
        departmentName: 'Loire',
        regionName: 'Auvergne-Rhône-Alpes',
        zone: 3,
      });
      expect(first?.postcodes).toContain('42000');
      expect(first?.latitude).toBeCloseTo(45.43, 1);
      expect(first?.longitude).toBeCloseTo(4.39, 1);
    }
    const hits = await search('saint etienne');
    expect(hits).toHaveLength(20);
    expect(hits.map((h) => h.name)).toContain('Saint-Étienne-du-Rouvray');
  });

  it('finds a word inside a name, whole words first', async () => {
    expect((await search('lilas'))[0]).toMatchObject({
      inseeCode: '93045',
      name: 'Les Lilas',
      zone: 1,
    });
    expect((await search("l'hay les roses"))[0]?.inseeCode).toBe('94038');
  });

  it('finds the communes of a postcode', async () => {
    const hits = await search('75011');
    expect(hits.map((h) => h.inseeCode)).toEqual(['75056', '75111']);
    expect(hits.every((h) => h.zone === 1)).toBe(true);
  });

  it('finds a commune by its INSEE code, Corsica included', async () => {
    expect((await search('35238')).map((h) => h.name)).toEqual(['Rennes']);
    expect((await search('2a004'))[0]).toMatchObject({
      inseeCode: '2A004',
      name: 'Ajaccio',
      regionName: 'Corse',
    });
  });

  it('answers an unknown name with an empty list', async () => {
    expect(await search('xyzzyq')).toEqual([]);
  });

  it('refuses an empty or overlong query', async () => {
    const empty = await visitor.get('/api/communes?q=');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({
      code: 'validation.failed',
      fields: [{ path: 'q', code: 'field.required' }],
    });
    expect((await visitor.get(`/api/communes?q=${'a'.repeat(101)}`)).json().error.code).toBe(
      'validation.failed',
    );
  });
});

describe('GET /api/territory', () => {
  it('lists the regions of metropolitan France and the overseas departments', async () => {
    const r = await visitor.get('/api/territory/regions');
    expect(r.statusCode).toBe(200);
    const regions = r.json().regions as { code: string; name: string }[];
    expect(regions).toHaveLength(18);
    expect(regions).toContainEqual({ code: '11', name: 'Île-de-France' });
  });

  it('lists the departments, optionally of one region', async () => {
    const all = (await visitor.get('/api/territory/departments')).json().departments as {
      code: string;
    }[];
    expect(all).toHaveLength(101);
    expect(all).toContainEqual({
      code: '2A',
      name: 'Corse-du-Sud',
      regionCode: '94',
      regionName: 'Corse',
    });
    const idf = (await visitor.get('/api/territory/departments?region=11')).json().departments as {
      code: string;
    }[];
    expect(idf.map((d) => d.code)).toEqual(['75', '77', '78', '91', '92', '93', '94', '95']);
  });

  it('documents the territory routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/communes', '/api/territory/regions', '/api/territory/departments']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });
});
