import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { offers } from '../../src/db/schema/index.js';
import { createOffer, daysAfter } from '../../src/modules/offers/offer.factories.js';
import type { OfferInput } from '../../src/modules/offers/offer.schemas.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { applicantFor, demoApplication, importApplication } from '../support/applicant-files.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  ensureReferenceData,
  landlordWithUser,
  staffClient,
  validatedApplicant,
} from './offers-helpers.js';

let reg: TestRegistrationService;
let t: TestApp;
let jean: HttpClient;
const now = new Date('2026-11-24T09:00:00Z');
const ids: Record<string, string> = {};
// Positions typed by the landlord: Paris 12e (near Gare de Lyon), Montreuil, Vincennes; Nation is the search point.
const PARIS12 = { communeInsee: '75112', postcode: '75012', latitude: 48.8412, longitude: 2.3876 };
const MONTREUIL = {
  communeInsee: '93048',
  postcode: '93100',
  latitude: 48.8638,
  longitude: 2.4485,
};
const VINCENNES = {
  communeInsee: '94080',
  postcode: '94300',
  latitude: 48.8474,
  longitude: 2.4393,
};
const LYON = { communeInsee: '69383', postcode: '69003', latitude: null, longitude: null };
const NATION = { latitude: 48.8483, longitude: 2.3958 };
// Jean Dupont (a): single, tax income 24,800 €, 2,080 €/month → PLUS zones 1–2, PLS everywhere, T1–T2, ≤ 693.33 €.
const CATALOGUE: [
  string,
  Partial<OfferInput> & { status?: 'draft' | 'withdrawn' | 'published' },
][] = [
  [
    'E1',
    {
      ...PARIS12,
      typology: 'T2',
      financing: 'PLUS',
      rentCents: 52_000,
      chargesCents: 8_000,
      surfaceM2: 45,
      showcase: true,
      applicationDeadline: daysAfter(now, 21),
      availableOn: daysAfter(now, 60),
    },
  ],
  [
    'E2',
    {
      ...MONTREUIL,
      typology: 'T1',
      financing: 'PLS',
      rentCents: 45_000,
      chargesCents: 5_000,
      surfaceM2: 28,
      pmrAdapted: true,
      applicationDeadline: daysAfter(now, 7),
      availableOn: daysAfter(now, 20),
    },
  ],
  [
    'E3',
    {
      ...MONTREUIL,
      typology: 'T2',
      kind: 'house',
      financing: 'PLUS',
      rentCents: 58_000,
      chargesCents: 9_000,
      surfaceM2: 55,
      showcase: true,
      applicationDeadline: daysAfter(now, 14),
      availableOn: daysAfter(now, 45),
    },
  ],
  [
    'E4',
    {
      ...LYON,
      typology: 'T2',
      financing: 'PLS',
      rentCents: 48_000,
      chargesCents: 6_000,
      surfaceM2: 47,
      applicationDeadline: daysAfter(now, 28),
      availableOn: daysAfter(now, 90),
    },
  ],
  [
    'X-rent',
    {
      ...VINCENNES,
      typology: 'T2',
      financing: 'PLUS',
      rentCents: 66_000,
      chargesCents: 9_000,
      showcase: true,
    },
  ],
  [
    'X-typology',
    { ...PARIS12, typology: 'T3', financing: 'PLUS', rentCents: 50_000, chargesCents: 8_000 },
  ],
  [
    'X-plus-zone3',
    { ...LYON, typology: 'T2', financing: 'PLUS', rentCents: 40_000, chargesCents: 5_000 },
  ],
  [
    'X-plai',
    {
      ...PARIS12,
      typology: 'T1',
      financing: 'PLAI',
      rentCents: 35_000,
      chargesCents: 5_000,
      showcase: true,
    },
  ],
  [
    'X-pli',
    { ...PARIS12, typology: 'T1', financing: 'PLI', rentCents: 45_000, chargesCents: 5_000 },
  ],
  ['X-draft', { ...PARIS12, status: 'draft', showcase: true }],
  ['X-withdrawn', { ...PARIS12, status: 'withdrawn', showcase: true }],
  [
    'X-deadline',
    {
      ...PARIS12,
      applicationDeadline: daysAfter(now, -1),
      availableOn: daysAfter(now, 30),
      showcase: true,
    },
  ],
];
const ELIGIBLE = ['E1', 'E2', 'E3', 'E4'];
const refsOf = (r: { json(): { offers: { reference: string }[] } }) =>
  r.json().offers.map((o) => o.reference);
