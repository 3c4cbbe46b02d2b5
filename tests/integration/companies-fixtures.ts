// Shared set-up of the issue-6 integration tests (companies, employer portal, access codes,
// recovery, help, personal-data rights): fresh applications filed on the registration stand-in,
// logged-in clients, and multipart uploads through the real HTTP stack.
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { RegistrationPerson } from '../../src/registration/contract.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { createApplication } from '../../src/registration/use-cases/applications.js';
import { applicantFor, demoApplication, importApplication } from '../support/applicant-files.js';
import type { HttpClient, TestApp } from '../support/test-app.js';

/** The test date (a Tuesday, 10:00 in Paris). */
export const NOW = new Date('2026-11-24T09:00:00Z');

/** A staff member (HR, operator, landlord) logged in. */
export { staffClient } from '../support/applicant-files.js';

let counter = 0;

/** What a fresh applicant's application may differ in. */
export type ApplicantOptions = {
  lastName?: string;
  firstName?: string;
  siret?: string | null;
  hiredAt?: string | null;
  contractType?: RegistrationPerson['professional']['contractType'];
  workplace?: { name: string; inseeCode: string; postcode: string } | null;
};

/**
 * A new application filed on the registration stand-in (like demo case (a), with its own names and
 * e-mail), an AL'in account with the same identity, logged in, and the application imported.
 */
export async function newApplicant(
  t: TestApp,
  reg: TestRegistrationService,
  options: ApplicantOptions = {},
) {
  counter += 1;
  const base = demoApplication('a', NOW);
  const lastName =
    options.lastName ??
    `MARTIN${String(counter).replace(/\d/g, (d) => 'ABCDEFGHIJ'.charAt(Number(d)))}`;
  const firstName = options.firstName ?? 'Léa';
  const email = `demandeur.${counter}.${Date.now()}@demande.test`;
  const professional = {
    ...base.applicant.professional,
    ...(options.siret !== undefined ? { employerSiret: options.siret } : {}),
    ...(options.hiredAt !== undefined ? { hiredAt: options.hiredAt } : {}),
    ...(options.contractType !== undefined ? { contractType: options.contractType } : {}),
    ...(options.workplace !== undefined ? { workplace: options.workplace } : {}),
  };
  const stored = await createApplication(
    { database: reg.database, clock: reg.clock },
    {
      applicant: {
        ...base.applicant,
        birthName: lastName,
        usageName: null,
        firstName,
        email,
        professional,
      },
      coApplicant: null,
      household: base.household,
      resources: base.resources,
      currentHousing: base.currentHousing,
      reasons: base.reasons,
      wanted: base.wanted,
    },
  );
  const accountEmail = `compte.${counter}.${Date.now()}@compte.test`;
  const { c } = await applicantFor(
    t,
    { applicant: { birthName: lastName, firstName, email } },
    { email: accountEmail },
  );
  const file = await importApplication(c, reg, stored.uniqueNumber, email);
  return {
    c,
    accountEmail,
    file: file as {
      id: string;
      personalCode: string;
      platformNumber: string;
      uniqueNumber: string;
    },
    lastName,
    firstName,
    uniqueNumber: stored.uniqueNumber,
  };
}

/** Completes the company step, consent and documents (not submitted). */
export async function completeSteps(
  c: HttpClient,
  input: {
    companyCode?: string;
    personalAccessCode?: string;
    consent: 'anonymous' | 'limited' | 'full';
    staffNumber?: string;
    hiredAt?: string;
  },
) {
  const { consent, ...company } = input;
  const step = await c.request('PUT', '/api/file/company', {
    attachTo: 'applicant',
    employerName: 'Mon employeur',
    ...company,
  });
  expect(step.statusCode, step.body).toBe(200);
  const chosen = await c.request('PUT', '/api/file/consent', { level: consent });
  expect(chosen.statusCode, chosen.body).toBe(200);
  const file = (await c.get('/api/file')).json().file;
  const keys = file.documents.flatMap((g: { documents: { key: string }[] }) =>
    g.documents.map((d) => d.key),
  );
  expect((await c.request('PUT', '/api/file/documents', { confirmed: keys })).statusCode).toBe(200);
}

/** A part of a multipart form: a text value or a file. */
export type FormPart = string | { fileName: string; contentType: string; data: Buffer };

/** Sends a multipart/form-data POST with the client's cookies and CSRF token. */
export async function postMultipart(
  t: TestApp,
  c: HttpClient,
  url: string,
  fields: [string, FormPart][],
): Promise<LightMyRequestResponse> {
  const token = (await c.get('/api/csrf')).json().token as string;
  const boundary = `----alin${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of fields) {
    const head =
      typeof value === 'string'
        ? `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`
        : `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.fileName}"\r\nContent-Type: ${value.contentType}\r\n\r\n`;
    chunks.push(
      Buffer.from(head),
      typeof value === 'string' ? Buffer.from(value) : value.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const cookie = ['alin_session', 'alin_csrf']
    .flatMap((n) => (c.cookie(n) ? [`${n}=${c.cookie(n)}`] : []))
    .join('; ');
  return t.app.inject({
    method: 'POST',
    url,
    payload: Buffer.concat(chunks),
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'x-csrf-token': token,
      ...(cookie ? { cookie } : {}),
    },
  });
}

/** A small but real PDF. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
/** The 8-byte PNG signature followed by a few bytes. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(32, 1),
]);

/** Counts the rows of a table (to check that a refused upload stored nothing). */
export async function countRows(
  t: TestApp,
  table: 'uploaded_files' | 'recovery_requests' | 'message_threads' | 'messages',
): Promise<number> {
  const result = (await t.database.raw.executeSql(`select count(*)::int as n from ${table}`)) as {
    rows: { n: number }[];
  };
  return result.rows[0]?.n ?? 0;
}

/** The access code an e-mail carries. */
export function accessCodeIn(text: string | undefined): string {
  const match = /[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/.exec(text ?? '');
  if (!match) throw new Error(`no access code in ${text ?? '(no mail)'}`);
  return match[0];
}
