import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, createLandlord, createUser } from '../../src/db/factories.js';
import { createStaffUserWithPassword } from '../../src/modules/staff/use-cases/create-staff-user.js';
import { createTestApp, HttpClient, linkIn, tokenOf, type TestApp } from '../support/test-app.js';

const PASSWORD = 'Bureau-Logement-2026';
let t: TestApp;
let companyId: string;
let landlordId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.database;
  companyId = (await createCompany(db, { name: 'Acme Logistique' })).id;
  landlordId = (await createLandlord(db, { name: 'Habitat Test' })).id;
  await createUser(db, {
    email: 'admin@al.test',
    role: 'operator',
    isAdmin: true,
    password: PASSWORD,
  });
  await createUser(db, {
    email: 'consultant@al.test',
    role: 'operator',
    isAdmin: false,
    password: PASSWORD,
  });
  await createUser(db, { email: 'applicant@al.test', role: 'applicant', password: PASSWORD });
});
afterAll(async () => {
  await t.close();
});

async function loggedIn(email: string): Promise<HttpClient> {
  const c = new HttpClient(t.app);
  expect((await c.post('/api/session', { email, password: PASSWORD })).statusCode).toBe(200);
  return c;
}

describe('back-office administration of staff accounts', () => {
  it('checks the role and the admin flag on every admin route', async () => {
    const anonymous = new HttpClient(t.app);
    const applicant = await loggedIn('applicant@al.test');
    const consultant = await loggedIn('consultant@al.test');
    for (const url of ['/api/admin/users', '/api/admin/companies', '/api/admin/landlords']) {
      expect((await anonymous.get(url)).json().error.code).toBe('auth.required');
      expect((await applicant.get(url)).json().error.code).toBe('auth.forbidden');
      expect((await consultant.get(url)).statusCode).toBe(403);
    }
    const body = {
      role: 'operator',
      firstName: 'A',
      lastName: 'B',
      email: 'x@al.test',
      isAdmin: false,
    };
    expect((await applicant.post('/api/admin/users', body)).statusCode).toBe(403);
    expect((await anonymous.post('/api/admin/users', body)).statusCode).toBe(401);
  });

  it('invites an HR user of a company, who sets a password from the e-mail and logs in', async () => {
    const admin = await loggedIn('admin@al.test');
    const companies = (await admin.get('/api/admin/companies')).json().companies;
    expect(companies).toContainEqual({ id: companyId, name: 'Acme Logistique' });

    const missingCompany = await admin.post('/api/admin/users', {
      role: 'employer',
      firstName: 'Rita',
      lastName: 'Haddad',
      email: 'rita@acme.test',
    });
    expect(missingCompany.json().error).toMatchObject({
      code: 'validation.failed',
      fields: [{ path: 'companyId', code: 'field.required' }],
    });

    const created = await admin.post('/api/admin/users', {
      role: 'employer',
      civility: 'mme',
      firstName: 'Rita',
      lastName: 'Haddad',
      email: 'rita@acme.test',
      isAdmin: true,
      companyId,
    });
    expect(created.statusCode).toBe(201);
    expect(
      (
        await admin.post('/api/admin/users', {
          role: 'employer',
          firstName: 'R',
          lastName: 'H',
          email: 'RITA@acme.test',
          companyId,
        })
      ).json().error.code,
    ).toBe('account.email_taken');

    const listed = (await admin.get('/api/admin/users?role=employer')).json().users;
    expect(listed).toContainEqual(
      expect.objectContaining({
        email: 'rita@acme.test',
        status: 'pending',
        companyName: 'Acme Logistique',
        isAdmin: true,
      }),
    );

    const mail = (await t.mailsTo('rita@acme.test')).at(-1);
    expect(mail?.text).toContain('portail entreprise');
    expect(mail?.text).not.toContain(PASSWORD);
    const c = new HttpClient(t.app);
    const token = tokenOf(linkIn(mail));
    expect((await c.post('/api/account-tokens/inspect', { token })).json()).toMatchObject({
      purpose: 'invitation',
      status: 'valid',
    });
    expect(
      (
        await c.post('/api/accounts/activate', {
          token,
          password: PASSWORD,
          passwordConfirmation: PASSWORD,
        })
      ).statusCode,
    ).toBe(200);
    const login = await c.post('/api/session', { email: 'rita@acme.test', password: PASSWORD });
    expect(login.json().user).toMatchObject({
      role: 'employer',
      companyName: 'Acme Logistique',
      isAdmin: true,
      mustChangePassword: false,
    });
  });

  it('invites a landlord user linked to its landlord', async () => {
    const admin = await loggedIn('admin@al.test');
    const r = await admin.post('/api/admin/users', {
      role: 'landlord',
      firstName: 'Marc',
      lastName: 'Roy',
      email: 'marc@habitat.test',
      landlordId,
    });
    expect(r.statusCode).toBe(201);
    const unknown = await admin.post('/api/admin/users', {
      role: 'landlord',
      firstName: 'M',
      lastName: 'R',
      email: 'm2@habitat.test',
      landlordId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.json().error.fields).toEqual([
      expect.objectContaining({ path: 'landlordId', code: 'field.invalid_choice' }),
    ]);
  });

  it('forces a user created with an initial password (CLI) to change it at first login', async () => {
    await t.database.db.transaction((tx) =>
      createStaffUserWithPassword(
        tx,
        {
          role: 'operator',
          civility: null,
          firstName: 'Paul',
          lastName: 'Neuf',
          email: 'new@al.test',
          isAdmin: true,
          password: 'Initial-Secret-9',
          mustChangePassword: true,
        },
        t.platform.deps.commonPasswords,
        t.clock.now(),
      ),
    );
    const c = new HttpClient(t.app);
    const login = await c.post('/api/session', {
      email: 'new@al.test',
      password: 'Initial-Secret-9',
    });
    expect(login.json().user.mustChangePassword).toBe(true);
    expect((await c.get('/api/admin/users')).json().error.code).toBe(
      'auth.password_change_required',
    );

    const wrong = await c.post('/api/me/password', {
      currentPassword: 'nope',
      newPassword: PASSWORD,
      newPasswordConfirmation: PASSWORD,
    });
    expect(wrong.json().error.code).toBe('auth.invalid_current_password');
    const changed = await c.post('/api/me/password', {
      currentPassword: 'Initial-Secret-9',
      newPassword: PASSWORD,
      newPasswordConfirmation: PASSWORD,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
    expect((await c.get('/api/admin/users')).statusCode).toBe(200);
  });
});

describe('platform routes', () => {
  it('reports health of the database and the job queue', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'ok', database: 'ok', jobs: 'ok' });
  });

  it('documents every API route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = Object.keys(doc.paths);
    const routes = t.app.printRoutes({ commonPrefix: false });
    for (const path of [
      '/api/session',
      '/api/accounts',
      '/api/accounts/activate',
      '/api/password-resets',
      '/api/password-resets/complete',
      '/api/me/password',
      '/api/admin/users',
      '/health',
    ]) {
      expect(documented).toContain(path);
      expect(routes).toContain(path.split('/').at(-1));
    }
    expect(doc.paths['/api/accounts'].post.requestBody).toBeDefined();
  });

  it('answers unknown API routes with a stable code and never a stack trace', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe('route.not_found');
    const c = new HttpClient(t.app);
    await c.get('/api/csrf');
    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expect(malformed.statusCode).toBeLessThan(500);
  });
});
