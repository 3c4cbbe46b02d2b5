import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  applicantFiles,
  auditEvents,
  fraudReports,
  messageThreads,
  uploadedFiles,
  users,
} from '../../src/db/schema/index.js';
import { createCompany } from '../../src/db/factories.js';
import { scheduleDataRightsJobs } from '../../src/modules/data-rights/data-rights.jobs.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { renewApplication } from '../../src/registration/use-cases/applications.js';
import {
  applicantFor,
  demoApplication,
  importApplication,
  PASSWORD,
} from '../support/applicant-files.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  completeSteps,
  newApplicant,
  NOW,
  PDF_BYTES,
  postMultipart,
  staffClient,
} from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;
let hr: HttpClient;
let person: Awaited<ReturnType<typeof newApplicant>>;

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
  const company = await createCompany(t.database.db, {
    name: 'Boulangeries Artisanales de France',
    code: 'BAF-7K2Q9',
  });
  hr = await staffClient(t, 'rh@baf.test', { role: 'employer', companyId: company.id });
  person = await newApplicant(t, reg, { firstName: 'Nina', lastName: 'DONNEES' });
  await completeSteps(person.c, { companyCode: 'BAF-7K2Q9', consent: 'full' });
  expect((await person.c.post('/api/file/submit')).statusCode).toBe(200);
  expect((await hr.get(`/api/employer/files/${person.file.id}`)).statusCode).toBe(200);
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('downloading my data', () => {
  it('gives everything as JSON, including the file and who viewed it, and logs the download', async () => {
    const r = await person.c.get('/api/me/data');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="mes-donnees-alin-2026-11-24.json"',
    );
    const data = r.json();
    expect(data.account).toMatchObject({
      email: person.accountEmail,
      firstName: 'Nina',
      lastName: 'DONNEES',
    });
    expect(data.account).not.toHaveProperty('passwordHash');
    expect(data.file).toMatchObject({
      uniqueNumber: person.uniqueNumber,
      platformNumber: person.file.platformNumber,
      personalCode: person.file.personalCode,
      consent: 'full',
    });
    expect(data.accessLog).toContainEqual(
      expect.objectContaining({
        action: 'file.viewed',
        actor: expect.objectContaining({ organisation: 'Boulangeries Artisanales de France' }),
      }),
    );
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.contributions).toEqual({ candidacies: [] });
    expect(r.body).not.toContain('rh@baf.test');
    const logged = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'data.exported'));
    expect(logged).toHaveLength(1);
  });

  it('gives a readable PDF too', async () => {
    const r = await person.c.get('/api/me/data.pdf');
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(r.rawPayload.length).toBeGreaterThan(1500);
  });

  it('is for the applicant only', async () => {
    expect((await hr.get('/api/me/data')).statusCode).toBe(403);
    expect((await new HttpClient(t.app).get('/api/me/access-log')).statusCode).toBe(401);
  });
});

