import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { offerHistory, offerPhotos, offers } from '../../src/db/schema/index.js';
import {
  buildOfferInput,
  createOffer,
  daysAfter,
  generatedPhoto,
} from '../../src/modules/offers/offer.factories.js';
import { createTestApp, HttpClient, type TestApp } from '../support/test-app.js';
import {
  ensureReferenceData,
  landlordWithUser,
  multipartBody,
  sendRaw,
  staffClient,
} from './offers-helpers.js';

let t: TestApp;
let a: { id: string; c: HttpClient };
let b: { id: string; c: HttpClient };
let applicant: HttpClient;
const now = new Date('2026-11-24T09:00:00Z');
const fieldsOf = (r: {
  json(): { error: { code: string; fields?: { path: string; code: string }[] } };
}) => r.json().error.fields?.map((f) => `${f.path}:${f.code}`);
const photoCount = async (offerId: string) =>
  (await t.database.db.select().from(offerPhotos).where(eq(offerPhotos.offerId, offerId))).length;
const upload = (c: HttpClient, offerId: string, bytes: Buffer, type = 'image/jpeg') => {
  const body = multipartBody('photo', 'photo.jpg', type, bytes);
  return sendRaw(
    t,
    c,
    'POST',
    `/api/landlord/offers/${offerId}/photos`,
    body.payload,
    body.contentType,
  );
};

beforeAll(async () => {
  t = await createTestApp({ PHOTO_MAX_BYTES: '300000' });
  await ensureReferenceData(t);
  a = await landlordWithUser(t, 'Habitat Test A');
  b = await landlordWithUser(t, 'Logis Test B');
  applicant = await staffClient(t, 'demandeur@offres.test', { role: 'applicant' });
});
afterAll(async () => {
  await t?.close();
});

