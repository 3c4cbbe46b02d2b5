import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationApplication, registrationError } from '../../src/registration/contract.js';
import { IMPORT_CODE_SUBJECT } from '../../src/registration/mail.js';
import { DEMO_APPLICATIONS } from '../../src/registration/seed.js';
import {
  startTestRegistrationService,
  type TestRegistrationService,
} from '../../src/registration/testing.js';
import {
  apiClient,
  codeIn,
  demoApplication as demo,
} from '../../src/registration/testing-clients.js';

const HOUR = 60 * 60 * 1000;
const JEAN = demo('a');

let s: TestRegistrationService;
let api: ReturnType<typeof apiClient>;
beforeAll(async () => {
  s = await startTestRegistrationService();
  api = apiClient(s.url, s.platformKey);
});
afterAll(async () => {
  await s.close();
});

/** Requests a code for a number and returns it as read from the e-mail. */
async function mailedCode(uniqueNumber: string, email: string): Promise<string> {
  const r = await api.requestCode(uniqueNumber);
  expect(r.status).toBe(202);
  return codeIn((await s.mailsTo(email))[0]);
}

describe('import codes', () => {
  it('e-mails a 6-digit code valid 24 hours and answers with the masked e-mail (number typed leniently)', async () => {
    const r = await api.requestCode('111 03 24 517902 gdpub');
    expect(r.status).toBe(202);
    expect(r.body).toEqual({
      maskedEmail: 's***e@d***.fr',
      expiresAt: new Date(s.clock.now().getTime() + 24 * HOUR).toISOString(),
    });
    const [mail, ...older] = await s.mailsTo(JEAN.email);
    expect(older).toHaveLength(0);
    expect(mail?.subject).toBe(IMPORT_CODE_SUBJECT);
    const code = codeIn(mail);
    expect(mail?.html).toContain(code);
    expect(mail?.text).toContain('111 03 24 517902 GDPUB');
  });

  it('counts wrong codes down, locks after 5 wrong tries (even for the right code), and a new code works', async () => {
    const code = codeIn((await s.mailsTo(JEAN.email))[0]);
    const wrong = code === '000000' ? '111111' : '000000';
    const remaining: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = await api.verify(JEAN.uniqueNumber, wrong);
      expect(r.status).toBe(400);
      expect(registrationError.parse(r.body).error.code).toBe('code.invalid');
      remaining.push(r.body.error?.remainingAttempts ?? -1);
    }
    expect(remaining).toEqual([4, 3, 2, 1]);
    const fifth = await api.verify(JEAN.uniqueNumber, wrong);
    expect([fifth.status, fifth.body.error?.code]).toEqual([423, 'code.locked']);
    const right = await api.verify(JEAN.uniqueNumber, code);
    expect([right.status, right.body.error?.code]).toEqual([423, 'code.locked']);

    s.clock.advance(61_000);
    const fresh = await mailedCode(JEAN.uniqueNumber, JEAN.email);
    const ok = await api.verify(JEAN.uniqueNumber, fresh);
    expect(ok.status).toBe(200);
    // A code serves once.
    expect((await api.verify(JEAN.uniqueNumber, fresh)).body.error?.code).toBe('code.expired');
  });

  it('refuses a code at its 24-hour expiry (injected clock)', async () => {
    const { uniqueNumber, email } = demo('b');
    const code = await mailedCode(uniqueNumber, email);
    s.clock.advance(24 * HOUR);
    const r = await api.verify(uniqueNumber, code);
    expect([r.status, r.body.error?.code]).toEqual([410, 'code.expired']);
  });

  it('throttles resending to 1 a minute and replaces the previous code', async () => {
    const { uniqueNumber, email } = demo('c');
    const first = await mailedCode(uniqueNumber, email);
    s.clock.advance(20_000);
    const again = await api.requestCode(uniqueNumber);
    expect(again.status).toBe(429);
    expect(registrationError.parse(again.body).error).toMatchObject({
      code: 'code.throttled',
      retryAfterSeconds: 40,
    });
    expect(again.headers.get('retry-after')).toBe('40');
    expect(await s.mailsTo(email)).toHaveLength(1);

    s.clock.advance(40_000);
    const second = await mailedCode(uniqueNumber, email);
    if (first !== second)
      expect((await api.verify(uniqueNumber, first)).body.error?.code).toBe('code.invalid');
    expect((await api.verify(uniqueNumber, second)).status).toBe(200);
  });

  it('allows at most 10 codes per number in 24 hours', async () => {
    const { uniqueNumber, email } = demo('d');
    for (let i = 0; i < 10; i += 1) {
      expect((await api.requestCode(uniqueNumber)).status).toBe(202);
      s.clock.advance(HOUR);
    }
    const eleventh = await api.requestCode(uniqueNumber);
    expect(eleventh.body.error).toMatchObject({
      code: 'code.throttled',
      retryAfterSeconds: 14 * 60 * 60,
    });
    expect(await s.mailsTo(email)).toHaveLength(10);
    s.clock.advance(14 * HOUR);
    expect((await api.requestCode(uniqueNumber)).status).toBe(202);
  });

  it('answers application.not_found for an unknown or unreadable number, request.invalid for a malformed body', async () => {
    const unknown = await api.requestCode('0291126999999GDPUB');
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'application.not_found']);
    expect((await api.verify('0291126999999GDPUB', '123456')).body.error?.code).toBe(
      'application.not_found',
    );
    const unreadable = await api.requestCode('12345');
    expect([unreadable.status, unreadable.body.error?.code]).toEqual([
      404,
      'application.not_found',
    ]);
    const missing = await api.verify(JEAN.uniqueNumber, '');
    expect([missing.status, missing.body.error?.code]).toEqual([400, 'request.invalid']);
  });
});

