import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { alertMatches, searchAlerts } from '../../src/db/schema/index.js';
import { buildOfferInput } from '../../src/modules/offers/offer.factories.js';
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
let jean: Awaited<ReturnType<typeof validatedApplicant>>;
let landlord: { id: string; c: HttpClient };
const now = new Date('2026-11-24T09:00:00Z');
const MONTREUIL = {
  communeInsee: '93048',
  postcode: '93100',
  latitude: 48.8638,
  longitude: 2.4485,
};
const subjects = async () =>
  (await t.mailsTo(jean.email)).map((m) => m.subject).filter((s) => s.includes('alerte'));
const unsubscribeToken = (text: string) => /desabonnement\?jeton=([^\s]+)/.exec(text)?.[1] ?? '';

async function publish(fields: Partial<OfferInput>): Promise<string> {
  const created = await landlord.c.post('/api/landlord/offers', buildOfferInput(now, fields));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().offer.id as string;
  expect((await landlord.c.post(`/api/landlord/offers/${id}/publish`)).statusCode).toBe(200);
  await t.platform.deps.jobs.drain();
  return id;
}

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(now));
  await ensureReferenceData(t);
  landlord = await landlordWithUser(t, 'Habitat Alertes');
  const operator = await staffClient(t, 'conseil@alertes.test', { role: 'operator' });
  jean = await validatedApplicant(t, reg, operator, 'a', now);
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('alerts', () => {
  let immediateId = '';
  let dailyId = '';

  it('saves searches, lists, changes and deletes them, for their owner only', async () => {
    const immediate = await jean.c.post('/api/alerts', {
      name: 'Montreuil T1-T2',
      frequency: 'immediate',
      filters: { typologies: ['T1', 'T2'], commune: '93048', distance: 2000 },
    });
    expect(immediate.statusCode, immediate.body).toBe(201);
    immediateId = immediate.json().alert.id;
    t.clock.advance(1_000);
    const daily = await jean.c.post('/api/alerts', {
      name: 'Moins de 700 €',
      frequency: 'daily',
      filters: { maxRent: 700 },
    });
    dailyId = daily.json().alert.id;
    t.clock.advance(1_000);
    const extra = (
      await jean.c.post('/api/alerts', { name: 'Maison', filters: { kind: 'house' } })
    ).json().alert;
    expect(extra.frequency).toBe('immediate');
    expect(
      (await jean.c.get('/api/alerts')).json().alerts.map((a: { name: string }) => a.name),
    ).toEqual(['Montreuil T1-T2', 'Moins de 700 €', 'Maison']);
    expect(
      (
        await jean.c.request('PATCH', `/api/alerts/${extra.id}`, {
          name: 'Maison à Montreuil',
          frequency: 'daily',
        })
      ).json().alert,
    ).toMatchObject({ name: 'Maison à Montreuil', frequency: 'daily' });
    const bad = await jean.c.post('/api/alerts', { name: '', filters: { distance: 9000 } });
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['filters.distance', 'name']);

    const other = await applicantFor(t, demoApplication('b', now));
    expect(
      (await other.c.request('PATCH', `/api/alerts/${extra.id}`, { name: 'x' })).statusCode,
    ).toBe(404);
    expect((await other.c.delete(`/api/alerts/${extra.id}`)).statusCode).toBe(404);
    expect((await other.c.get('/api/alerts')).json().alerts).toEqual([]);
    reg.clock.advance(61_000);
    await importApplication(
      other.c,
      reg,
      demoApplication('b', now).uniqueNumber,
      demoApplication('b', now).applicant.email,
    );
    expect((await other.c.post('/api/alerts', { name: 'x', filters: {} })).json().error.code).toBe(
      'offer.file_not_validated',
    );
    expect((await new HttpClient(t.app).get('/api/alerts')).statusCode).toBe(401);

    expect((await jean.c.delete(`/api/alerts/${extra.id}`)).statusCode).toBe(204);
    for (let i = 0; i < 8; i += 1) await jean.c.post('/api/alerts', { name: `A${i}`, filters: {} });
    expect(
      (await jean.c.post('/api/alerts', { name: 'trop', filters: {} })).json().error.code,
    ).toBe('alert.limit_reached');
    for (const a of (await jean.c.get('/api/alerts'))
      .json()
      .alerts.filter((x: { name: string }) => /^A\d$/.test(x.name)))
      await jean.c.delete(`/api/alerts/${a.id}`);
  });

  it('e-mails an immediate alert when a matching offer its owner is eligible to is published, once', async () => {
    const offerId = await publish({
      ...MONTREUIL,
      reference: 'MTR-1',
      typology: 'T2',
      rentCents: 52_000,
      chargesCents: 8_000,
    });
    const mails = (await t.mailsTo(jean.email)).filter((m) => m.subject.includes('alerte'));
    expect(mails.map((m) => m.subject)).toEqual([
      'Action Logement Services : Nouvelle offre pour votre alerte « Montreuil T1-T2 »',
    ]);
    expect(mails[0]?.text).toContain(`http://alin.test/offres/${offerId}`);
    expect(mails[0]?.text).toContain('Montreuil (93100)');
    expect(mails[0]?.text).toMatch(/600,00\s€ charges comprises/);
    // Filters that do not match (T3), or an offer the owner is not eligible to (PLAI), send nothing.
    await publish({ ...MONTREUIL, reference: 'MTR-T3', typology: 'T3' });
    await publish({
      ...MONTREUIL,
      reference: 'MTR-PLAI',
      typology: 'T2',
      financing: 'PLAI',
      rentCents: 40_000,
      chargesCents: 5_000,
    });
    // Published again after a withdrawal: not sent twice.
    await landlord.c.post(`/api/landlord/offers/${offerId}/withdraw`);
    await landlord.c.post(`/api/landlord/offers/${offerId}/publish`);
    await t.platform.deps.jobs.drain();
    expect(await subjects()).toHaveLength(1);
    const pending = await t.database.db
      .select()
      .from(alertMatches)
      .where(eq(alertMatches.alertId, dailyId));
    expect(pending.map((m) => m.sentAt)).toEqual([null]);
  });

  it('sends the daily digest of the offers found since the last one', async () => {
    await publish({
      ...MONTREUIL,
      reference: 'MTR-2',
      typology: 'T1',
      rentCents: 45_000,
      chargesCents: 5_000,
    });
    await t.platform.deps.jobs.enqueue(t.database.db, 'alerts.daily_digest', {});
    await t.platform.deps.jobs.drain();
    const digest = (await t.mailsTo(jean.email)).filter((m) =>
      m.subject.includes('Nouvelles offres'),
    );
    expect(digest.map((m) => m.subject)).toEqual([
      'Action Logement Services : Nouvelles offres pour votre alerte « Moins de 700 € »',
    ]);
    expect(digest[0]?.text).toContain('2 nouvelle(s) offre(s)');
    expect(digest[0]?.text).toContain('Voir l’offre MTR-1');
    expect(digest[0]?.text).toContain('Voir l’offre MTR-2');
    await t.platform.deps.jobs.enqueue(t.database.db, 'alerts.daily_digest', {});
    await t.platform.deps.jobs.drain();
    expect(
      (await t.mailsTo(jean.email)).filter((m) => m.subject.includes('Nouvelles offres')),
    ).toHaveLength(1);
  });

  it('unsubscribes from the e-mailed link without logging in', async () => {
    const mail = (await t.mailsTo(jean.email)).find((m) => m.subject.includes('Montreuil T1-T2'));
    const before = (await subjects()).length;
    const token = decodeURIComponent(unsubscribeToken(mail?.text ?? ''));
    const visitor = new HttpClient(t.app);
    expect(
      (
        await visitor.get(
          `/api/alerts/unsubscribe?token=${encodeURIComponent(`${token.slice(0, -2)}xx`)}`,
        )
      ).json().error.code,
    ).toBe('token.invalid');
    const r = await visitor.get(`/api/alerts/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({ unsubscribed: true, alertName: 'Montreuil T1-T2' });
    expect(
      (await t.database.db.select().from(searchAlerts).where(eq(searchAlerts.id, immediateId)))[0]
        ?.active,
    ).toBe(false);
    await publish({ ...MONTREUIL, reference: 'MTR-3', typology: 'T2' });
    expect(await subjects()).toHaveLength(before);
  });
});
