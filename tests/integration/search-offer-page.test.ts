import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offers } from '../../src/db/schema/index.js';
import {
  addGeneratedPhotos,
  buildOfferInput,
  createOffer,
} from '../../src/modules/offers/offer.factories.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { updateApplication } from '../../src/registration/use-cases/applications.js';
import { applicantFor, demoApplication } from '../support/applicant-files.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  ensureReferenceData,
  landlordWithUser,
  runEligibilityJobs,
  staffClient,
  validatedApplicant,
} from './offers-helpers.js';

let reg: TestRegistrationService;
let t: TestApp;
let jean: HttpClient;
let couple: Awaited<ReturnType<typeof validatedApplicant>>;
let landlord: { id: string; c: HttpClient };
const now = new Date('2026-11-24T09:00:00Z');
const o: Record<string, string> = {};
const counts = async () =>
  Object.fromEntries(
    (
      await t.database.db
        .select({ reference: offers.reference, n: offers.eligibleApplicants })
        .from(offers)
    ).map((r) => [r.reference, r.n]),
  );

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(now));
  await ensureReferenceData(t);
  landlord = await landlordWithUser(t, 'Habitat Fiche');
  const paris = { communeInsee: '75112', postcode: '75012', latitude: 48.8412, longitude: 2.3876 };
  o['SHOW'] = (
    await createOffer(t.database.db, landlord.id, now, {
      ...paris,
      reference: 'SHOW',
      showcase: true,
    })
  ).id;
  o['HIDDEN'] = (
    await createOffer(t.database.db, landlord.id, now, {
      communeInsee: '93048',
      postcode: '93100',
      reference: 'HIDDEN',
    })
  ).id;
  o['T3'] = (
    await createOffer(t.database.db, landlord.id, now, {
      ...paris,
      reference: 'T3',
      typology: 'T3',
      showcase: true,
    })
  ).id;
  o['DRAFT'] = (
    await createOffer(t.database.db, landlord.id, now, {
      ...paris,
      reference: 'DRAFT',
      status: 'draft',
      showcase: true,
    })
  ).id;
  await addGeneratedPhotos(t.database.db, o['SHOW'] ?? '', 'SHOW', 2, now);
  const operator = await staffClient(t, 'conseil@fiche.test', { role: 'operator' });
  jean = (await validatedApplicant(t, reg, operator, 'a', now)).c;
  couple = await validatedApplicant(t, reg, operator, 'b', now);
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('offer page', () => {
  it('shows an eligible applicant the whole offer, the verdict, similar offers and the counts', async () => {
    const r = await jean.get(`/api/offers/${o['SHOW']}`);
    expect(r.statusCode, r.body).toBe(200);
    const page = r.json();
    expect(page.offer).toMatchObject({
      reference: 'SHOW',
      status: 'published',
      typology: 'T2',
      totalCents: 60_000,
      energyClass: 'C',
      landlordName: 'Habitat Fiche',
      candidacyCount: 0,
      eligibleApplicants: 2,
      position: { latitude: 48.8412, longitude: 2.3876 },
    });
    expect(page.offer.photos).toHaveLength(2);
    expect(page.offer.coverPhotoUrl).toBe(page.offer.photos[0].galleryUrl);
    expect(page.eligibility).toMatchObject({
      status: 'evaluated',
      eligible: true,
      effortRate: 0.288,
    });
    expect(
      page.eligibility.rules.map(
        (rule: { rule: string; status: string }) => `${rule.rule}:${rule.status}`,
      ),
    ).toEqual(['income_ceiling:passed', 'typology:passed', 'affordability:passed', 'file:passed']);
    expect(page.similar.map((s: { reference: string }) => s.reference)).toEqual(['HIDDEN']);
  });

  it('tells an applicant who is not eligible why, rule by rule, instead of hiding the offer', async () => {
    const page = (await jean.get(`/api/offers/${o['T3']}`)).json();
    expect(page.eligibility.eligible).toBe(false);
    const typology = page.eligibility.rules.find(
      (rule: { rule: string }) => rule.rule === 'typology',
    );
    expect(typology).toEqual({
      rule: 'typology',
      status: 'failed',
      allowed: ['T1', 'T2'],
      offered: 'T3',
      persons: 1,
    });
    const income = page.eligibility.rules.find(
      (rule: { rule: string }) => rule.rule === 'income_ceiling',
    );
    expect(income).toMatchObject({
      status: 'passed',
      ceiling: 26_920,
      taxIncome: 24_800,
      zone: 1,
      category: 1,
      financing: 'PLUS',
    });
    // The offer is not in Jean's search, only behind its link.
    expect(
      (await jean.get('/api/offers')).json().offers.map((x: { reference: string }) => x.reference),
    ).not.toContain('T3');
  });

  it('shows visitors showcase offers only, without a verdict; drafts to nobody', async () => {
    const visitor = new HttpClient(t.app);
    const show = await visitor.get(`/api/offers/${o['SHOW']}`);
    expect(show.statusCode).toBe(200);
    expect(show.json().eligibility).toBeNull();
    expect((await visitor.get(`/api/offers/${o['HIDDEN']}`)).json().error.code).toBe(
      'auth.required',
    );
    expect((await visitor.get(`/api/offers/${o['DRAFT']}`)).statusCode).toBe(404);
    expect((await jean.get(`/api/offers/${o['DRAFT']}`)).statusCode).toBe(404);
    expect((await landlord.c.get(`/api/offers/${o['HIDDEN']}`)).json().eligibility).toBeNull();
    const { c } = await applicantFor(t, demoApplication('c', now));
    expect((await c.get(`/api/offers/${o['SHOW']}`)).json().eligibility).toEqual({
      status: 'no_file',
    });
  });

  it('serves published photos with caching headers', async () => {
    const url = (await jean.get(`/api/offers/${o['SHOW']}`)).json().offer.photos[0]
      .galleryUrl as string;
    const visitor = new HttpClient(t.app);
    const photo = await visitor.get(url);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['cache-control']).toBe('public, max-age=86400, immutable');
    const again = await t.app.inject({
      method: 'GET',
      url,
      headers: { 'if-none-match': String(photo.headers['etag']) },
    });
    expect(again.statusCode).toBe(304);
    expect(
      (await visitor.get(url.replace(/photos\/[\w-]+/, `photos/${o['SHOW']}`))).statusCode,
    ).toBe(404);
  });
});

