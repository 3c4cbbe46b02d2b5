import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { auditEvents, users } from '../../src/db/schema/index.js';
import { createCompany } from '../../src/db/factories.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import { completeSteps, newApplicant, NOW, staffClient } from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;
let hrA: HttpClient;
let hrB: HttpClient;
type Person = Awaited<ReturnType<typeof newApplicant>>;
let limited: Person;
let full: Person;
let anonymous: Person;
let other: Person;

async function userId(email: string): Promise<string> {
  const [row] = await t.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email));
  return row?.id ?? '';
}

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
  const a = await createCompany(t.database.db, {
    name: 'Boulangeries Artisanales de France',
    code: 'BAF-7K2Q9',
  });
  const b = await createCompany(t.database.db, {
    name: 'Transports Lemoine et Fils',
    code: 'TLF-3M8X4',
  });
  hrA = await staffClient(t, 'rh@baf.test', { role: 'employer', companyId: a.id, isAdmin: true });
  hrB = await staffClient(t, 'rh@tlf.test', { role: 'employer', companyId: b.id, isAdmin: true });
  const policy = await hrA.request('PUT', '/api/employer/policy', {
    validationRequired: true,
    requiresStaffNumber: false,
    requiresHiringDate: true,
    allowedConsents: ['anonymous', 'limited', 'full'],
    minSeniorityMonths: 24,
    contractTypes: [],
    workplaces: [],
    priorityPoints: 3,
    employeeNote: null,
  });
  expect(policy.statusCode, policy.body).toBe(200);
  limited = await newApplicant(t, reg, { firstName: 'Élodie', lastName: 'BERANGER' });
  full = await newApplicant(t, reg, { firstName: 'Marc', lastName: 'DUVAL' });
  anonymous = await newApplicant(t, reg, { firstName: 'Inès', lastName: 'SECRET' });
  other = await newApplicant(t, reg, { firstName: 'Paul', lastName: 'AUTRE' });
  await completeSteps(limited.c, {
    companyCode: 'BAF-7K2Q9',
    hiredAt: '2026-01-05',
    staffNumber: 'B-101',
    consent: 'limited',
  });
  await completeSteps(full.c, { companyCode: 'BAF-7K2Q9', hiredAt: '2015-03-02', consent: 'full' });
  await completeSteps(anonymous.c, {
    companyCode: 'BAF-7K2Q9',
    hiredAt: '2015-03-02',
    consent: 'anonymous',
  });
  await completeSteps(other.c, { companyCode: 'TLF-3M8X4', consent: 'limited' });
  for (const p of [limited, full, anonymous, other])
    expect((await p.c.post('/api/file/submit')).statusCode).toBe(200);
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

const ids = (files: { id: string }[]) => files.map((f) => f.id).sort();

