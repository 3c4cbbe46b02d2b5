import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createLandlord, createUser } from '../../src/db/factories.js';
import { offerPhotos, offers } from '../../src/db/schema/index.js';
import { seedDemoOffers } from '../../src/modules/offers/demo-offers.js';
import { findCommune } from '../../src/modules/offers/offer.repo.js';
import { isoToday, offerProblems } from '../../src/modules/offers/offer.rules.js';
import { formOf } from '../../src/modules/offers/use-cases/lifecycle.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import {
  completeAndSubmit,
  demoApplication,
  importApplication,
  PASSWORD,
} from '../support/applicant-files.js';
import {
  HttpClient,
  type TestApp,
  loggedInClient,
  createTestAppWithRegistration,
} from '../support/test-app.js';
import { ensureReferenceData, runEligibilityJobs } from './offers-helpers.js';

let reg: TestRegistrationService;
let t: TestApp;
const now = new Date('2026-11-24T09:00:00Z');

const login = (email: string) => loggedInClient(t.app, email, PASSWORD);

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(now));
  await ensureReferenceData(t);
  // The demo seed's landlords and accounts (src/db/seed.ts), without the rest of the seed.
  await createLandlord(t.database.db, { name: 'Habitat Francilien' });
  await createLandlord(t.database.db, { name: 'Logis Atlantique' });
  await createUser(t.database.db, {
    email: 'salarie@demo.al-in.fr',
    role: 'applicant',
    civility: 'm',
    firstName: 'Jean',
    lastName: 'Dupont',
    password: PASSWORD,
  });
  await createUser(t.database.db, {
    email: 'conseiller@demo.al-in.fr',
    role: 'operator',
    password: PASSWORD,
  });
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('demo offers', () => {
  it('creates about forty valid offers with photos for the two demo landlords, once', async () => {
    expect(await seedDemoOffers(t.database.db, now)).toBe(39);
    expect(await seedDemoOffers(t.database.db, now)).toBe(0);
    const all = await t.database.db.select().from(offers);
    expect(all.filter((o) => o.status === 'published').length).toBe(35);
    expect(all.filter((o) => o.showcase && o.status === 'published').length).toBeGreaterThan(10);
    for (const offer of all) {
      expect(offerProblems(formOf(offer), isoToday(now)), offer.reference).toEqual([]);
      expect(
        (await findCommune(t.database.db, offer.communeInsee))?.postcodes,
        offer.reference,
      ).toContain(offer.postcode);
      expect(
        (await t.database.db.select().from(offerPhotos).where(eq(offerPhotos.offerId, offer.id)))
          .length,
      ).toBeGreaterThan(0);
    }
    expect(
      (await new HttpClient(t.app).get('/api/showcase/offers?region=11')).json().total,
    ).toBeGreaterThan(8);
  });

  it('shows Jean Dupont offers in Paris 12e, Montreuil and Vincennes once his file is validated', async () => {
    const jean = await login('salarie@demo.al-in.fr');
    const application = demoApplication('a', now);
    await importApplication(jean, reg, application.uniqueNumber, application.applicant.email);
    await completeAndSubmit(jean, { consent: 'anonymous' });
    const operator = await login('conseiller@demo.al-in.fr');
    const fileId = (await jean.get('/api/file')).json().file.id;
    expect(
      (
        await operator.post(`/api/backoffice/files/${fileId}/decision`, { decision: 'validate' })
      ).json().status,
    ).toBe('validated');
    await runEligibilityJobs(t);
    const found = (await jean.get('/api/offers?pageSize=50')).json();
    expect(found.total).toBeGreaterThanOrEqual(8);
    const communes = new Set(
      found.offers.map((o: { commune: { inseeCode: string } }) => o.commune.inseeCode),
    );
    for (const insee of ['75112', '93048', '94080']) expect(communes).toContain(insee);
    const near = (await jean.get('/api/offers?commune=93048&distance=2000')).json();
    expect(near.total).toBeGreaterThanOrEqual(4);
    expect(near.offers[0].eligibleApplicants).toBe(1);
  });
});
