import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { HttpClient, type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import { newApplicant, NOW } from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

describe('certificate and the codes explained', () => {
  it('gives a real PDF whose reference verifies (name and date only), until the file is gone', async () => {
    const p = await newApplicant(t, reg, { firstName: 'Jeanne', lastName: 'CERTIFIEE' });
    const r = await p.c.get('/api/file/certificate.pdf');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const reference = String(r.headers['x-certificate-reference']);
    expect(reference).toMatch(/^ALC-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const anonymous = new HttpClient(t.app);
    const verified = (await anonymous.get(`/api/certificates/${reference.toLowerCase()}`)).json();
    expect(verified).toEqual({
      reference: reference.toLowerCase(),
      valid: true,
      holderName: 'Jeanne CERTIFIEE',
      issuedOn: t.clock.now().toISOString().slice(0, 10),
    });
    expect(JSON.stringify(verified)).not.toContain(p.file.personalCode);
    expect((await anonymous.get('/api/certificates/ALC-AAAA-BBBB-CCCC')).json()).toMatchObject({
      valid: false,
      holderName: null,
    });
    expect((await p.c.delete('/api/file')).statusCode).toBe(204);
    expect((await anonymous.get(`/api/certificates/${reference}`)).json().valid).toBe(false);
    expect((await p.c.get('/api/file/certificate.pdf')).json().error.code).toBe('file.not_found');
  });

  it('explains the company code, the personal code and the access code side by side, with the recovery path in order', async () => {
    const fr = (await new HttpClient(t.app).get('/api/help/codes')).json();
    expect(fr.locale).toBe('fr');
    expect(fr.codes.map((c: { kind: string }) => c.kind)).toEqual([
      'company_code',
      'personal_code',
      'personal_access_code',
    ]);
    expect(fr.recoveryPaths.map((s: { key: string }) => s.key)).toEqual([
      'personal_space',
      'registration_emails',
      'hr',
      'form',
    ]);
    expect(fr.never).toContain('SMS');
    const en = (
      await new HttpClient(t.app, { 'accept-language': 'en-GB' }).get('/api/help/codes')
    ).json();
    expect(en.codes[0].title).toBe('Company code');
  });
});