describe("HR views of its employees' files", () => {
  it('lists only non-anonymous files of its own company, with only the fields each consent allows', async () => {
    const files = (await hrA.get('/api/employer/files')).json().files;
    expect(ids(files)).toEqual([limited.file.id, full.file.id].sort());
    const l = files.find((f: { id: string }) => f.id === limited.file.id);
    expect(l.data.level).toBe('limited');
    expect(l.data).not.toHaveProperty('resources');
    expect(l.data).not.toHaveProperty('uniqueNumber');
    expect(l.companyStep).toEqual({
      staffNumber: 'B-101',
      hiredAt: '2026-01-05',
      permanentTempContract: null,
    });
    expect(l.criteria).toEqual([{ criterion: 'min_seniority', status: 'not_met' }]);
    const f = files.find((x: { id: string }) => x.id === full.file.id);
    expect(f.data.level).toBe('full');
    expect(f.data.resources.taxIncomeN2).toBeGreaterThan(0);
    expect(f.criteriaMet).toBe(true);
  });

  it('filters by status and searches the visible names, accents and case ignored', async () => {
    expect(ids((await hrA.get('/api/employer/files?q=elodie')).json().files)).toEqual([
      limited.file.id,
    ]);
    expect(ids((await hrA.get('/api/employer/files?q=B%C3%A9ranger')).json().files)).toEqual([
      limited.file.id,
    ]);
    expect(ids((await hrA.get('/api/employer/files?q=secret')).json().files)).toEqual([]);
    expect(
      ids((await hrA.get('/api/employer/files?status=awaiting_company')).json().files),
    ).toEqual([limited.file.id, full.file.id].sort());
    expect(ids((await hrA.get('/api/employer/files?status=validated')).json().files)).toEqual([]);
  });

  it("shows the file's history (its candidacies come from the candidacies module)", async () => {
    const f = (await hrA.get(`/api/employer/files/${full.file.id}`)).json().file;
    expect(f).not.toHaveProperty('candidacies');
    expect(f.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'incomplete',
      'awaiting_company',
    ]);
    const l = (await hrA.get(`/api/employer/files/${limited.file.id}`)).json().file;
    expect(l).not.toHaveProperty('candidacies');
    expect((await hrA.get(`/api/employer/files/${full.file.id}/candidacies`)).statusCode).toBe(200);
    const refused = await hrA.get(`/api/employer/files/${limited.file.id}/candidacies`);
    expect(refused.json().error.code).toBe('candidacy.consent_required');
  });

  it('lets another company list, read, export or decide nothing of them, on every route', async () => {
    expect(ids((await hrB.get('/api/employer/files')).json().files)).toEqual([other.file.id]);
    for (const p of [limited, full, anonymous]) {
      expect((await hrB.get(`/api/employer/files/${p.file.id}`)).json().error.code).toBe(
        'company.not_found',
      );
      expect(
        (
          await hrB.post(`/api/employer/files/${p.file.id}/decision`, {
            decision: 'validate',
            acknowledgeUnmetCriteria: true,
          })
        ).json().error.code,
      ).toBe('company.not_found');
      expect(
        (
          await hrB.post(`/api/employer/files/${p.file.id}/decision`, {
            decision: 'refuse',
            reason: 'Pas chez nous',
          })
        ).statusCode,
      ).toBe(404);
    }
    const csv = (await hrB.get('/api/employer/files.csv')).body;
    expect(csv).toContain('AUTRE');
    expect(csv).not.toContain('BERANGER');
    expect(csv).not.toContain('DUVAL');
    expect((await hrA.get(`/api/employer/files/${other.file.id}`)).statusCode).toBe(404);
    expect((await hrA.get(`/api/employer/files/${anonymous.file.id}`)).statusCode).toBe(404);
    expect((await limited.c.get('/api/employer/files')).statusCode).toBe(403);
    expect((await new HttpClient(t.app).get('/api/employer/files.csv')).statusCode).toBe(401);
  });

  it('checks the criteria at validation: an unmet one needs an explicit exception, which is logged', async () => {
    const refused = await hrA.post(`/api/employer/files/${limited.file.id}/decision`, {
      decision: 'validate',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'employer.criteria_not_met',
      fields: [{ path: 'criteria.min_seniority', code: 'field.invalid' }],
    });
    expect((await limited.c.get('/api/file')).json().file.status).toBe('awaiting_company');
    const forced = await hrA.post(`/api/employer/files/${limited.file.id}/decision`, {
      decision: 'validate',
      acknowledgeUnmetCriteria: true,
    });
    expect(forced.json().file.status).toBe('awaiting_operator');
    const logged = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'file.validated_despite_criteria'),
          eq(auditEvents.subjectUserId, await userId(limited.accountEmail)),
        ),
      );
    expect(logged).toHaveLength(1);
    expect(
      (
        await hrA.post(`/api/employer/files/${full.file.id}/decision`, { decision: 'validate' })
      ).json().file.status,
    ).toBe('awaiting_operator');
  });

  it('exports as CSV exactly what it may see, and logs the export for each employee', async () => {
    const r = await hrA.get('/api/employer/files.csv');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(
      /^attachment; filename="dossiers-salaries-2026-11-24\.csv"$/,
    );
    const lines = r.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('"Nom";"Prénom"');
    const limitedLine = lines.find((l) => l.includes('BERANGER')) ?? '';
    const fullLine = lines.find((l) => l.includes('DUVAL')) ?? '';
    expect(limitedLine).toContain('"B-101"');
    expect(limitedLine).not.toContain(limited.uniqueNumber);
    expect(fullLine).toContain(full.uniqueNumber);
    expect(r.body).not.toContain('SECRET');
    const exported = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'file.exported'),
          eq(auditEvents.actorUserId, await userId('rh@baf.test')),
        ),
      );
    const subjects = exported.map((e) => e.subjectUserId).sort();
    expect(subjects).toEqual(
      [await userId(limited.accountEmail), await userId(full.accountEmail)].sort(),
    );
  });

  it('applies a consent change on the next request, everywhere', async () => {
    await full.c.request('PUT', '/api/file/consent', { level: 'limited' });
    const after = (await hrA.get(`/api/employer/files/${full.file.id}`)).json().file;
    expect(after.data.level).toBe('limited');
    expect(after.data).not.toHaveProperty('resources');
    expect(
      (await hrA.get(`/api/employer/files/${full.file.id}/candidacies`)).json().error.code,
    ).toBe('candidacy.consent_required');
    expect((await hrA.get('/api/employer/files.csv')).body).not.toContain(full.uniqueNumber);
    await full.c.request('PUT', '/api/file/consent', { level: 'anonymous' });
    expect((await hrA.get(`/api/employer/files/${full.file.id}`)).statusCode).toBe(404);
    expect(ids((await hrA.get('/api/employer/files')).json().files)).toEqual([limited.file.id]);
    expect((await hrA.get('/api/employer/files.csv')).body).not.toContain('DUVAL');
  });

  it('lets the employee see who viewed the file: the company, never the HR person', async () => {
    const r = await limited.c.get('/api/me/access-log');
    const entries = r.json().entries;
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    expect(actions).toEqual(
      new Set(['file.listed', 'file.viewed', 'file.exported', 'file.validated_despite_criteria']),
    );
    expect(
      entries.every(
        (e: { actor: { role: string; organisation: string } }) =>
          e.actor.role === 'employer' &&
          e.actor.organisation === 'Boulangeries Artisanales de France',
      ),
    ).toBe(true);
    expect(entries[0].actor.label).toBe('Votre entreprise (Boulangeries Artisanales de France)');
    expect(r.body).not.toContain('rh@baf.test');
    const others = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          inArray(auditEvents.action, ['file.viewed', 'file.listed']),
          eq(auditEvents.subjectUserId, await userId(other.accountEmail)),
        ),
      );
    expect(others.length).toBeGreaterThan(0);
  });
});
