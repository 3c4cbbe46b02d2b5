import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, recoveryRequests } from '../../src/db/schema/index.js';
import { createCompany } from '../../src/db/factories.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  completeSteps,
  countRows,
  newApplicant,
  NOW,
  PDF_BYTES,
  PNG_BYTES,
  postMultipart,
  staffClient,
  type FormPart,
} from './companies-fixtures.js';
import { UPLOAD_MAX_BYTES } from '../../src/modules/messages/uploads.js';

let reg: TestRegistrationService;
let t: TestApp;
let operator: HttpClient;
let applicant: Awaited<ReturnType<typeof newApplicant>>;

const SIRET = '43218765600017';
function form(overrides: Record<string, FormPart> = {}): [string, FormPart][] {
  const values: Record<string, FormPart> = {
    codeKind: 'personal',
    civility: 'mme',
    firstName: 'Léa',
    lastName: 'PERDU',
    birthDate: '1988-04-12',
    accountEmail: applicant.accountEmail,
    employerName: 'Boulangeries Artisanales de France',
    siret: '432 187 656 00017',
    reason: "J'ai changé de téléphone et perdu l'e-mail de confirmation.",
    proofKind: 'payslip',
    proof: { fileName: 'bulletin-octobre.pdf', contentType: 'application/pdf', data: PDF_BYTES },
    ...overrides,
  };
  return Object.entries(values);
}

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
  await createCompany(t.database.db, {
    name: 'Boulangeries Artisanales de France',
    code: 'BAF-7K2Q9',
    siren: SIRET.slice(0, 9),
    sirets: [SIRET],
  });
  operator = await staffClient(t, 'conseil@al.test', { role: 'operator' });
  applicant = await newApplicant(t, reg, { firstName: 'Léa', lastName: 'PERDU' });
  await completeSteps(applicant.c, { companyCode: 'BAF-7K2Q9', consent: 'limited' });
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('"Récupérer mon code"', () => {
  let requestId = '';

  it('records the request with its proof, due 3 working days later, and tells the account only (no code)', async () => {
    const visitor = new HttpClient(t.app);
    const r = await postMultipart(t, visitor, '/api/recovery-requests', form());
    expect(r.statusCode, r.body).toBe(202);
    expect(r.json()).toEqual({
      reference: expect.stringMatching(/^RC-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
      dueOn: '2026-11-27',
    });
    const [row] = await t.database.db
      .select()
      .from(recoveryRequests)
      .where(eq(recoveryRequests.reference, r.json().reference));
    requestId = row?.id ?? '';
    expect(row).toMatchObject({
      siret: SIRET,
      status: 'pending',
      dueOn: '2026-11-27',
      codeKind: 'personal',
    });
    expect(row?.proofFileId).not.toBeNull();
    const [mail] = (await t.mailsTo(applicant.accountEmail)).filter((m) =>
      m.subject.includes('récupération'),
    );
    expect(mail?.text).toContain(r.json().reference);
    expect(mail?.text).toContain('27/11/2026');
    expect(mail?.text).not.toContain(applicant.file.personalCode);
  });

  it.each<[string, Record<string, FormPart>, number, string, string]>([
    [
      'a text file named .pdf',
      {
        proof: {
          fileName: 'bulletin.pdf',
          contentType: 'application/pdf',
          data: Buffer.from('Bulletin de salaire, octobre'),
        },
      },
      415,
      'upload.unsupported_type',
      'proof',
    ],
    [
      'an executable sent as PNG',
      {
        proof: {
          fileName: 'photo.png',
          contentType: 'image/png',
          data: Buffer.from('MZ\x90\x00binary'),
        },
      },
      415,
      'upload.unsupported_type',
      'proof',
    ],
    [
      'a file over 5 MB',
      {
        proof: {
          fileName: 'scan.pdf',
          contentType: 'application/pdf',
          data: Buffer.concat([PDF_BYTES, Buffer.alloc(UPLOAD_MAX_BYTES)]),
        },
      },
      413,
      'upload.too_large',
      'proof',
    ],
    ['no proof at all', { proof: '' }, 400, 'validation.failed', 'proof'],
    ['a wrong SIRET', { siret: '43218765600018' }, 400, 'validation.failed', 'siret'],
  ])('refuses %s and stores nothing', async (_label, overrides, status, code, path) => {
    const files = await countRows(t, 'uploaded_files');
    const requests = await countRows(t, 'recovery_requests');
    const r = await postMultipart(
      t,
      new HttpClient(t.app),
      '/api/recovery-requests',
      form(overrides),
    );
    expect(r.statusCode, r.body).toBe(status);
    expect(r.json().error.code).toBe(code);
    expect(r.json().error.fields).toContainEqual(expect.objectContaining({ path }));
    expect(await countRows(t, 'uploaded_files')).toBe(files);
    expect(await countRows(t, 'recovery_requests')).toBe(requests);
  });

  it('accepts a PNG photo of a certificate from a logged-in applicant, tied to their own account', async () => {
    const r = await postMultipart(
      t,
      applicant.c,
      '/api/recovery-requests',
      form({
        accountEmail: 'autre.adresse@ailleurs.test',
        codeKind: 'company',
        proofKind: 'employment_certificate',
        proof: { fileName: 'attestation.png', contentType: 'image/png', data: PNG_BYTES },
      }),
    );
    expect(r.statusCode, r.body).toBe(202);
    const [row] = await t.database.db
      .select()
      .from(recoveryRequests)
      .where(eq(recoveryRequests.reference, r.json().reference));
    expect(row?.accountEmail).toBe(applicant.accountEmail);
    expect((await t.mailsTo('autre.adresse@ailleurs.test')).length).toBe(0);
  });

  it('answers the same for an unknown address, writes to nobody, and cannot answer by message', async () => {
    const r = await postMultipart(
      t,
      new HttpClient(t.app),
      '/api/recovery-requests',
      form({ accountEmail: 'inconnu@nulle-part.test' }),
    );
    expect(r.statusCode).toBe(202);
    expect((await t.mailsTo('inconnu@nulle-part.test')).length).toBe(0);
    const [row] = await t.database.db
      .select()
      .from(recoveryRequests)
      .where(eq(recoveryRequests.reference, r.json().reference));
    const detail = (await operator.get(`/api/backoffice/recovery-requests/${row?.id}`)).json();
    expect(detail.account).toBeNull();
    expect(
      (
        await operator.post(`/api/backoffice/recovery-requests/${row?.id}/answer`, {
          message: 'Votre code : X',
        })
      ).json().error.code,
    ).toBe('recovery.no_account');
    expect(
      (
        await operator.post(`/api/backoffice/recovery-requests/${row?.id}/reject`, {
          note: 'Aucun compte',
        })
      ).json().request.status,
    ).toBe('rejected');
  });

  it('shows the consultant the proof (logged) and what is needed to answer; answers by secure message only', async () => {
    const list = (await operator.get('/api/backoffice/recovery-requests?status=pending')).json()
      .requests;
    expect(list[0]).toMatchObject({
      id: requestId,
      dueOn: '2026-11-27',
      overdue: false,
      accountMatched: true,
      hasProof: true,
    });
    const detail = (await operator.get(`/api/backoffice/recovery-requests/${requestId}`)).json();
    expect(detail.account.file.personalCode).toBe(applicant.file.personalCode);
    expect(detail.companiesWithSiret).toEqual([
      expect.objectContaining({
        name: 'Boulangeries Artisanales de France',
        code: 'BAF-7K2Q9',
        siretListed: true,
      }),
    ]);
    const proof = await operator.get(`/api/backoffice/recovery-requests/${requestId}/proof`);
    expect(proof.headers['content-type']).toBe('application/pdf');
    expect(proof.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect((await applicant.c.get('/api/me/access-log')).json().entries[0]).toMatchObject({
      action: 'recovery.proof_viewed',
      actor: { role: 'operator', organisation: 'Action Logement Services' },
    });

    const before = (await t.mailsTo(applicant.accountEmail)).length;
    const answer = `Bonjour, votre code personnel AL'in est ${applicant.file.personalCode}.`;
    const answered = await operator.post(`/api/backoffice/recovery-requests/${requestId}/answer`, {
      message: answer,
    });
    expect(answered.json().request).toMatchObject({
      status: 'answered',
      threadId: expect.any(String),
    });
    expect(
      (
        await operator.post(`/api/backoffice/recovery-requests/${requestId}/answer`, {
          message: answer,
        })
      ).json().error.code,
    ).toBe('recovery.already_handled');
    const mails = (await t.mailsTo(applicant.accountEmail)).slice(before);
    expect(mails.map((m) => m.subject)).toEqual([
      "Action Logement Services : Nouveau message dans votre espace AL'in",
    ]);
    expect(mails[0]?.text).not.toContain(applicant.file.personalCode);
    expect(mails[0]?.html).not.toContain(applicant.file.personalCode);

    const threads = (await applicant.c.get('/api/messages')).json().threads;
    expect(threads[0]).toMatchObject({ kind: 'recovery', unread: 1, status: 'awaiting_applicant' });
    const thread = (await applicant.c.get(`/api/messages/${threads[0].id}`)).json();
    expect(thread.messages).toEqual([
      expect.objectContaining({ side: 'backoffice', body: answer }),
    ]);
    expect((await applicant.c.get('/api/messages')).json().threads[0].unread).toBe(0);
  });

  it('is for operators only', async () => {
    expect((await applicant.c.get('/api/backoffice/recovery-requests')).statusCode).toBe(403);
    expect(
      (await new HttpClient(t.app).get(`/api/backoffice/recovery-requests/${requestId}/proof`))
        .statusCode,
    ).toBe(401);
  });

  it('flags the requests past their due date', async () => {
    const r = await postMultipart(t, new HttpClient(t.app), '/api/recovery-requests', form());
    const reference = r.json().reference;
    t.clock.advance(6 * 24 * 3600_000);
    const ops = await staffClient(t, 'conseil2@al.test', { role: 'operator' });
    const overdue = (await ops.get('/api/backoffice/recovery-requests?overdue=true')).json()
      .requests;
    expect(overdue.map((x: { reference: string }) => x.reference)).toContain(reference);
    expect(overdue.find((x: { reference: string }) => x.reference === reference)).toMatchObject({
      dueOn: '2026-11-27',
      overdue: true,
      workingDaysLate: 1,
    });
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'recovery.requested')));
    expect(audited.length).toBeGreaterThan(0);
  });

  it('counts French public holidays: a request on the Friday before Easter Monday 2027 is due on Thursday', async () => {
    t.clock.advance(new Date('2027-03-26T10:00:00Z').getTime() - t.clock.now().getTime());
    const r = await postMultipart(t, new HttpClient(t.app), '/api/recovery-requests', form());
    expect(r.json().dueOn).toBe('2027-04-01');
  });
});