describe('deleting my account', () => {
  it('explains what is erased and kept', async () => {
    const r = (await person.c.get('/api/me/deletion')).json();
    expect(r.erased.map((e: { key: string }) => e.key)).toEqual([
      'account',
      'file',
      'candidacies',
      'messages',
    ]);
    expect(r.kept.map((e: { key: string }) => e.key)).toEqual([
      'candidacies',
      'registration',
      'audit',
      'fraudReports',
    ]);
    expect(r.candidaciesKept).toBe(0);
    expect(r.kept[0].text).toContain('bailleur');
  });

  it('erases the account and everything attached, logs out, and keeps only what must stay', async () => {
    const contact = await postMultipart(t, person.c, '/api/help/contact', [
      ['category', 'personal_data'],
      ['subject', 'Mes données'],
      ['message', 'Bonjour'],
      ['attachments', { fileName: 'a.pdf', contentType: 'application/pdf', data: PDF_BYTES }],
    ]);
    expect(contact.statusCode).toBe(201);
    const fraud = await person.c.post('/api/help/fraud-reports', {
      channel: 'sms',
      description: 'Un SMS me demande de payer des frais de dossier.',
    });
    const certificate = String(
      (await person.c.get('/api/file/certificate.pdf')).headers['x-certificate-reference'],
    );
    const [account] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, person.accountEmail));
    const id = account?.id ?? '';

    const wrong = await person.c.request('DELETE', '/api/me', {
      password: 'pas-le-bon',
      confirm: true,
    });
    expect(wrong.json().error.code).toBe('auth.invalid_current_password');
    expect(
      (await person.c.request('DELETE', '/api/me', { password: PASSWORD })).json().error.code,
    ).toBe('validation.failed');
    const deleted = await person.c.request('DELETE', '/api/me', {
      password: PASSWORD,
      confirm: true,
    });
    expect(deleted.statusCode).toBe(204);

    expect((await person.c.get('/api/session')).json().user).toBeNull();
    expect((await person.c.get('/api/file')).statusCode).toBe(401);
    expect(
      (
        await new HttpClient(t.app).post('/api/session', {
          email: person.accountEmail,
          password: PASSWORD,
        })
      ).json().error.code,
    ).toBe('auth.invalid_credentials');
    expect(await t.database.db.select().from(users).where(eq(users.id, id))).toEqual([]);
    expect(
      await t.database.db.select().from(applicantFiles).where(eq(applicantFiles.userId, id)),
    ).toEqual([]);
    expect(
      await t.database.db
        .select()
        .from(messageThreads)
        .where(eq(messageThreads.applicantUserId, id)),
    ).toEqual([]);
    expect(
      await t.database.db.select().from(uploadedFiles).where(eq(uploadedFiles.ownerUserId, id)),
    ).toEqual([]);
    const [report] = await t.database.db
      .select()
      .from(fraudReports)
      .where(eq(fraudReports.reference, fraud.json().reference));
    expect(report?.reporterUserId).toBeNull();
    expect((await new HttpClient(t.app).get(`/api/certificates/${certificate}`)).json().valid).toBe(
      false,
    );
    expect((await hr.get('/api/employer/files')).json().files).toEqual([]);
    const [gone] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.deleted'), eq(auditEvents.subjectUserId, id)));
    expect(gone?.details).toEqual({ kept: { candidacies: 0 }, erased: { candidacies: 0 } });
    const own = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorUserId, id));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((e) => e.ip === null)).toBe(true);
  });
});

describe('purge of files struck off over a year ago (moves the clock: last)', () => {
  it('is scheduled daily through the job queue', async () => {
    await scheduleDataRightsJobs(t.platform.deps.jobs, t.config);
    const rows = (await t.database.raw.executeSql(
      "select name, cron, options from pgboss.schedule where name = 'data.purge_struck_off'",
    )) as { rows: { cron: string; options: { tz?: string } }[] };
    expect(rows.rows).toEqual([
      expect.objectContaining({
        cron: '30 3 * * *',
        options: expect.objectContaining({ tz: 'Europe/Paris' }),
      }),
    ]);
  });

  it('erases a file struck off more than a year ago and keeps a recent or renewed one', async () => {
    const struck = demoApplication('i', NOW);
    const old = await applicantFor(t, struck);
    const oldFile = await importApplication(
      old.c,
      reg,
      struck.uniqueNumber,
      struck.applicant.email,
    );
    expect(oldFile.validity.state).toBe('struck_off');
    const recent = await newApplicant(t, reg);
    const renewed = await newApplicant(t, reg);
    const purge = async () => {
      await t.platform.deps.jobs.enqueue(t.database.db, 'data.purge_struck_off', {});
      await t.platform.deps.jobs.drain();
    };
    const exists = async (id: string) =>
      (
        await t.database.db
          .select({ id: applicantFiles.id })
          .from(applicantFiles)
          .where(eq(applicantFiles.id, id))
      ).length === 1;

    await purge();
    expect(await exists(oldFile.id)).toBe(true);

    t.clock.advance(11 * 31 * 24 * 3600_000);
    await purge();
    expect(await exists(oldFile.id)).toBe(false);
    expect(await exists(recent.file.id)).toBe(true);
    const [purged] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'file.purged'));
    expect(purged?.details).toMatchObject({ uniqueNumber: struck.uniqueNumber });
    expect(await t.database.db.select().from(users).where(eq(users.email, old.email))).toHaveLength(
      1,
    );

    // Renewed on the registration site but never refreshed here: checked there first, then kept.
    reg.clock.advance(11 * 31 * 24 * 3600_000);
    const renewal = await renewApplication(
      { database: reg.database, clock: reg.clock },
      renewed.uniqueNumber,
    );
    expect(renewal?.ok).toBe(true);
    t.clock.advance(15 * 31 * 24 * 3600_000);
    await purge();
    expect(await exists(renewed.file.id)).toBe(true);
    expect(await exists(recent.file.id)).toBe(false);
  });
});