describe('landlord offers: create, preview, list', () => {
  it('creates a draft with its commune facts, shows it to its landlord only, and lists it', async () => {
    const created = await a.c.post(
      '/api/landlord/offers',
      buildOfferInput(now, { reference: 'PAR12-001' }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const offer = created.json().offer;
    expect(offer).toMatchObject({
      status: 'draft',
      reference: 'PAR12-001',
      ceilingZone: 1,
      totalCents: 60_000,
      positionSource: 'commune',
      commune: { name: 'Paris 12e Arrondissement', departmentCode: '75', regionCode: '11' },
    });
    expect(
      (await a.c.get(`/api/landlord/offers/${offer.id}`))
        .json()
        .history.map((h: { event: string }) => h.event),
    ).toEqual(['created']);
    expect(
      (await a.c.get('/api/landlord/offers')).json().offers.map((o: { id: string }) => o.id),
    ).toContain(offer.id);
    expect(
      (await b.c.get('/api/landlord/offers')).json().offers.map((o: { id: string }) => o.id),
    ).not.toContain(offer.id);
    const typed = await a.c.post(
      '/api/landlord/offers',
      buildOfferInput(now, { latitude: 48.8421, longitude: 2.3894 }),
    );
    expect(typed.json().offer).toMatchObject({
      positionSource: 'address',
      latitude: 48.8421,
      longitude: 2.3894,
    });
  });

  it('explains every broken rule field by field, and stores nothing', async () => {
    const before = (await t.database.db.select().from(offers)).length;
    const bad = await a.c.post(
      '/api/landlord/offers',
      buildOfferInput(now, {
        surfaceM2: 5,
        rentCents: 1_000,
        chargesCents: 2_000,
        applicationDeadline: daysAfter(now, 0),
        availableOn: daysAfter(now, -1),
      }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation.failed');
    expect(fieldsOf(bad)).toEqual([
      'surfaceM2:offer.surface_implausible',
      'rentCents:offer.rent_implausible',
      'chargesCents:offer.charges_implausible',
      'applicationDeadline:offer.deadline_not_after_publication',
      'availableOn:offer.availability_not_after_deadline',
    ]);
    expect(bad.json().error.fields[0].message).toContain('9 et 300 m²');
    expect(
      fieldsOf(
        await a.c.post('/api/landlord/offers', buildOfferInput(now, { communeInsee: '99999' })),
      ),
    ).toEqual(['communeInsee:offer.commune_unknown']);
    expect(
      fieldsOf(await a.c.post('/api/landlord/offers', buildOfferInput(now, { postcode: '93100' }))),
    ).toEqual(['postcode:offer.postcode_mismatch']);
    expect(
      fieldsOf(
        await a.c.post('/api/landlord/offers', buildOfferInput(now, { reference: 'par12-001' })),
      ),
    ).toEqual(['reference:offer.reference_taken']);
    const { typology: _t, ...noTypology } = buildOfferInput(now);
    expect(
      fieldsOf(await a.c.post('/api/landlord/offers', { ...noTypology, kind: 'castle' })),
    ).toEqual(expect.arrayContaining(['typology:field.required', 'kind:field.invalid_choice']));
    expect((await t.database.db.select().from(offers)).length).toBe(before);
  });
});

describe('ownership and roles', () => {
  it('answers resource.not_found to another landlord on every route, 403 to an applicant, 401 to a visitor', async () => {
    const offer = await createOffer(t.database.db, a.id, now, { status: 'draft' });
    const [photo] = await t.database.db
      .insert(offerPhotos)
      .values({
        offerId: offer.id,
        position: 1,
        width: 1,
        height: 1,
        uploadedBytes: 1,
        fullBytes: Buffer.from([1]),
        galleryBytes: Buffer.from([1]),
      })
      .returning();
    const form = buildOfferInput(now);
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/landlord/offers/${offer.id}`],
      ['PUT', `/api/landlord/offers/${offer.id}`, form],
      ['POST', `/api/landlord/offers/${offer.id}/publish`],
      ['POST', `/api/landlord/offers/${offer.id}/withdraw`],
      ['POST', `/api/landlord/offers/${offer.id}/duplicate`],
      ['DELETE', `/api/landlord/offers/${offer.id}/photos/${photo?.id}`],
      ['PUT', `/api/landlord/offers/${offer.id}/photos/order`, { photoIds: [photo?.id] }],
    ];
    for (const [method, url, body] of routes) {
      const asB = await b.c.request(method as 'GET', url, body);
      expect(asB.statusCode, `${method} ${url}`).toBe(404);
      expect(asB.json().error.code).toBe('resource.not_found');
      expect(
        (await applicant.request(method as 'GET', url, body)).statusCode,
        `${method} ${url}`,
      ).toBe(403);
      expect(
        (await new HttpClient(t.app).request(method as 'GET', url, body)).statusCode,
        `${method} ${url}`,
      ).toBe(401);
    }
    const photoByB = await upload(b.c, offer.id, await generatedPhoto('B', 10));
    expect(photoByB.json().error.code).toBe('resource.not_found');
    expect((await applicant.get('/api/landlord/offers')).statusCode).toBe(403);
    expect(await photoCount(offer.id)).toBe(1);
    const stored = (await t.database.db.select().from(offers).where(eq(offers.id, offer.id)))[0];
    expect(stored).toMatchObject({ status: 'draft', reference: offer.reference });
  });
});

describe('lifecycle', () => {
  const act = (c: HttpClient, id: string, event: 'publish' | 'withdraw') =>
    c.post(`/api/landlord/offers/${id}/${event}`);

  it('goes draft → published → withdrawn → published, refusing the other events, and logs each step', async () => {
    const id = (await a.c.post('/api/landlord/offers', buildOfferInput(now))).json().offer.id;
    expect((await act(a.c, id, 'withdraw')).json().error.code).toBe('offer.transition_not_allowed');
    const published = await act(a.c, id, 'publish');
    expect(published.json().offer).toMatchObject({
      status: 'published',
      publishedAt: now.toISOString(),
    });
    expect((await act(a.c, id, 'publish')).json().error.code).toBe('offer.transition_not_allowed');
    expect((await act(a.c, id, 'withdraw')).json().offer.status).toBe('withdrawn');
    expect((await act(a.c, id, 'withdraw')).json().error.code).toBe('offer.transition_not_allowed');
    expect((await act(a.c, id, 'publish')).json().offer.status).toBe('published');
    const history = (await a.c.get(`/api/landlord/offers/${id}`)).json().history;
    expect(
      history.map((h: { event: string; toStatus: string }) => `${h.event}:${h.toStatus}`),
    ).toEqual(['created:draft', 'publish:published', 'withdraw:withdrawn', 'publish:published']);
    expect(history[1].actorName).toBeTruthy();
  });

  it('closes published offers past their deadline at night; a closed offer accepts no event and no edit', async () => {
    const late = await createOffer(t.database.db, a.id, now, {
      applicationDeadline: daysAfter(now, -1),
      availableOn: daysAfter(now, 30),
    });
    const onTime = await createOffer(t.database.db, a.id, now, {
      applicationDeadline: daysAfter(now, 0),
      availableOn: daysAfter(now, 30),
    });
    await t.platform.deps.jobs.enqueue(t.database.db, 'offers.nightly', {});
    await t.platform.deps.jobs.drain();
    const status = async (id: string) =>
      (await t.database.db.select({ s: offers.status }).from(offers).where(eq(offers.id, id)))[0]
        ?.s;
    expect(await status(late.id)).toBe('closed');
    expect(await status(onTime.id)).toBe('published');
    expect(
      (
        await t.database.db.select().from(offerHistory).where(eq(offerHistory.offerId, late.id))
      ).map((h) => h.event),
    ).toEqual(['created', 'close']);
    expect((await act(a.c, late.id, 'publish')).json().error.code).toBe(
      'offer.transition_not_allowed',
    );
    expect((await act(a.c, late.id, 'withdraw')).json().error.code).toBe(
      'offer.transition_not_allowed',
    );
    expect(
      (await a.c.request('PUT', `/api/landlord/offers/${late.id}`, buildOfferInput(now))).json()
        .error.code,
    ).toBe('offer.not_editable');
  });

  it('refuses to publish a draft whose dates no longer pass the rules', async () => {
    const stale = await createOffer(t.database.db, a.id, now, {
      status: 'draft',
      applicationDeadline: daysAfter(now, 0),
      availableOn: daysAfter(now, 30),
    });
    const refused = await act(a.c, stale.id, 'publish');
    expect(refused.statusCode).toBe(400);
    expect(fieldsOf(refused)).toEqual(['applicationDeadline:offer.deadline_not_after_publication']);
  });

  it('keeps the eligibility fields of a published offer with candidacies: withdraw, then change', async () => {
    const offer = await createOffer(t.database.db, a.id, now, { candidacyCount: 3 });
    const form = {
      ...buildOfferInput(now),
      reference: offer.reference,
      applicationDeadline: offer.applicationDeadline,
      availableOn: offer.availableOn,
    };
    const locked = await a.c.request('PUT', `/api/landlord/offers/${offer.id}`, {
      ...form,
      rentCents: 55_000,
      financing: 'PLS',
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe('offer.eligibility_locked');
    expect(fieldsOf(locked)).toEqual([
      'rentCents:offer.locked_field',
      'financing:offer.locked_field',
    ]);
    const described = await a.c.request('PUT', `/api/landlord/offers/${offer.id}`, {
      ...form,
      description: 'Refait à neuf.',
    });
    expect(described.json().offer).toMatchObject({
      description: 'Refait à neuf.',
      rentCents: 52_000,
    });
    await act(a.c, offer.id, 'withdraw');
    const changed = await a.c.request('PUT', `/api/landlord/offers/${offer.id}`, {
      ...form,
      description: 'Refait à neuf.',
      rentCents: 55_000,
      financing: 'PLS',
    });
    expect(changed.json().offer).toMatchObject({
      rentCents: 55_000,
      financing: 'PLS',
      status: 'withdrawn',
    });
    const edits = (await a.c.get(`/api/landlord/offers/${offer.id}`))
      .json()
      .history.filter((h: { event: string }) => h.event === 'edited');
    expect(edits.map((h: { details: { fields: string[] } }) => h.details.fields)).toEqual([
      ['description'],
      ['rentCents', 'financing'],
    ]);
  });

  it('duplicates an offer with its photos into a new draft', async () => {
    const offer = await createOffer(t.database.db, a.id, now, { reference: 'DUP-1' });
    expect((await upload(a.c, offer.id, await generatedPhoto('DUP', 20))).statusCode).toBe(201);
    const copy = await a.c.post(`/api/landlord/offers/${offer.id}/duplicate`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json().offer).toMatchObject({
      reference: 'DUP-1-copie',
      status: 'draft',
      publishedAt: null,
      rentCents: offer.rentCents,
    });
    expect(copy.json().offer.photos).toHaveLength(1);
    expect(
      (await a.c.post(`/api/landlord/offers/${offer.id}/duplicate`)).json().offer.reference,
    ).toBe('DUP-1-copie2');
  });
});
