import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/registration/domain/files.js';
import { minimalPdf } from '../../src/registration/seed-pdf.js';
import {
  startTestRegistrationService,
  type TestRegistrationService,
} from '../../src/registration/testing.js';
import {
  demoApplication as demo,
  readThroughApi as readApplication,
  WebClient,
} from '../../src/registration/testing-clients.js';

let s: TestRegistrationService;
beforeAll(async () => {
  s = await startTestRegistrationService();
});
afterAll(async () => {
  await s.close();
});

const readThroughApi = (uniqueNumber: string, email: string) =>
  readApplication(s, uniqueNumber, email);

describe('supporting documents', () => {
  it('refuses a text file named .pdf and a file over 5 MB, storing nothing, then accepts a real PDF', async () => {
    const { uniqueNumber, email, birthDate } = demo('j');
    const before = (await readThroughApi(uniqueNumber, email)).documents;
    const web = new WebClient(s.url);
    expect((await web.access(uniqueNumber, birthDate)).status).toBe(303);
    expect((await web.get(`/demandes/${uniqueNumber}/pieces`)).html).toContain(
      'Pièces pour obtenir le numéro unique',
    );

    const text = await web.upload(
      uniqueNumber,
      { person: 'applicant', category: 'identity', fileName: 'carte.pdf' },
      Buffer.from('Ceci est un texte, pas un PDF.'),
    );
    expect([text.status, text.body.error?.code]).toEqual([400, 'document.type_refused']);
    const big = Buffer.concat([minimalPdf(['Gros fichier']), Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    const tooBig = await web.upload(
      uniqueNumber,
      { person: 'applicant', category: 'identity', fileName: 'scan.pdf' },
      big,
    );
    expect([tooBig.status, tooBig.body.error?.code]).toEqual([413, 'document.too_large']);
    const noCo = await web.upload(
      uniqueNumber,
      { person: 'co_applicant', category: 'identity', fileName: 'cni.pdf' },
      minimalPdf(['CNI']),
    );
    expect(noCo.body.error?.code).toBe('document.no_co_applicant');
    expect((await readThroughApi(uniqueNumber, email)).documents).toEqual(before);

    const ok = await web.upload(
      uniqueNumber,
      {
        person: 'applicant',
        category: 'payslip',
        period: '2026-10',
        fileName: 'bulletin octobre.pdf',
      },
      minimalPdf(['Bulletin']),
    );
    expect(ok.status).toBe(201);
    const after = (await readThroughApi(uniqueNumber, email)).documents;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({
      category: 'payslip',
      period: '2026-10',
      fileName: 'bulletin octobre.pdf',
      mimeType: 'application/pdf',
      status: 'received',
    });
  });

  it('refuses an upload without access to the application', async () => {
    const web = new WebClient(s.url);
    await web.get('/');
    const r = await web.upload(
      demo('a').uniqueNumber,
      { person: 'applicant', category: 'identity', fileName: 'x.pdf' },
      minimalPdf(['x']),
    );
    expect([r.status, r.body.error?.code]).toEqual([401, 'access.invalid']);
  });
});

describe('renewal', () => {
  it('renews an application in its last month for one year from today, keeping the filing date', async () => {
    const { uniqueNumber, birthDate, email } = demo('h');
    const web = new WebClient(s.url);
    await web.access(uniqueNumber, birthDate);
    expect((await web.get(`/demandes/${uniqueNumber}/renouveler`)).status).toBe(200);
    const r = await web.post(`/demandes/${uniqueNumber}/renouveler`, {});
    expect([r.status, r.location]).toEqual([303, `/demandes/${uniqueNumber}?renouvelee=1`]);
    const renewed = await readThroughApi(uniqueNumber, email);
    expect(renewed).toMatchObject({
      status: 'active',
      filedAt: '2023-12-01',
      lastRenewedAt: '2026-11-24',
      validUntil: '2027-11-24',
    });
  });

  it('refuses to renew an active application months before its end', async () => {
    const { uniqueNumber, birthDate, email } = demo('a');
    const before = await readThroughApi(uniqueNumber, email);
    const web = new WebClient(s.url);
    await web.access(uniqueNumber, birthDate);
    expect((await web.get(`/demandes/${uniqueNumber}/renouveler`)).status).toBe(409);
    await web.post(`/demandes/${uniqueNumber}/renouveler`, {});
    expect((await readThroughApi(uniqueNumber, email)).validUntil).toBe(before.validUntil);
  });
});
