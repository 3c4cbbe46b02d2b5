import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany } from '../../src/db/factories.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import type { HttpClient } from '../support/test-app.js';
import { type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  accessCodeIn,
  completeSteps,
  newApplicant,
  NOW,
  PDF_BYTES,
  postMultipart,
  staffClient,
} from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;
let hrA: HttpClient;
let hrB: HttpClient;
let companyA = '';

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
  companyA = a.id;
  hrA = await staffClient(t, 'rh@baf.test', { role: 'employer', companyId: a.id });
  hrB = await staffClient(t, 'rh@tlf.test', { role: 'employer', companyId: b.id });
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

/** HR A sends a code to an address and returns the code e-mailed and the code's id. */
async function issue(email: string, firstName = 'Léa', lastName = 'MARTIN') {
  const r = await hrA.post('/api/employer/access-codes', { firstName, lastName, email });
  expect(r.statusCode, r.body).toBe(201);
  const [mail] = (await t.mailsTo(email)).slice(-1);
  return {
    id: r.json().accessCode.id as string,
    code: accessCodeIn(mail?.text),
    mail,
    view: r.json().accessCode,
  };
}

describe('personal access codes sent by HR', () => {
  it('e-mails the code with how to use it, keeps only its hash, and attaches the file to the company at the company step', async () => {
    const { id, code, mail, view } = await issue('salarie.un@perso.test');
    expect(mail?.subject).toBe("Action Logement Services : Votre code d'accès personnel AL'in");
    expect(mail?.text).toContain('Boulangeries Artisanales de France');
    expect(mail?.text).toContain("« Code d'accès personnel »");
    expect(mail?.text).toContain('http://alin.test/inscription');
    expect(view).toMatchObject({ state: 'active', codeHint: code.slice(-4), sentCount: 1 });
    expect(JSON.stringify((await hrA.get('/api/employer/access-codes')).json())).not.toContain(
      code,
    );

    const p = await newApplicant(t, reg, { firstName: 'Léa', lastName: 'MARTIN' });
    const preview = await p.c.post('/api/file/company-policy/preview', {
      personalAccessCode: code.toLowerCase(),
    });
    expect(preview.json().company.name).toBe('Boulangeries Artisanales de France');
    await completeSteps(p.c, { personalAccessCode: code, consent: 'limited' });
    const file = (await p.c.get('/api/file')).json().file;
    expect(file.company.linkedCompany.name).toBe('Boulangeries Artisanales de France');
    const codes = (await hrA.get('/api/employer/access-codes?state=used')).json().accessCodes;
    expect(codes.map((c: { id: string }) => c.id)).toEqual([id]);

    // Saving the step again without retyping the code keeps the company.
    await completeSteps(p.c, { consent: 'limited' });
    expect((await p.c.get('/api/file')).json().file.company.linkedCompany?.name).toBe(
      'Boulangeries Artisanales de France',
    );

    expect((await p.c.post('/api/file/submit')).json().file.status).toBe('awaiting_company');
    const seen = (await hrA.get(`/api/employer/files/${p.file.id}`)).json().file;
    expect(seen.accessCode).toMatchObject({
      issuedTo: { firstName: 'Léa', lastName: 'MARTIN', email: 'salarie.un@perso.test' },
      namesMatch: true,
    });
  });

  it('works once only, and only for its own company', async () => {
    const { code } = await issue('salarie.deux@perso.test');
    const first = await newApplicant(t, reg);
    const wrongCompany = await first.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      companyCode: 'TLF-3M8X4',
      personalAccessCode: code,
    });
    expect(wrongCompany.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'personalAccessCode', code: 'access_code.other_company' }),
    );
    await completeSteps(first.c, { personalAccessCode: code, consent: 'full' });
    const second = await newApplicant(t, reg);
    const reused = await second.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      personalAccessCode: code,
    });
    expect(reused.json().error).toMatchObject({
      code: 'validation.failed',
      fields: [{ path: 'personalAccessCode', code: 'access_code.used' }],
    });
    expect((await second.c.get('/api/file')).json().file.company.linkedCompany).toBeNull();
  });

  it('tells the codes apart when one is typed in place of the company code', async () => {
    const { code } = await issue('salarie.trois@perso.test');
    const p = await newApplicant(t, reg);
    const asCompany = await p.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      companyCode: code,
    });
    expect(asCompany.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'companyCode', code: 'company.code_is_access_code' }),
    );
    const own = await p.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      companyCode: p.file.personalCode.toLowerCase(),
    });
    expect(own.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'companyCode', code: 'company.code_is_personal_code' }),
    );
    const unknown = await p.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      personalAccessCode: 'AAAA-BBBB-CCCC',
    });
    expect(unknown.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'personalAccessCode', code: 'access_code.unknown' }),
    );
  });

  it('can be revoked, and resent (the old code stops working)', async () => {
    const revoked = await issue('salarie.quatre@perso.test');
    const p = await newApplicant(t, reg);
    expect(
      (await hrA.post(`/api/employer/access-codes/${revoked.id}/revoke`)).json().accessCode.state,
    ).toBe('revoked');
    const tryRevoked = await p.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      personalAccessCode: revoked.code,
    });
    expect(tryRevoked.json().error.fields).toContainEqual(
      expect.objectContaining({ code: 'access_code.revoked' }),
    );
    expect(
      (await hrA.post(`/api/employer/access-codes/${revoked.id}/resend`)).json().error.code,
    ).toBe('access_code.not_active');

    const first = await issue('salarie.cinq@perso.test');
    const duplicate = await hrA.post('/api/employer/access-codes', {
      firstName: 'A',
      lastName: 'B',
      email: 'SALARIE.CINQ@perso.test',
    });
    expect(duplicate.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'email', code: 'access_code.already_active' }),
    );
    const resent = await hrA.post(`/api/employer/access-codes/${first.id}/resend`);
    expect(resent.json().accessCode.sentCount).toBe(2);
    const newCode = accessCodeIn((await t.mailsTo('salarie.cinq@perso.test')).at(-1)?.text);
    expect(newCode).not.toBe(first.code);
    const old = await p.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      personalAccessCode: first.code,
    });
    expect(old.json().error.fields).toContainEqual(
      expect.objectContaining({ code: 'access_code.unknown' }),
    );
    expect(
      (await hrA.get('/api/employer/access-codes?state=active&q=cinq')).json().accessCodes,
    ).toHaveLength(1);
  });

  it('cannot be seen, resent or revoked by another company', async () => {
    const { id } = await issue('salarie.six@perso.test');
    expect((await hrB.get('/api/employer/access-codes')).json().accessCodes).toEqual([]);
    expect((await hrB.post(`/api/employer/access-codes/${id}/resend`)).json().error.code).toBe(
      'access_code.not_found',
    );
    expect((await hrB.post(`/api/employer/access-codes/${id}/revoke`)).json().error.code).toBe(
      'access_code.not_found',
    );
    expect((await hrA.get('/api/employer/access-codes?q=six')).json().accessCodes[0].state).toBe(
      'active',
    );
  });

  it('sends codes to a CSV list of employees and reports each line', async () => {
    const csv =
      'Nom;Prénom;E-mail\r\nROUSSEAU;Anne;anne.rousseau@perso.test\r\nLEROY;Bruno;pas-une-adresse\r\nGIRARD;;c.girard@perso.test\r\nROUSSEAU;Anne;Anne.Rousseau@perso.test\r\nPETIT;Zoé;salarie.six@perso.test\r\n';
    const r = await postMultipart(t, hrA, '/api/employer/access-codes/import', [
      ['file', { fileName: 'salaries.csv', contentType: 'text/csv', data: Buffer.from(csv) }],
    ]);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ issued: 1, refused: 4 });
    expect(
      r
        .json()
        .lines.map((l: { line: number; status: string; problems: { code: string }[] }) => [
          l.line,
          l.status,
          l.problems.map((p) => p.code),
        ]),
    ).toEqual([
      [2, 'issued', []],
      [3, 'refused', ['field.invalid_email']],
      [4, 'refused', ['field.required']],
      [5, 'refused', ['csv.duplicate_row']],
      [6, 'refused', ['access_code.already_active']],
    ]);
    expect(accessCodeIn((await t.mailsTo('anne.rousseau@perso.test'))[0]?.text)).toMatch(/-/);
    const notCsv = await postMultipart(t, hrA, '/api/employer/access-codes/import', [
      ['file', { fileName: 'liste.csv', contentType: 'text/csv', data: PDF_BYTES }],
    ]);
    expect(notCsv.json().error.code).toBe('csv.invalid');
    expect(
      (
        await postMultipart(t, hrB, '/api/employer/access-codes/import', [
          [
            'file',
            {
              fileName: 'x.csv',
              contentType: 'text/csv',
              data: Buffer.from('nom;email\nA;a@b.fr'),
            },
          ],
        ])
      ).json().error.code,
    ).toBe('csv.invalid');
  });
});

describe('expiry (moves the clock: last)', () => {
  it('refuses a code after 90 days', async () => {
    const { code } = await issue('salarie.expire@perso.test');
    t.clock.advance(91 * 24 * 3600_000);
    const p = await newApplicant(t, reg);
    const expired = await p.c.request('PUT', '/api/file/company', {
      attachTo: 'applicant',
      employerName: 'X',
      personalAccessCode: code,
    });
    expect(expired.json().error.fields).toContainEqual(
      expect.objectContaining({ path: 'personalAccessCode', code: 'access_code.expired' }),
    );
    const hr = await staffClient(t, 'rh.bis@baf.test', { role: 'employer', companyId: companyA });
    expect(
      (await hr.get('/api/employer/access-codes?state=expired'))
        .json()
        .accessCodes.map((c: { email: string }) => c.email),
    ).toContain('salarie.expire@perso.test');
  });
});
