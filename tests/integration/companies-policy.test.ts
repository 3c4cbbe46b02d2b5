import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { companies, companyPolicyVersions } from '../../src/db/schema/index.js';
import { createCompany } from '../../src/db/factories.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import {
  type HttpClient,
  type TestApp,
  createTestAppWithRegistration,
} from '../support/test-app.js';
import { completeSteps, newApplicant, NOW, staffClient } from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('housing policy', () => {
  const policy = {
    validationRequired: true,
    requiresStaffNumber: true,
    requiresHiringDate: true,
    allowedConsents: ['full', 'limited'],
    minSeniorityMonths: 12,
    contractTypes: ['cdi'],
    workplaces: [{ kind: 'commune', inseeCode: '75056', name: 'Paris' }],
    priorityPoints: 4,
    employeeNote: 'Notre politique logement : priorité aux CDI parisiens.',
  };
  let company: { id: string; code: string };
  let hrAdmin: HttpClient;
  let hrUser: HttpClient;

  beforeAll(async () => {
    company = await createCompany(t.database.db, { name: 'Imprimerie Moderne', code: 'IMM-4K7P2' });
    hrAdmin = await staffClient(t, 'admin@imprimerie.test', {
      role: 'employer',
      companyId: company.id,
      isAdmin: true,
    });
    hrUser = await staffClient(t, 'rh@imprimerie.test', {
      role: 'employer',
      companyId: company.id,
    });
  });

  it('is set by HR administrators only, as a new version kept in sync with the company row', async () => {
    expect((await hrUser.request('PUT', '/api/employer/policy', policy)).statusCode).toBe(403);
    const saved = await hrAdmin.request('PUT', '/api/employer/policy', policy);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().company.policy).toMatchObject({
      ...policy,
      allowedConsents: ['limited', 'full'],
      version: 1,
    });
    const [row] = await t.database.db.select().from(companies).where(eq(companies.id, company.id));
    expect(row).toMatchObject({
      validationRequired: true,
      requiresStaffNumber: true,
      requiresHiringDate: true,
      allowedConsents: ['limited', 'full'],
    });

    const same = await hrAdmin.request('PUT', '/api/employer/policy', {
      ...policy,
      allowedConsents: ['limited', 'full'],
    });
    expect(same.json().company.policy.version).toBe(1);
    t.clock.advance(60_000);
    const relaxed = await hrAdmin.request('PUT', '/api/employer/policy', {
      ...policy,
      validationRequired: false,
      priorityPoints: 2,
    });
    expect(relaxed.json().company.policy).toMatchObject({
      version: 2,
      validationRequired: false,
      priorityPoints: 2,
    });
    const [after] = await t.database.db
      .select()
      .from(companies)
      .where(eq(companies.id, company.id));
    expect(after?.validationRequired).toBe(false);

    const versions = (await hrUser.get('/api/employer/policy/versions')).json().versions;
    expect(
      versions.map(
        (v: { version: number; priorityPoints: number; author: { lastName: string } | null }) => [
          v.version,
          v.priorityPoints,
          v.author?.lastName,
        ],
      ),
    ).toEqual([
      [2, 2, expect.any(String)],
      [1, 4, expect.any(String)],
    ]);
    expect(
      await t.database.db
        .select()
        .from(companyPolicyVersions)
        .where(eq(companyPolicyVersions.companyId, company.id)),
    ).toHaveLength(2);
  });

  it('refuses a policy that breaks its rules', async () => {
    const r = await hrAdmin.request('PUT', '/api/employer/policy', {
      ...policy,
      requiresHiringDate: false,
      priorityPoints: 11,
      workplaces: [{ kind: 'department', code: '20' }],
    });
    expect(r.json().error.code).toBe('policy.invalid');
    expect(r.json().error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'requiresHiringDate', code: 'policy.hiring_date_needed' }),
        expect.objectContaining({ path: 'priorityPoints', code: 'policy.points_out_of_range' }),
        expect.objectContaining({ path: 'workplaces.0', code: 'policy.workplace_invalid' }),
      ]),
    );
  });

  it('applies to the next company step, and its employees see it with their criteria checked', async () => {
    const { c } = await newApplicant(t, reg, {
      hiredAt: '2026-06-01',
      contractType: 'cdi',
      workplace: { name: 'Paris 12e Arrondissement', inseeCode: '75112', postcode: '75012' },
    });
    expect((await c.get('/api/file/company-policy')).json().error.code).toBe('policy.no_company');
    const preview = await c.post('/api/file/company-policy/preview', { companyCode: 'imm 4k7p2' });
    expect(preview.json()).toMatchObject({
      company: { name: 'Imprimerie Moderne' },
      policy: { requiresStaffNumber: true, minSeniorityMonths: 12 },
      maxPriorityPoints: 10,
    });
    const missing = await c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'Imprimerie',
      companyCode: 'IMM-4K7P2',
    });
    expect(missing.json().error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'staffNumber' }),
        expect.objectContaining({ path: 'hiredAt' }),
      ]),
    );
    await completeSteps(c, {
      companyCode: 'IMM4K7P2',
      staffNumber: 'M-12',
      hiredAt: '2026-06-01',
      consent: 'limited',
    });
    const view = (await c.get('/api/file/company-policy')).json();
    expect(view.company.name).toBe('Imprimerie Moderne');
    expect(view.policy).toMatchObject({
      version: 2,
      employeeNote: policy.employeeNote,
      workplaces: policy.workplaces,
    });
    expect(view.criteria).toEqual([
      { criterion: 'min_seniority', status: 'not_met' },
      { criterion: 'contract_type', status: 'met' },
      { criterion: 'workplace', status: 'met' },
    ]);
    expect((await c.get('/api/file')).json().file.consentChoices).toEqual(['limited', 'full']);
  });
});