describe('eligible-applicant counts', () => {
  it('counts at publication and follows files as they are validated or sent back', async () => {
    expect(await counts()).toMatchObject({ SHOW: 2, HIDDEN: 2, T3: 1, DRAFT: 0 });
    const created = await landlord.c.post(
      '/api/landlord/offers',
      buildOfferInput(now, { reference: 'NEW', communeInsee: '94080', postcode: '94300' }),
    );
    await landlord.c.post(`/api/landlord/offers/${created.json().offer.id}/publish`);
    await t.platform.deps.jobs.drain();
    expect((await counts())['NEW']).toBe(2);
    // The couple's income rises above every ceiling: "Mettre à jour" sends the file back for validation.
    const b = couple.application;
    await updateApplication({ database: reg.database, clock: reg.clock }, b.uniqueNumber, {
      ...b,
      resources: { ...b.resources, taxIncomeN2: 90_000 },
    });
    expect((await couple.c.post('/api/file/refresh')).json().file.status).toBe('awaiting_operator');
    await runEligibilityJobs(t);
    expect(await counts()).toMatchObject({ SHOW: 1, HIDDEN: 1, T3: 0, NEW: 1 });
    expect((await jean.get(`/api/offers/${o['SHOW']}`)).json().offer.eligibleApplicants).toBe(1);
  });
});
