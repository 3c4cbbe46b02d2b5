import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../../src/db/schema/index.js';
import { createCompany, createUser } from '../../src/db/factories.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import {
  applicantFor,
  completeAndSubmit,
  demoApplication,
  importApplication,
  lastCode,
  PASSWORD,
} from '../support/applicant-files.js';
import type { HttpClient } from '../support/test-app.js';
import {
  type TestApp,
  loggedInClient,
  createTestAppWithRegistration,
} from '../support/test-app.js';

let reg: TestRegistrationService;
let t: TestApp;
const now = new Date('2026-11-24T09:00:00Z');
let companyA: { id: string; code: string };
let hrA: HttpClient;
let hrB: HttpClient;
let operator: HttpClient;

async function staff(email: string, values: Parameters<typeof createUser>[1]): Promise<HttpClient> {
  await createUser(t.database.db, { ...values, email, password: PASSWORD });
  return loggedInClient(t.app, email, PASSWORD);
}

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(now));
  const a = await createCompany(t.database.db, {
    name: 'Boulangeries Artisanales de France',
    code: 'BAF-7K2Q9',
    validationRequired: true,
  });
  const b = await createCompany(t.database.db, {
    name: 'Transports Lemoine et Fils',
    code: 'TLF-3M8X4',
    validationRequired: false,
    allowedConsents: ['limited', 'full'],
    requiresStaffNumber: true,
  });
  companyA = { id: a.id, code: a.code };
  hrA = await staff('rh@a.test', { role: 'employer', companyId: a.id });
  hrB = await staff('rh@b.test', { role: 'employer', companyId: b.id });
  operator = await staff('conseil@al.test', { role: 'operator' });
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('import by unique number', () => {
  it('explains a malformed number, and imports with the code e-mailed by the registration site', async () => {
    const app = demoApplication('a', now);
    const { c } = await applicantFor(t, app);
    const malformed = await c.post('/api/file/import/request', {
      uniqueNumber: '111 13 24 517902 GDPUB',
    });
    expect(malformed.json().error).toMatchObject({
      code: 'import.invalid_number',
      fields: [{ path: 'uniqueNumber', code: 'unique_number.month' }],
    });
    const unknown = await c.post('/api/file/import/request', {
      uniqueNumber: '111 03 24 999999 GDPUB',
    });
    expect(unknown.json().error.code).toBe('import.application_not_found');

    const requested = await c.post('/api/file/import/request', {
      uniqueNumber: app.uniqueNumber.toLowerCase().replace(/(.{3})/g, '$1 '),
    });
    expect(requested.statusCode).toBe(200);
    expect(requested.json().maskedEmail).toMatch(/\*/);
    expect(requested.json().maskedEmail).not.toBe(app.applicant.email);
    expect((await c.get('/api/file')).json().pendingImport).toMatchObject({
      uniqueNumber: app.uniqueNumber,
    });

    const wrong = await c.post('/api/file/import/verify', { code: '000000' });
    expect(wrong.json().error).toMatchObject({ code: 'import.code_invalid', remainingAttempts: 4 });
    const file = (
      await c.post('/api/file/import/verify', { code: await lastCode(reg, app.applicant.email) })
    ).json().file;
    expect(file).toMatchObject({
      uniqueNumber: app.uniqueNumber,
      status: 'incomplete',
      nextAction: 'company_step',
      identityMismatch: [],
    });
    expect(file.platformNumber).toMatch(/^AL-\d+$/);
    expect(file.personalCode).toMatch(/^[A-Z2-9]{10}$/);
    expect(file.application.applicant.birthName).toBe(app.applicant.birthName);
    const imported = (await t.mailsTo((await c.get('/api/session')).json().user.email)).find((m) =>
      m.text.includes(file.personalCode),
    );
    expect(imported?.text).toContain(file.platformNumber);
  });

  it('allows one account per unique number', async () => {
    const app = demoApplication('b', now);
    const first = await applicantFor(t, app);
    await importApplication(first.c, reg, app.uniqueNumber, app.applicant.email);
    const second = await applicantFor(t, app);
    reg.clock.advance(61_000);
    await second.c.post('/api/file/import/request', { uniqueNumber: app.uniqueNumber });
    const r = await second.c.post('/api/file/import/verify', {
      code: await lastCode(reg, app.applicant.email),
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('file.number_taken');
  });

  it('refuses a code after 24 hours and after 5 wrong tries', async () => {
    const app = demoApplication('c', now);
    const { c } = await applicantFor(t, app);
    await c.post('/api/file/import/request', { uniqueNumber: app.uniqueNumber });
    const code = await lastCode(reg, app.applicant.email);
    reg.clock.advance(24 * 3600_000);
    expect((await c.post('/api/file/import/verify', { code })).json().error.code).toBe(
      'import.code_expired',
    );
    reg.clock.advance(120_000);
    await c.post('/api/file/import/request', { uniqueNumber: app.uniqueNumber });
    const fresh = await lastCode(reg, app.applicant.email);
    for (let i = 0; i < 5; i += 1)
      await c.post('/api/file/import/verify', { code: fresh === '111111' ? '222222' : '111111' });
    expect((await c.post('/api/file/import/verify', { code: fresh })).json().error.code).toBe(
      'import.code_locked',
    );
  });

  it('flags an application whose identity differs from the account, and lets the applicant delete the import', async () => {
    const app = demoApplication('d', now);
    const { c } = await applicantFor(t, app, { lastName: 'Quelquun', firstName: 'Autre' });
    const file = await importApplication(c, reg, app.uniqueNumber, app.applicant.email);
    expect(file.identityMismatch).toEqual(expect.arrayContaining(['last_name', 'first_name']));
    expect(file.nextAction).toBe('resolve_identity');
    const company = await c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
    });
    expect(company.json().error.code).toBe('file.identity_mismatch');
    expect((await c.delete('/api/file')).statusCode).toBe(204);
    expect((await c.get('/api/file')).json().file).toBeNull();
  });
});