describe('access token and application', () => {
  it('verifies a code into a token that reads the application, fresh each time; nothing without it', async () => {
    const { uniqueNumber, email } = demo('e');
    s.clock.advance(2 * 60_000);
    const r = await api.verify(uniqueNumber, await mailedCode(uniqueNumber, email));
    expect(r.status).toBe(200);
    const accessToken = String(r.body['accessToken']);
    expect(accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const application = registrationApplication.parse(r.body['application']);
    expect(application.uniqueNumber).toBe(uniqueNumber);

    const read = await api.application(uniqueNumber.toLowerCase(), accessToken);
    expect(read.status).toBe(200);
    expect(registrationApplication.parse(read.body['application'])).toEqual(application);

    for (const token of [undefined, 'not-a-token', `${accessToken}x`]) {
      const denied = await api.application(uniqueNumber, token);
      expect([denied.status, denied.body.error?.code]).toEqual([401, 'access.invalid']);
    }
    const otherNumber = await api.application(JEAN.uniqueNumber, accessToken);
    expect([otherNumber.status, otherNumber.body.error?.code]).toEqual([401, 'access.invalid']);
  });

  it('refuses every /api/v1 call without the right x-platform-key', async () => {
    for (const key of [null, 'wrong-platform-key']) {
      const other = apiClient(s.url, key);
      for (const r of [
        await other.requestCode(JEAN.uniqueNumber),
        await other.verify(JEAN.uniqueNumber, '123456'),
        await other.application(JEAN.uniqueNumber, 'x'),
      ]) {
        expect([r.status, r.body.error?.code]).toEqual([401, 'access.invalid']);
      }
    }
  });
});

describe('demo applications', () => {
  // A service of its own: the tests above used up some numbers' codes for the day.
  let fresh: TestRegistrationService;
  beforeAll(async () => {
    fresh = await startTestRegistrationService();
  });
  afterAll(async () => {
    await fresh.close();
  });

  it('imports every seeded application, struck-off ones included, in the contract shape', async () => {
    const freshApi = apiClient(fresh.url, fresh.platformKey);
    const imported = new Map<string, ReturnType<typeof registrationApplication.parse>>();
    for (const a of DEMO_APPLICATIONS) {
      expect((await freshApi.requestCode(a.uniqueNumber)).status, a.label).toBe(202);
      const r = await freshApi.verify(a.uniqueNumber, codeIn((await fresh.mailsTo(a.email))[0]));
      expect(r.status, a.label).toBe(200);
      const application = registrationApplication.parse(r.body['application']);
      expect(application.applicant).toMatchObject({ email: a.email, birthDate: a.birthDate });
      expect(application.documents.length, a.label).toBeGreaterThan(0);
      imported.set(a.label.slice(1, 2), application);
    }
    expect(imported.get('a')?.applicant).toMatchObject({
      firstName: 'Jean',
      birthName: 'DUPONT',
      professional: { employerSiret: '43218765600017', contractType: 'cdi' },
    });
    expect(imported.get('g')?.coApplicant?.professional).toMatchObject({
      employerSiret: '51234987900019',
      employerName: 'Transports Lemoine et Fils',
    });
    expect(imported.get('h')?.status).toBe('to_renew');
    expect(imported.get('i')).toMatchObject({
      status: 'struck_off',
      struckOffReason: 'not_renewed',
    });
    expect(imported.get('j')?.applicant.professional).toMatchObject({
      status: 'private_employee',
      employerSiret: null,
    });
    expect(imported.get('d')?.household).toHaveLength(3);
  });
});
