import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import {
  applicantFiles,
  auditEvents,
  candidacies,
  candidacyHistory,
  candidacyMessages,
  fraudReports,
  messageThreads,
  offerRounds,
  rankingSnapshots,
  uploadedFiles,
  users,
} from '../../src/db/schema/index.js';
import { createCompany } from '../../src/db/factories.js';
import { replayOffer } from '../../src/modules/candidacies/replay.js';
import { hashPassword } from '../../src/server/security/passwords.js';
import { scheduleDataRightsJobs } from '../../src/modules/data-rights/data-rights.jobs.js';
import {
  startTestRegistrationService,
  type TestRegistrationService,
} from '../../src/registration/testing.js';
import { renewApplication } from '../../src/registration/use-cases/applications.js';
import {
  applicantFor,
  demoApplication,
  importApplication,
  PASSWORD,
} from '../support/applicant-files.js';
import { createTestApp, HttpClient, type TestApp } from '../support/test-app.js';
import {
  applicants,
  apply,
  closedOffer,
  landlordOffer,
  staff,
  statusesOf,
  type SessionClient,
} from './candidacies-helpers.js';
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
  reg = await startTestRegistrationService({ now: NOW });
  t = await createTestApp({
    REGISTRATION_URL: reg.url,
    REGISTRATION_PLATFORM_KEY: reg.platformKey,
  });
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

/** Gives a fixture applicant (no password) the test password, so it can confirm a deletion. */
async function withPassword(userId: string): Promise<void> {
  await t.database.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, userId));
}

async function deleteAccountOf(c: SessionClient): Promise<void> {
  const r = await c.request('DELETE', '/api/me', { password: PASSWORD, confirm: true });
  expect(r.statusCode, r.body).toBe(204);
}

