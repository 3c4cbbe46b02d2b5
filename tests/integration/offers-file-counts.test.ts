// The eligible-applicant count of a published offer follows the applicant files through
// `offers.file_changed`, enqueued by the applicant-file use cases: no sweep needed, and a sweep
// over the same change does not count it twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { eligibilityProfiles, offers } from '../../src/db/schema/index.js';
import { buildOfferInput } from '../../src/modules/offers/offer.factories.js';
import { findApplication, saveApplication } from '../../src/registration/db/repo.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { updateApplication } from '../../src/registration/use-cases/applications.js';
import {
  applicantFor,
  completeAndSubmit,
  PASSWORD,
  demoApplication,
  importApplication,
} from '../support/applicant-files.js';
import {
  type HttpClient,
  type TestApp,
  createTestAppWithRegistration,
} from '../support/test-app.js';
import {
  ensureReferenceData,
  landlordWithUser,
  runEligibilityJobs,
  staffClient,
} from './offers-helpers.js';

let reg: TestRegistrationService;
let t: TestApp;
let operator: HttpClient;
let offerId = '';
const now = new Date('2026-11-24T09:00:00Z');

const eligibleCount = async () =>
  (
    await t.database.db
      .select({ n: offers.eligibleApplicants })
      .from(offers)
      .where(eq(offers.id, offerId))
  )[0]?.n;
const hasProfile = async (fileId: string) =>
  (
    await t.database.db
      .select({ id: eligibilityProfiles.fileId })
      .from(eligibilityProfiles)
      .where(eq(eligibilityProfiles.fileId, fileId))
  ).length === 1;
/** Runs the due jobs only (the enqueued `offers.file_changed`), never the sweep. */
const drain = () => t.platform.deps.jobs.drain();
const decide = async (fileId: string, body: Record<string, unknown>, status: string) => {
  const r = await operator.post(`/api/backoffice/files/${fileId}/decision`, body);
  expect(r.json().status, r.body).toBe(status);
};

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(now));
  await ensureReferenceData(t);
  operator = await staffClient(t, 'conseil@comptes.test', { role: 'operator' });
  const landlord = await landlordWithUser(t, 'Habitat Comptes');
  // An offer demo application (a) is eligible to (as in the alerts tests).
  const created = await landlord.c.post(
    '/api/landlord/offers',
    buildOfferInput(now, {
      communeInsee: '93048',
      postcode: '93100',
      typology: 'T2',
      rentCents: 52_000,
      chargesCents: 8_000,
    }),
  );
  expect(created.statusCode, created.body).toBe(201);
  offerId = created.json().offer.id;
  expect((await landlord.c.post(`/api/landlord/offers/${offerId}/publish`)).statusCode).toBe(200);
  await drain();
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('eligible counts moved by file changes', () => {
  it('follows validation, material change, refusal, strike-off and deletion without the sweep', async () => {
    const a = demoApplication('a', now);
    reg.clock.advance(61_000);
    const { c } = await applicantFor(t, a);
    const file = await importApplication(c, reg, a.uniqueNumber, a.applicant.email);
    await completeAndSubmit(c, { consent: 'anonymous' });
    await drain();
    expect(await eligibleCount()).toBe(0);

    // Validated by Action Logement: +1 as soon as the enqueued job runs.
    await decide(file.id, { decision: 'validate' }, 'validated');
    await drain();
    expect(await eligibleCount()).toBe(1);
    // The sweep sees the same change and finds the stored profile up to date.
    await runEligibilityJobs(t);
    expect(await eligibleCount()).toBe(1);

    // "Mettre à jour" with a material change: back for validation, no longer counted.
    await updateApplication({ database: reg.database, clock: reg.clock }, a.uniqueNumber, {
      ...a,
      resources: { ...a.resources, taxIncomeN2: a.resources.taxIncomeN2 - 1_000 },
    });
    const changed = (await c.post('/api/file/refresh')).json();
    expect(changed.sentBackForValidation).toBe(true);
    await drain();
    expect(await eligibleCount()).toBe(0);

    // Refused, then submitted again and validated: counted again.
    await decide(file.id, { decision: 'refuse', reason: 'documents_missing' }, 'refused');
    await drain();
    expect(await eligibleCount()).toBe(0);
    expect((await c.post('/api/file/submit')).statusCode).toBe(200);
    await decide(file.id, { decision: 'validate' }, 'validated');
    await drain();
    expect(await eligibleCount()).toBe(1);

    // The application is struck off at the registration site: the file stays validated (not a
    // material change) but no longer counts.
    const stored = await findApplication(reg.database.db, a.uniqueNumber);
    if (!stored) throw new Error('application missing');
    await saveApplication(
      reg.database.db,
      {
        ...stored,
        status: 'struck_off',
        struckOffReason: 'renunciation',
        struckOffAt: now.toISOString().slice(0, 10),
      },
      reg.clock.now(),
    );
    const struck = (await c.post('/api/file/refresh')).json();
    expect(struck.file).toMatchObject({ status: 'validated', validity: { state: 'struck_off' } });
    await drain();
    expect(await eligibleCount()).toBe(0);
    expect(await hasProfile(file.id)).toBe(false);

    // Reactivated, then the applicant deletes the import: the count drops in the same request.
    await saveApplication(
      reg.database.db,
      { ...stored, status: 'active', struckOffReason: null, struckOffAt: null },
      reg.clock.now(),
    );
    await c.post('/api/file/refresh');
    await drain();
    expect(await eligibleCount()).toBe(1);
    expect((await c.delete('/api/file')).statusCode).toBe(204);
    expect(await eligibleCount()).toBe(0);
    expect(await hasProfile(file.id)).toBe(false);
    await runEligibilityJobs(t);
    expect(await eligibleCount()).toBe(0);
  });

  it('takes the file of a deleted account out of the counts at once', async () => {
    const b = demoApplication('a', now);
    reg.clock.advance(61_000);
    const { c } = await applicantFor(t, b);
    const file = await importApplication(c, reg, b.uniqueNumber, b.applicant.email);
    await completeAndSubmit(c, { consent: 'anonymous' });
    await decide(file.id, { decision: 'validate' }, 'validated');
    await drain();
    expect(await eligibleCount()).toBe(1);
    expect(
      (await c.request('DELETE', '/api/me', { password: PASSWORD, confirm: true })).statusCode,
    ).toBe(204);
    expect(await eligibleCount()).toBe(0);
    expect(await hasProfile(file.id)).toBe(false);
    await runEligibilityJobs(t);
    expect(await eligibleCount()).toBe(0);
  });
});