describe('company step, consent and documents', () => {
  it('says when the SIRET is missing from the application', async () => {
    const app = demoApplication('j', now);
    const { c } = await applicantFor(t, app);
    await importApplication(c, reg, app.uniqueNumber, app.applicant.email);
    const r = await c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'Pharmacie du Parc',
    });
    expect(r.json().error.code).toBe('company.siret_missing');
  });

  it('checks the company code, the policy requirements and the consent levels offered', async () => {
    const app = demoApplication('e', now);
    const { c } = await applicantFor(t, app);
    const imported = await importApplication(c, reg, app.uniqueNumber, app.applicant.email);
    expect(imported.company.companyCode).toBeNull();
    const unknown = await c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      companyCode: 'NOPE-0000',
    });
    expect(unknown.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'companyCode', code: 'company.code_unknown' }),
    );
    const noCo = await c.request('PUT', '/api/file/company', {
      attachTo: 'co_applicant',
      employerName: 'X',
    });
    expect(noCo.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'attachTo', code: 'company.co_applicant_missing' }),
    );
    const missingStaff = await c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      companyCode: 'tlf-3m8x4',
    });
    expect(missingStaff.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'staffNumber', code: 'field.required' }),
    );
    const ok = await c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      companyCode: 'tlf-3m8x4',
      staffNumber: 'M-778',
    });
    expect(ok.json().file.company.linkedCompany.name).toBe('Transports Lemoine et Fils');
    // The form shows the code again (`file.company.companyCode`), as the company stores it.
    expect(ok.json().file.company.companyCode).toBe('TLF-3M8X4');
    expect((await c.get('/api/file')).json().file.company.companyCode).toBe('TLF-3M8X4');
    expect(ok.json().file.consentChoices).toEqual(['limited', 'full']);
    const anonymous = await c.request('PUT', '/api/file/consent', { level: 'anonymous' });
    expect(anonymous.json().error.code).toBe('consent.not_allowed');
    expect((await c.request('PUT', '/api/file/consent', { level: 'limited' })).statusCode).toBe(
      200,
    );
    const partial = await c.request('PUT', '/api/file/documents', { confirmed: [] });
    expect(partial.json().error.code).toBe('documents.incomplete');
    expect((await c.post('/api/file/submit')).json().error.code).toBe('file.steps_incomplete');
  });
});