const search = async (c: HttpClient, query = '') => {
  const r = await c.get(`/api/offers${query}`);
  expect(r.statusCode, r.body).toBe(200);
  return r;
};

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(now));
  await ensureReferenceData(t);
  const landlord = await landlordWithUser(t, 'Habitat Recherche');
  for (const [reference, fields] of CATALOGUE)
    ids[reference] = (
      await createOffer(t.database.db, landlord.id, now, { reference, ...fields })
    ).id;
  const operator = await staffClient(t, 'conseil@recherche.test', { role: 'operator' });
  jean = (await validatedApplicant(t, reg, operator, 'a', now)).c;
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('eligible search', () => {
  it('lists only the offers the validated applicant is eligible for, by deadline', async () => {
    const r = await search(jean);
    expect([...refsOf(r)].sort()).toEqual(ELIGIBLE);
    expect(refsOf(r)).toEqual(['E2', 'E3', 'E1', 'E4']);
    expect(r.json()).toMatchObject({ total: 4, page: 1, pageSize: 20, center: null });
    expect(r.json().offers[0]).toMatchObject({
      reference: 'E2',
      totalCents: 50_000,
      commune: { inseeCode: '93048', name: 'Montreuil', postcode: '93100' },
      landlordName: 'Habitat Recherche',
      coverPhotoUrl: null,
      distanceM: null,
    });
  });

  it.each([
    ['?typologies=T1', ['E2']],
    ['?typologies=t2,T1', ['E2', 'E3', 'E1', 'E4']],
    ['?kind=house', ['E3']],
    ['?kind=flat', ['E2', 'E1', 'E4']],
    ['?pmr=true', ['E2']],
    ['?availableNow=true', ['E2']],
    ['?minSurface=45', ['E3', 'E1', 'E4']],
    ['?maxRent=550', ['E2', 'E4']],
    ['?minRent=550&maxRent=620', ['E1']],
    [`?latitude=${NATION.latitude}&longitude=${NATION.longitude}&distance=3000`, ['E1']],
    [
      `?latitude=${NATION.latitude}&longitude=${NATION.longitude}&distance=5000`,
      ['E2', 'E3', 'E1'],
    ],
    ['?commune=93048', ['E2', 'E3']],
    ['?commune=93048&distance=3000', ['E2', 'E3']],
    ['?commune=94080&distance=2500', ['E2', 'E3']],
    ['?commune=75056', ['E1']],
    ['?sort=rent', ['E2', 'E4', 'E1', 'E3']],
    ['?sort=surface', ['E3', 'E4', 'E1', 'E2']],
  ])('filters and sorts: %s', async (query, expected) => {
    expect(refsOf(await search(jean, query))).toEqual(expected);
  });

  it('gives the distance from the search point, and pages with a stable total', async () => {
    const near = await search(
      jean,
      `?latitude=${NATION.latitude}&longitude=${NATION.longitude}&distance=5000`,
    );
    const e1 = near.json().offers.find((o: { reference: string }) => o.reference === 'E1');
    expect(e1.distanceM).toBeGreaterThan(950);
    expect(e1.distanceM).toBeLessThan(1_050);
    expect(near.json().center).toEqual(NATION);
    const page2 = await search(jean, '?pageSize=3&page=2');
    expect(page2.json()).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(refsOf(page2)).toEqual(['E4']);
    const beyond = await search(jean, '?pageSize=3&page=3');
    expect(beyond.json()).toMatchObject({ total: 4, offers: [] });
    await t.database.db
      .update(offers)
      .set({ publishedAt: new Date(now.getTime() + 60_000) })
      .where(eq(offers.id, ids['E4'] ?? ''));
    expect(refsOf(await search(jean, '?sort=newest'))[0]).toBe('E4');
  });

  it('answers total 0 when nothing matches, and explains bad filters', async () => {
    expect((await search(jean, '?typologies=T1&kind=house')).json()).toMatchObject({
      total: 0,
      offers: [],
    });
    const bad = await jean.get('/api/offers?distance=6000&typologies=T8&latitude=48.8');
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['distance', 'typologies.0']);
    expect((await jean.get('/api/offers?latitude=48.8')).json().error.fields).toEqual([
      expect.objectContaining({ path: 'longitude', code: 'field.required' }),
    ]);
    expect((await jean.get('/api/offers?commune=99999')).json().error.fields).toEqual([
      expect.objectContaining({ path: 'commune', code: 'offer.commune_unknown' }),
    ]);
  });

  it('is for applicants with a validated file only', async () => {
    const b = demoApplication('b', now);
    const { c } = await applicantFor(t, b);
    expect((await c.get('/api/offers')).json().error.code).toBe('file.not_found');
    reg.clock.advance(61_000);
    await importApplication(c, reg, b.uniqueNumber, b.applicant.email);
    const notYet = await c.get('/api/offers');
    expect(notYet.statusCode).toBe(403);
    expect(notYet.json().error.code).toBe('offer.file_not_validated');
    expect((await new HttpClient(t.app).get('/api/offers')).statusCode).toBe(401);
    const operator = await staffClient(t, 'autre@conseil.test', { role: 'operator' });
    expect((await operator.get('/api/offers')).json().error.code).toBe('auth.forbidden');
  });
});

describe('documentation and settings', () => {
  it('documents the offer, landlord and alert routes in the OpenAPI document, and gives the map settings', async () => {
    const visitor = new HttpClient(t.app);
    const doc = await visitor.get('/api/openapi.json');
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    for (const path of [
      '/api/offers',
      '/api/showcase/offers',
      '/api/offers/{id}',
      '/api/landlord/offers',
      '/api/landlord/offers/import',
      '/api/alerts',
      '/api/alerts/unsubscribe',
    ]) {
      expect(paths).toContain(path);
    }
    expect((await visitor.get('/api/offers/map-config')).json()).toEqual({
      tileUrl: t.config.MAP_TILE_URL,
      attribution: t.config.MAP_TILE_ATTRIBUTION,
    });
  });
});

describe('showcase', () => {
  it('shows only published showcase offers to anyone, by region, department or commune', async () => {
    const visitor = new HttpClient(t.app);
    const all = await visitor.get('/api/showcase/offers');
    expect(all.statusCode).toBe(200);
    expect(refsOf(all).sort()).toEqual(['E1', 'E3', 'X-plai', 'X-rent'].sort());
    expect(refsOf(await visitor.get('/api/showcase/offers?region=84'))).toEqual([]);
    expect(refsOf(await visitor.get('/api/showcase/offers?department=93'))).toEqual(['E3']);
    expect(refsOf(await visitor.get('/api/showcase/offers?commune=75056')).sort()).toEqual([
      'E1',
      'X-plai',
    ]);
    const page = await visitor.get('/api/showcase/offers?region=11&pageSize=1&page=2&sort=rent');
    expect(page.json()).toMatchObject({ total: 4, page: 2 });
    expect(refsOf(page)).toEqual(['E1']);
  });
});
