import { expect } from 'vitest';
import { createUser } from '../../src/db/factories.js';
import { buildDemoApplications, DEMO_APPLICATIONS } from '../../src/registration/seed-data.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { loggedInClient, type HttpClient, type TestApp } from './test-app.js';

export const PASSWORD = 'Dossier-Logement-2026';

/** The seeded registration application whose label starts with `(letter)`, as built for `now`. */
export function demoApplication(letter: string, now: Date) {
  const demo = DEMO_APPLICATIONS.find((d) => d.label.startsWith(`(${letter})`));
  const found = buildDemoApplications(now).find(
    (d) => d.application.uniqueNumber === demo?.uniqueNumber,
  );
  if (!found) throw new Error(`no demo application (${letter})`);
  return found.application;
}

/** An applicant account named like the application's applicant (or as given), logged in. */
export async function applicantFor(
  t: TestApp,
  app: { applicant: { birthName: string; firstName: string; email: string } },
  overrides: { lastName?: string; firstName?: string; email?: string } = {},
) {
  const email =
    overrides.email ??
    `${app.applicant.firstName.toLowerCase()}.${Math.random().toString(36).slice(2, 8)}@compte.test`;
  await createUser(t.database.db, {
    email,
    role: 'applicant',
    firstName: overrides.firstName ?? app.applicant.firstName,
    lastName: overrides.lastName ?? app.applicant.birthName,
    password: PASSWORD,
  });
  return { c: await loggedInClient(t.app, email, PASSWORD), email };
}

/** A staff member (HR, operator, landlord) created with the tests' password and logged in. */
export async function staffClient(
  t: TestApp,
  email: string,
  values: Parameters<typeof createUser>[1],
): Promise<HttpClient> {
  await createUser(t.database.db, { ...values, email, password: PASSWORD });
  return loggedInClient(t.app, email, PASSWORD);
}

/** The last import code the registration site e-mailed to an address. */
export async function lastCode(reg: TestRegistrationService, to: string): Promise<string> {
  const [mail] = await reg.mailsTo(to);
  const code = mail?.text.match(/code de récupération : (\d{6})/)?.[1];
  if (!code) throw new Error(`no code e-mailed to ${to}`);
  return code;
}

/** Imports an application into the logged-in account (request + e-mailed code). */
export async function importApplication(
  c: HttpClient,
  reg: TestRegistrationService,
  uniqueNumber: string,
  applicationEmail: string,
) {
  const requested = await c.post('/api/file/import/request', { uniqueNumber });
  expect(requested.statusCode, requested.body).toBe(200);
  const verified = await c.post('/api/file/import/verify', {
    code: await lastCode(reg, applicationEmail),
  });
  expect(verified.statusCode, verified.body).toBe(201);
  return verified.json().file;
}

/** Completes the three steps and submits the file. */
export async function completeAndSubmit(
  c: HttpClient,
  input: {
    companyCode?: string;
    consent: 'anonymous' | 'limited' | 'full';
    staffNumber?: string;
    hiredAt?: string;
  },
) {
  const company = await c.request('PUT', '/api/file/company', {
    attachTo: 'applicant',
    employerName: 'Employeur',
    ...(input.companyCode ? { companyCode: input.companyCode } : {}),
    ...(input.staffNumber ? { staffNumber: input.staffNumber } : {}),
    ...(input.hiredAt ? { hiredAt: input.hiredAt } : {}),
  });
  expect(company.statusCode, company.body).toBe(200);
  expect((await c.request('PUT', '/api/file/consent', { level: input.consent })).statusCode).toBe(
    200,
  );
  const file = (await c.get('/api/file')).json().file;
  const keys = file.documents.flatMap((g: { documents: { key: string }[] }) =>
    g.documents.map((d) => d.key),
  );
  const docs = await c.request('PUT', '/api/file/documents', { confirmed: keys });
  expect(docs.statusCode, docs.body).toBe(200);
  const submitted = await c.post('/api/file/submit');
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json().file;
}
