// Helpers of the offers, search and alerts integration tests (not a test file itself).
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { createLandlord } from '../../src/db/factories.js';
import { loadReferenceData } from '../../src/modules/territory/reference-data.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import {
  applicantFor,
  completeAndSubmit,
  demoApplication,
  importApplication,
  staffClient,
} from '../support/applicant-files.js';
import type { HttpClient, TestApp } from '../support/test-app.js';

/** Loads communes and ceilings if the template database does not have them yet. */
export async function ensureReferenceData(t: TestApp): Promise<void> {
  const result = (await t.database.db.execute(
    sql`select count(*)::int as n from communes`,
  )) as unknown as { rows: { n: number }[] };
  if ((result.rows[0]?.n ?? 0) === 0) await loadReferenceData(t.database.db);
}

/** A logged-in staff user (landlord, operator, employer). */
export { staffClient };

/** A landlord organisation and one logged-in user of it. */
export async function landlordWithUser(
  t: TestApp,
  name: string,
): Promise<{ id: string; c: HttpClient }> {
  const landlord = await createLandlord(t.database.db, { name });
  const c = await staffClient(t, `${name.toLowerCase().replace(/\W+/g, '.')}@bailleur.test`, {
    role: 'landlord',
    landlordId: landlord.id,
  });
  return { id: landlord.id, c };
}

/** A multipart/form-data body with one file. */
export function multipartBody(
  field: string,
  filename: string,
  type: string,
  bytes: Buffer,
): { payload: Buffer; contentType: string } {
  const boundary = `----alin${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, bytes, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Sends a raw body (CSV, multipart) with the client's cookies and a CSRF token. */
export async function sendRaw(
  t: TestApp,
  c: HttpClient,
  method: 'POST' | 'PUT',
  url: string,
  payload: Buffer | string,
  contentType: string,
) {
  const token = (await c.get('/api/csrf')).json().token as string;
  const cookie = ['alin_session', 'alin_csrf']
    .flatMap((name) => (c.cookie(name) ? [`${name}=${c.cookie(name)}`] : []))
    .join('; ');
  return t.app.inject({
    method,
    url,
    payload,
    headers: { 'content-type': contentType, cookie, 'x-csrf-token': token },
  });
}

/** Runs the job that picks up changed applicant files, then every due job. */
export async function runEligibilityJobs(t: TestApp): Promise<void> {
  await t.platform.deps.jobs.enqueue(t.database.db, 'offers.sweep_files', {});
  await t.platform.deps.jobs.drain();
}

/** An applicant whose demo application (by letter) is imported, submitted anonymously and validated by Action Logement. */
export async function validatedApplicant(
  t: TestApp,
  reg: TestRegistrationService,
  operator: HttpClient,
  letter: string,
  now: Date,
) {
  const application = demoApplication(letter, now);
  reg.clock.advance(61_000);
  const { c, email } = await applicantFor(t, application);
  const file = await importApplication(
    c,
    reg,
    application.uniqueNumber,
    application.applicant.email,
  );
  await completeAndSubmit(c, { consent: 'anonymous' });
  const decision = await operator.post(`/api/backoffice/files/${file.id}/decision`, {
    decision: 'validate',
  });
  expect(decision.json().status, decision.body).toBe('validated');
  await runEligibilityJobs(t);
  return { c, email, fileId: file.id as string, application };
}