describe('validations', () => {
  it('goes company → operator → validated, with an e-mail at each decision; HR sees only the limited fields', async () => {
    const f = demoApplication('f', now);
    const { c, email } = await applicantFor(t, f);
    await importApplication(c, reg, f.uniqueNumber, f.applicant.email);
    const submitted = await completeAndSubmit(c, {
      companyCode: companyA.code,
      consent: 'limited',
    });
    expect(submitted.status).toBe('awaiting_company');
    expect(submitted.nextAction).toBe('wait_company');

    const list = (await hrA.get('/api/employer/files?status=awaiting_company')).json().files;
    const mine = list.find((x: { id: string }) => x.id === submitted.id);
    expect(mine.data.level).toBe('limited');
    expect(mine.data.lastName).toBe(f.applicant.birthName);
    expect(mine.data).not.toHaveProperty('household');
    expect(mine.data).not.toHaveProperty('resources');
    expect(mine.data).not.toHaveProperty('uniqueNumber');

    // Another company sees nothing of it, on every route.
    expect(
      (await hrB.get('/api/employer/files')).json().files.map((x: { id: string }) => x.id),
    ).not.toContain(submitted.id);
    expect((await hrB.get(`/api/employer/files/${submitted.id}`)).statusCode).toBe(404);
    expect(
      (await hrB.post(`/api/employer/files/${submitted.id}/decision`, { decision: 'validate' }))
        .statusCode,
    ).toBe(404);
    // Nor can the applicant or an anonymous caller act as HR.
    expect(
      (await c.post(`/api/employer/files/${submitted.id}/decision`, { decision: 'validate' }))
        .statusCode,
    ).toBe(403);

    const detail = await hrA.get(`/api/employer/files/${submitted.id}`);
    expect(detail.statusCode).toBe(200);
    const views = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'file.viewed'),
          eq(auditEvents.subjectUserId, submitted.id === '' ? '' : await userIdOf(email)),
        ),
      );
    expect(views.length).toBeGreaterThan(0);

    expect(
      (
        await hrA.post(`/api/employer/files/${submitted.id}/decision`, { decision: 'validate' })
      ).json().file.status,
    ).toBe('awaiting_operator');
    expect(
      (
        await hrA.post(`/api/employer/files/${submitted.id}/decision`, { decision: 'validate' })
      ).json().error.code,
    ).toBe('file.state_changed');

    const queue = (await operator.get('/api/backoffice/files')).json().files;
    expect(queue.map((x: { id: string }) => x.id)).toContain(submitted.id);
    const refused = await operator.post(`/api/backoffice/files/${submitted.id}/decision`, {
      decision: 'refuse',
      reason: 'documents_missing',
      comment: 'Bulletin de septembre illisible',
    });
    expect(refused.json().status).toBe('refused');
    const afterRefusal = (await c.get('/api/file')).json().file;
    expect(afterRefusal).toMatchObject({
      status: 'refused',
      nextAction: 'correct_and_resubmit',
      refusal: {
        by: 'operator',
        reason: 'documents_missing',
        comment: 'Bulletin de septembre illisible',
      },
    });
    const mails = await t.mailsTo(email);
    // One e-mail per step (delivery order is the queue's, not guaranteed).
    expect(mails.map((m) => m.subject).sort()).toEqual(
      [
        "Action Logement Services : Votre demande est importée dans AL'in",
        'Action Logement Services : Votre dossier est transmis pour validation',
        "Action Logement Services : Votre dossier n'est pas validé",
        'Action Logement Services : Votre entreprise a validé votre dossier',
      ].sort(),
    );
    expect(mails.find((m) => m.subject.includes("n'est pas validé"))?.text).toContain(
      'Pièces justificatives manquantes. Bulletin de septembre illisible',
    );

    expect((await c.post('/api/file/submit')).json().file.status).toBe('awaiting_company');
    await hrA.post(`/api/employer/files/${submitted.id}/decision`, { decision: 'validate' });
    expect(
      (
        await operator.post(`/api/backoffice/files/${submitted.id}/decision`, {
          decision: 'validate',
        })
      ).json().status,
    ).toBe('validated');
    const final = (await c.get('/api/file')).json().file;
    expect(final).toMatchObject({ status: 'validated', nextAction: 'search_offers' });
    expect(final.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'incomplete',
      'awaiting_company',
      'awaiting_operator',
      'refused',
      'awaiting_company',
      'awaiting_operator',
      'validated',
    ]);
    expect((await t.mailsTo(email)).map((m) => m.subject)).toContain(
      'Action Logement Services : Votre dossier est validé',
    );
  });

  it('skips the company for an anonymous file, which no HR user can see', async () => {
    const g = demoApplication('g', now);
    const { c } = await applicantFor(t, g);
    await importApplication(c, reg, g.uniqueNumber, g.applicant.email);
    const submitted = await completeAndSubmit(c, {
      companyCode: companyA.code,
      consent: 'anonymous',
    });
    expect(submitted.status).toBe('awaiting_operator');
    expect((await hrA.get(`/api/employer/files/${submitted.id}`)).statusCode).toBe(404);
    expect(
      (await hrA.get('/api/employer/files')).json().files.map((x: { id: string }) => x.id),
    ).not.toContain(submitted.id);
  });

  it('applies a consent change on the next request', async () => {
    const h = demoApplication('h', now);
    const { c } = await applicantFor(t, h);
    await importApplication(c, reg, h.uniqueNumber, h.applicant.email);
    const submitted = await completeAndSubmit(c, { companyCode: companyA.code, consent: 'full' });
    const full = (await hrA.get(`/api/employer/files/${submitted.id}`)).json().file.data;
    expect(full.level).toBe('full');
    expect(full.resources.taxIncomeN2).toBe(h.resources.taxIncomeN2);
    await c.request('PUT', '/api/file/consent', { level: 'limited' });
    const limited = (await hrA.get(`/api/employer/files/${submitted.id}`)).json().file.data;
    expect(limited.level).toBe('limited');
    expect(limited).not.toHaveProperty('resources');
    await c.request('PUT', '/api/file/consent', { level: 'anonymous' });
    expect((await hrA.get(`/api/employer/files/${submitted.id}`)).statusCode).toBe(404);
  });

  it('keeps a struck-off application from being submitted', async () => {
    const i = demoApplication('i', now);
    const { c } = await applicantFor(t, i);
    const file = await importApplication(c, reg, i.uniqueNumber, i.applicant.email);
    expect(file.validity.state).toBe('struck_off');
    expect(file.nextAction).toBe('renew_application');
    expect((await c.post('/api/file/submit')).json().error.code).toBe('file.application_inactive');
  });
});