describe('the limit of the priority points', () => {
  it("is the ranking rule's: lowering it in a new rule version lowers what a policy may grant", async () => {
    const company = await createCompany(t.database.db, {
      name: 'Verrerie Ouvrière',
      code: 'VOU-3M8R5',
    });
    const hrAdmin = await staffClient(t, 'admin@verrerie.test', {
      role: 'employer',
      companyId: company.id,
      isAdmin: true,
    });
    const operatorAdmin = await staffClient(t, 'admin@operateur.test', {
      role: 'operator',
      isAdmin: true,
    });
    expect((await hrAdmin.get('/api/employer/company')).json().company.maxPriorityPoints).toBe(10);

    const { rules } = (await operatorAdmin.get('/api/backoffice/ranking-rules')).json();
    const current = rules[0];
    const changed = await operatorAdmin.post('/api/backoffice/ranking-rules', {
      expectedVersion: current.version,
      comment: 'Politique entreprise plafonnée à 5 points',
      params: {
        ...current.params,
        companyPolicy: { ...current.params.companyPolicy, maxPoints: 5 },
      },
    });
    expect(changed.statusCode, changed.body).toBe(201);

    expect((await hrAdmin.get('/api/employer/company')).json().company.maxPriorityPoints).toBe(5);
    const base = {
      validationRequired: false,
      requiresStaffNumber: false,
      requiresHiringDate: false,
      allowedConsents: ['full', 'limited', 'anonymous'],
      minSeniorityMonths: null,
      contractTypes: [],
      workplaces: [],
      employeeNote: null,
    };
    const tooMany = await hrAdmin.request('PUT', '/api/employer/policy', {
      ...base,
      priorityPoints: 6,
    });
    expect(tooMany.json().error.fields).toEqual([
      expect.objectContaining({ path: 'priorityPoints', code: 'policy.points_out_of_range' }),
    ]);
    const atTheLimit = await hrAdmin.request('PUT', '/api/employer/policy', {
      ...base,
      priorityPoints: 5,
    });
    expect(atTheLimit.statusCode, atTheLimit.body).toBe(200);
    expect(atTheLimit.json().company.policy.priorityPoints).toBe(5);
  });
});