describe('my candidacies: in the export, and what deleting the account does to them', () => {
  const sam = {} as {
    person: Awaited<ReturnType<typeof applicants>>[number];
    loginEmail: string;
    cancelledId: string;
    sentId: string;
    offerRef: string;
    landlord: SessionClient;
    others: Awaited<ReturnType<typeof applicants>>;
    otherIds: string[];
  };

  beforeAll(async () => {
    const first = await landlordOffer(t);
    const second = await landlordOffer(t);
    const [person, ...others] = await applicants(t, [
      { firstName: 'Sam', lastName: 'CANDIDAT', application: { filedAt: '2005-01-15' } },
      { application: { filedAt: '2012-01-15' } },
      { application: { filedAt: '2013-01-15' } },
    ]);
    if (!person) throw new Error('no applicant');
    await withPassword(person.userId);
    // The login e-mail differs from the application's, which the landlord receives in the file.
    sam.loginEmail = `sam.${person.userId.slice(0, 8)}@compte.test`;
    await t.database.db
      .update(users)
      .set({ email: sam.loginEmail })
      .where(eq(users.id, person.userId));
    sam.person = person;
    sam.others = others;
    sam.landlord = second.c;
    sam.offerRef = second.offer.reference;
    sam.cancelledId = (await apply(person.c, first.offer.id)).id;
    const cancel = await person.c.post(`/api/candidacies/${sam.cancelledId}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    sam.sentId = (await apply(person.c, second.offer.id)).id;
    sam.otherIds = [];
    for (const other of others) sam.otherIds.push((await apply(other.c, second.offer.id)).id);
    const operator = await staff(t, { role: 'operator' });
    expect(
      (await operator.c.post(`/api/backoffice/offers/${second.offer.id}/close`)).statusCode,
    ).toBe(200);
    for (const id of [sam.sentId, ...sam.otherIds]) {
      const r = await operator.c.post(`/api/backoffice/candidacies/${id}/review`, {
        decision: 'validate',
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(
      (await operator.c.post(`/api/backoffice/offers/${second.offer.id}/send`)).statusCode,
    ).toBe(200);
    const asked = await sam.landlord.post(`/api/landlord/candidacies/${sam.sentId}/messages`, {
      kind: 'message',
      body: 'Pouvez-vous confirmer votre numéro de téléphone ?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const answered = await person.c.post(`/api/candidacies/${sam.sentId}/messages`, {
      body: 'Oui, le 06 12 34 56 78.',
    });
    expect(answered.statusCode, answered.body).toBe(201);
  });

  it('exports each of my candidacies with its offer, ranking, history and messages, and nothing of the others', async () => {
    const r = await sam.person.c.get('/api/me/data');
    expect(r.statusCode).toBe(200);
    const mine = r.json().contributions.candidacies;
    expect(mine.map((c: { id: string }) => c.id)).toEqual([sam.sentId, sam.cancelledId]);
    expect(mine[0]).toMatchObject({
      status: 'sent',
      stage: 'sent_to_landlord',
      offer: {
        reference: sam.offerRef,
        typology: expect.any(String),
        rentCents: expect.any(Number),
      },
      ranking: {
        closingRank: 1,
        position: 1,
        total: 3,
        inputs: { filedAt: '2005-01-15' },
        reasons: expect.arrayContaining([expect.objectContaining({ criterion: 'seniority' })]),
      },
      sentToLandlord: { applicant: { lastName: expect.any(String) } },
      commission: null,
    });
    expect(mine[0].offer.communeName).toEqual(expect.any(String));
    expect(mine[0].history.map((h: { event: string }) => h.event)).toEqual([
      'apply',
      'retain',
      'validate',
      'send',
    ]);
    expect(mine[0].messages.map((m: { side: string }) => m.side)).toEqual([
      'landlord',
      'applicant',
    ]);
    expect(mine[1]).toMatchObject({ status: 'cancelled', sentToLandlord: null });
    expect(mine[1].history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'applied',
      'cancelled',
    ]);
    for (const [i, other] of sam.others.entries()) {
      expect(r.body).not.toContain(sam.otherIds[i]);
      expect(r.body).not.toContain(other.email);
      expect(r.body).not.toContain(other.userId);
    }
    const pdf = await sam.person.c.get('/api/me/data.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('keeps only the candidacy sent to the landlord, detached from the account, and erases the cancelled one', async () => {
    const before = (await sam.person.c.get('/api/me/deletion')).json();
    expect(before.candidaciesKept).toBe(1);
    const userId = sam.person.userId;

    await deleteAccountOf(sam.person.c);

    const rows = await t.database.db
      .select()
      .from(candidacies)
      .where(inArray(candidacies.id, [sam.sentId, sam.cancelledId]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: sam.sentId,
      status: 'sent',
      applicantUserId: null,
      fileId: null,
    });
    expect(
      await t.database.db
        .select()
        .from(candidacyHistory)
        .where(eq(candidacyHistory.candidacyId, sam.cancelledId)),
    ).toEqual([]);
    const seen = await sam.landlord.get(`/api/landlord/candidacies/${sam.sentId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().candidacy.dossier.applicant.lastName).toEqual(expect.any(String));
    expect(seen.json().messages).toHaveLength(2);
    expect(seen.body).not.toContain(userId);
    expect(seen.body).not.toContain(sam.loginEmail);
    // Stored without any link to the account: the applicant's message has no author any more.
    const kept = await t.database.db
      .select({ side: candidacyMessages.side, author: candidacyMessages.authorUserId })
      .from(candidacyMessages)
      .where(eq(candidacyMessages.candidacyId, sam.sentId))
      .orderBy(candidacyMessages.id);
    expect(kept).toEqual([
      { side: 'landlord', author: expect.any(String) },
      { side: 'applicant', author: null },
    ]);
    const [gone] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.deleted'), eq(auditEvents.subjectUserId, userId)));
    expect(gone?.details).toEqual({ kept: { candidacies: 1 }, erased: { candidacies: 1 } });
  });

  it('cancels an active candidacy not sent yet: the others move up, then it is erased', async () => {
    const { offer } = await landlordOffer(t);
    const [leaving, second, third] = await applicants(t, [
      { application: { filedAt: '2004-03-01' } },
      { application: { filedAt: '2011-03-01' } },
      { application: { filedAt: '2014-03-01' } },
    ]);
    if (!leaving || !second || !third) throw new Error('no applicants');
    const leavingId = (await apply(leaving.c, offer.id)).id;
    const secondId = (await apply(second.c, offer.id)).id;
    const thirdId = (await apply(third.c, offer.id)).id;
    const position = async (c: SessionClient, id: string) =>
      (await c.get(`/api/candidacies/${id}/position`)).json().position;
    expect(await position(second.c, secondId)).toMatchObject({ position: 2, total: 3 });
    await withPassword(leaving.userId);

    await deleteAccountOf(leaving.c);

    expect(await statusesOf(t, [leavingId, secondId, thirdId])).toEqual([
      'missing',
      'applied',
      'applied',
    ]);
    expect(await position(second.c, secondId)).toMatchObject({ position: 1, total: 2 });
    expect(await position(third.c, thirdId)).toMatchObject({ position: 2, total: 2 });
    const [round] = await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.offerId, offer.id));
    expect(round?.candidacyCount).toBe(2);
    expect(
      await t.database.db
        .select()
        .from(candidacyHistory)
        .where(eq(candidacyHistory.candidacyId, leavingId)),
    ).toEqual([]);
  });

  it('during the review, the next file moves up; the frozen ranking keeps a pseudonymous line and still replays', async () => {
    const { offer, people, ids, operator } = await closedOffer(t, 6);
    const leaving = people[0];
    if (!leaving) throw new Error('no applicant');
    expect(await statusesOf(t, ids)).toEqual([
      ...Array<string>(5).fill('retained'),
      'not_retained',
    ]);
    await withPassword(leaving.userId);

    await deleteAccountOf(leaving.c);

    expect(await statusesOf(t, ids)).toEqual(['missing', ...Array<string>(5).fill('retained')]);
    const [snapshot] = await t.database.db
      .select()
      .from(rankingSnapshots)
      .innerJoin(offerRounds, eq(offerRounds.id, rankingSnapshots.roundId))
      .where(eq(offerRounds.offerId, offer.id));
    expect(snapshot?.ranking_snapshots.entries.map((e) => e.candidacyId)).toEqual(ids);
    expect(JSON.stringify(snapshot?.ranking_snapshots.entries)).not.toContain(leaving.userId);
    const replay = await operator.c.post(`/api/backoffice/offers/${offer.id}/ranking/replay`);
    expect(replay.json()).toMatchObject({ identical: true, identicalFromSources: true });
    expect(await replayOffer(t.database.db, offer.id)).toMatchObject([
      { identical: true, identicalFromSources: true, erasedLines: 1, size: 6 },
    ]);
    // A row removed behind the platform's back is still caught.
    await t.database.db.delete(candidacies).where(eq(candidacies.id, ids[5] ?? ''));
    expect(await replayOffer(t.database.db, offer.id)).toMatchObject([
      { identical: true, identicalFromSources: false },
    ]);
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
