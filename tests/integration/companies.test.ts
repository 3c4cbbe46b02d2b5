import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, withLuhnDigit } from '../../src/db/factories.js';
import { createTestApp, HttpClient, linkIn, type TestApp } from '../support/test-app.js';
import { staffClient } from './companies-fixtures.js';

let t: TestApp;
let operator: HttpClient;
let admin: HttpClient;

const siren = withLuhnDigit('73282932');
const siret = (nic: string) => withLuhnDigit(`${siren}${nic}`);
const onboarding = (overrides: Record<string, unknown> = {}) => ({
  name: 'Fromageries Réunies du Jura',
  siren,
  sirets: [siret('0001'), siret('0002')],
  sizeBand: '50-249',
  sector: 'private_non_agricultural',
  hrUsers: [
    {
      firstName: 'Claire',
      lastName: 'Vidal',
      email: 'claire.vidal@fromageries.test',
      isAdmin: true,
    },
    { firstName: 'Hugo', lastName: 'Petit', email: 'hugo.petit@fromageries.test' },
  ],
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  operator = await staffClient(t, 'conseil@al.test', { role: 'operator' });
  admin = await staffClient(t, 'admin@al.test', { role: 'operator', isAdmin: true });
});
afterAll(async () => {
  await t?.close();
});

describe('onboarding a company (back office)', () => {
  let companyId = '';

  it('checks the identifiers, draws a company code, writes policy version 1 and invites the HR users', async () => {
    const r = await operator.post('/api/backoffice/companies', onboarding());
    expect(r.statusCode, r.body).toBe(201);
    const { company, invitations } = r.json();
    companyId = company.id;
    expect(company).toMatchObject({
      name: 'Fromageries Réunies du Jura',
      siren,
      sirets: [siret('0001'), siret('0002')],
      sizeBand: '50-249',
      sector: 'private_non_agricultural',
    });
    expect(company.code).toMatch(/^FRJ-[A-HJ-NP-Z2-9]{5}$/);
    expect(company.policy).toMatchObject({
      version: 1,
      validationRequired: true,
      allowedConsents: ['anonymous', 'limited', 'full'],
      priorityPoints: 0,
    });
    expect(invitations).toEqual([
      { email: 'claire.vidal@fromageries.test', status: 'invited', error: null },
      { email: 'hugo.petit@fromageries.test', status: 'invited', error: null },
    ]);
    expect(
      company.hrUsers.map((u: { email: string; isAdmin: boolean; status: string }) => [
        u.email,
        u.isAdmin,
        u.status,
      ]),
    ).toEqual([
      ['hugo.petit@fromageries.test', false, 'pending'],
      ['claire.vidal@fromageries.test', true, 'pending'],
    ]);
    const [mail] = await t.mailsTo('claire.vidal@fromageries.test');
    expect(mail?.text).toContain('portail entreprise');
    expect(linkIn(mail)).toContain('/compte/activation');
  });

  it('lists, reads and changes companies; the SIREN stays', async () => {
    const list = (await operator.get('/api/backoffice/companies?q=fromageries')).json().companies;
    expect(list, JSON.stringify(list)).toEqual([
      expect.objectContaining({ id: companyId, hrUsers: 2 }),
    ]);
    const detail = await operator.get(`/api/backoffice/companies/${companyId}`);
    expect(detail.json().company.policy.version).toBe(1);
    const changed = await operator.request('PATCH', `/api/backoffice/companies/${companyId}`, {
      name: 'Fromageries Réunies',
      sirets: [siret('0003')],
      sizeBand: '250-999',
    });
    expect(changed.json().company).toMatchObject({
      name: 'Fromageries Réunies',
      sirets: [siret('0003')],
      sizeBand: '250-999',
      siren,
    });
    const refused = await operator.request('PATCH', `/api/backoffice/companies/${companyId}`, {
      sector: 'public',
    });
    expect(refused.json().error).toMatchObject({
      code: 'company.not_eligible',
      fields: [{ path: 'sector', code: 'company.sector_not_eligible' }],
    });
    const more = await operator.post(`/api/backoffice/companies/${companyId}/hr-users`, {
      hrUsers: [{ firstName: 'Ana', lastName: 'Lopes', email: 'hugo.petit@fromageries.test' }],
    });
    expect(more.json().invitations).toEqual([
      { email: 'hugo.petit@fromageries.test', status: 'failed', error: 'account.email_taken' },
    ]);
    expect(
      (await operator.get('/api/backoffice/companies/00000000-0000-4000-8000-000000000000')).json()
        .error.code,
    ).toBe('resource.not_found');
  });

  it.each([
    [
      'an agricultural company under 50 staff',
      { sector: 'private_agricultural', sizeBand: '10-49' },
      'company.not_eligible',
      'sizeBand',
      'company.size_not_eligible',
    ],
    [
      'a company under 10 staff',
      { sizeBand: '0-9' },
      'company.not_eligible',
      'sizeBand',
      'company.size_not_eligible',
    ],
    [
      'a public employer',
      { sector: 'public' },
      'company.not_eligible',
      'sector',
      'company.sector_not_eligible',
    ],
    [
      'a SIREN with a wrong key',
      { siren: '732829321', sirets: ['73282932100012'] },
      'validation.failed',
      'siren',
      'siren.invalid',
    ],
    [
      'a SIRET with a wrong key',
      { sirets: ['73282932100012'] },
      'validation.failed',
      'sirets.0',
      'siret.invalid',
    ],
    [
      'a SIRET of another company',
      { sirets: [withLuhnDigit('5520813270001')] },
      'validation.failed',
      'sirets.0',
      'siret.other_siren',
    ],
  ])('refuses %s with the reason', async (_label, overrides, code, path, fieldCode) => {
    const other = withLuhnDigit('61234567');
    const r = await operator.post(
      '/api/backoffice/companies',
      onboarding({
        siren: other,
        sirets: [withLuhnDigit(`${other}0001`)],
        hrUsers: [],
        ...overrides,
      }),
    );
    expect(r.json().error.code).toBe(code);
    expect(r.json().error.fields).toContainEqual(
      expect.objectContaining({ path, code: fieldCode }),
    );
  });

  it('accepts La Poste establishments (digit sum multiple of 5) and refuses a SIREN already onboarded', async () => {
    const laPoste = await operator.post(
      '/api/backoffice/companies',
      onboarding({
        name: 'La Poste',
        siren: '356000000',
        sirets: ['35600000000048', '35600000000001'],
        sizeBand: '1000+',
        hrUsers: [],
      }),
    );
    expect(laPoste.statusCode, laPoste.body).toBe(201);
    const again = await operator.post(
      '/api/backoffice/companies',
      onboarding({
        name: 'La Poste bis',
        siren: '356000000',
        sirets: ['35600000000048'],
        hrUsers: [],
      }),
    );
    expect(again.json().error.code).toBe('company.siren_taken');
  });

  it('is for operators only', async () => {
    const hr = await staffClient(t, 'rh.autre@x.test', {
      role: 'employer',
      companyId: (await createCompany(t.database.db)).id,
    });
    expect((await hr.post('/api/backoffice/companies', onboarding())).statusCode).toBe(403);
    expect((await hr.get('/api/backoffice/companies')).statusCode).toBe(403);
    expect((await new HttpClient(t.app).get('/api/backoffice/companies')).statusCode).toBe(401);
    expect((await admin.get('/api/backoffice/companies')).statusCode).toBe(200);
  });
});