async function userIdOf(email: string): Promise<string> {
  const { users } = await import('../../src/db/schema/index.js');
  const [row] = await t.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email));
  return row?.id ?? '';
}

describe('"Mettre à jour"', () => {
  it('sends a validated file back for validation after a material change, and keeps the history', async () => {
    const { updateApplication } = await import('../../src/registration/use-cases/applications.js');
    const d = demoApplication('d', now);
    reg.clock.advance(61_000);
    const { c, email } = await applicantFor(t, d);
    const file = await importApplication(c, reg, d.uniqueNumber, d.applicant.email);
    await completeAndSubmit(c, { consent: 'anonymous' });
    expect(
      (
        await operator.post(`/api/backoffice/files/${file.id}/decision`, { decision: 'validate' })
      ).json().status,
    ).toBe('validated');

    // Not material: the wanted typologies change.
    await updateApplication({ database: reg.database, clock: reg.clock }, d.uniqueNumber, {
      ...d,
      wanted: { ...d.wanted, typologies: ['T5'] },
    });
    const minor = (await c.post('/api/file/refresh')).json();
    expect(minor.sentBackForValidation).toBe(false);
    expect(minor.changes).toContainEqual(
      expect.objectContaining({ field: 'wanted.typologies', material: false }),
    );
    expect(minor.file.status).toBe('validated');

    // Material: the household's income changes.
    const richer = {
      ...d,
      wanted: { ...d.wanted, typologies: ['T5' as const] },
      resources: { ...d.resources, taxIncomeN2: d.resources.taxIncomeN2 + 5_000 },
    };
    await updateApplication({ database: reg.database, clock: reg.clock }, d.uniqueNumber, richer);
    const major = (await c.post('/api/file/refresh')).json();
    expect(major.sentBackForValidation).toBe(true);
    expect(major.changes).toContainEqual(
      expect.objectContaining({
        field: 'resources.taxIncomeN2',
        before: d.resources.taxIncomeN2,
        after: d.resources.taxIncomeN2 + 5_000,
        material: true,
      }),
    );
    expect(major.file.status).toBe('awaiting_operator');
    expect(major.file.application.resources.taxIncomeN2).toBe(d.resources.taxIncomeN2 + 5_000);
    expect(major.file.history.map((h: { event: string }) => h.event)).toEqual([
      'imported',
      'submit',
      'operator_validate',
      'material_change',
    ]);
    expect((await t.mailsTo(email)).map((m) => m.subject)).toContain(
      'Action Logement Services : Votre dossier doit être validé à nouveau',
    );
  });
});
