import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, HttpClient, linkIn, tokenOf, type TestApp } from '../support/test-app.js';

const signUpBody = (email: string) => ({
  civility: 'mme',
  birthName: 'Martin',
  firstName: 'Claire',
  mobilePhone: '07 11 22 33 44',
  email,
  acceptsDataUse: true,
});
const GOOD = 'Logement-Social-42';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function activatedApplicant(email: string): Promise<HttpClient> {
  const c = new HttpClient(t.app);
  expect((await c.post('/api/accounts', signUpBody(email))).statusCode).toBe(202);
  const [mail] = await t.mailsTo(email);
  const token = tokenOf(linkIn(mail));
  const r = await c.post('/api/accounts/activate', {
    token,
    password: GOOD,
    passwordConfirmation: GOOD,
  });
  expect(r.statusCode).toBe(200);
  return c;
}

describe('sign-up and activation ("Création de compte" → "Demande d\'accès" → password)', () => {
  it('creates a pending account, e-mails a 2-day link, and activates it with a valid password', async () => {
    const c = new HttpClient(t.app);
    const email = 'claire.martin@exemple.fr';
    const r = await c.post('/api/accounts', signUpBody(email));
    expect(r.statusCode).toBe(202);
    expect(r.json()).toEqual({ email });

    const mails = await t.mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Action Logement Services : Demande d'accès");
    expect(mails[0]?.text).toContain('Ce lien expire dans 2 jour(s).');
    const token = tokenOf(linkIn(mails[0]));

    // The account cannot log in before activation.
    expect((await c.post('/api/session', { email, password: GOOD })).json().error.code).toBe(
      'auth.invalid_credentials',
    );

    const inspected = await c.post('/api/account-tokens/inspect', { token });
    expect(inspected.json()).toEqual({ purpose: 'activation', status: 'valid', email });

    const weak = await c.post('/api/accounts/activate', {
      token,
      password: 'abc',
      passwordConfirmation: 'abc',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('password.too_weak');
    expect(weak.json().error.fields.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['password.min_length', 'password.digit', 'password.uppercase']),
    );

    const same = await c.post('/api/accounts/activate', {
      token,
      password: email,
      passwordConfirmation: email,
    });
    expect(same.json().error.fields.map((f: { code: string }) => f.code)).toContain(
      'password.not_username',
    );

    const common = await c.post('/api/accounts/activate', {
      token,
      password: 'Password123',
      passwordConfirmation: 'Password123',
    });
    expect(common.json().error.code).toBe('password.too_common');

    const mismatch = await c.post('/api/accounts/activate', {
      token,
      password: GOOD,
      passwordConfirmation: `${GOOD}x`,
    });
    expect(mismatch.json().error.code).toBe('password.mismatch');

    const ok = await c.post('/api/accounts/activate', {
      token,
      password: GOOD,
      passwordConfirmation: GOOD,
    });
    expect(ok.statusCode).toBe(200);

    const reused = await c.post('/api/accounts/activate', {
      token,
      password: GOOD,
      passwordConfirmation: GOOD,
    });
    expect(reused.statusCode).toBe(410);
    expect(reused.json().error.code).toBe('token.used');

    const login = await c.post('/api/session', {
      email: 'CLAIRE.MARTIN@exemple.fr',
      password: GOOD,
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user).toMatchObject({
      email,
      role: 'applicant',
      firstName: 'Claire',
      lastName: 'Martin',
      civility: 'mme',
    });
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/alin_session=.+HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);

    expect((await c.get('/api/session')).json().user.email).toBe(email);
    expect((await c.delete('/api/session')).statusCode).toBe(204);
    expect((await c.get('/api/session')).json().user).toBeNull();
  });

  it('stores the mobile phone in E.164 and refuses a landline, with field codes and localised messages', async () => {
    const c = new HttpClient(t.app, { 'accept-language': 'en' });
    const r = await c.post('/api/accounts', {
      ...signUpBody('landline@exemple.fr'),
      mobilePhone: '01 23 45 67 89',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({
      code: 'validation.failed',
      fields: [{ path: 'mobilePhone', code: 'phone.not_mobile' }],
    });
    expect(r.json().error.fields[0].message).toMatch(/mobile/i);

    const bad = await c.post('/api/accounts', {
      civility: 'x',
      birthName: '',
      firstName: 'A',
      mobilePhone: '0612345678',
      email: 'nope',
      acceptsDataUse: false,
    });
    expect(bad.statusCode).toBe(400);
    const codes = Object.fromEntries(
      bad.json().error.fields.map((f: { path: string; code: string }) => [f.path, f.code]),
    );
    expect(codes).toEqual({
      civility: 'field.invalid_choice',
      birthName: 'field.required',
      email: 'field.invalid_email',
      acceptsDataUse: 'field.must_accept',
    });
    expect(bad.json().error.message).toMatch(/missing or wrong/);

    const french = await new HttpClient(t.app).post('/api/accounts', {
      ...signUpBody('x@exemple.fr'),
      acceptsDataUse: false,
    });
    expect(french.json().error.fields[0].message).toContain('accepter');
  });

  it('answers the same for an address that already has an account, and tells its owner by e-mail', async () => {
    const email = 'already@exemple.fr';
    await activatedApplicant(email);
    const again = await new HttpClient(t.app).post('/api/accounts', signUpBody(email));
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ email });
    const mails = await t.mailsTo(email);
    expect(mails.at(-1)?.text).toContain('déjà un compte');
  });

  it('refuses an expired activation link and sends a new one on request', async () => {
    const c = new HttpClient(t.app);
    const email = 'late@exemple.fr';
    await c.post('/api/accounts', signUpBody(email));
    const token = tokenOf(linkIn((await t.mailsTo(email))[0]));
    t.clock.advance(2 * 24 * 3600_000);
    expect((await c.post('/api/account-tokens/inspect', { token })).json().status).toBe('expired');
    const r = await c.post('/api/accounts/activate', {
      token,
      password: GOOD,
      passwordConfirmation: GOOD,
    });
    expect(r.statusCode).toBe(410);
    expect(r.json().error.code).toBe('token.expired');

    expect((await c.post('/api/accounts/confirmation-link', { email })).statusCode).toBe(202);
    const fresh = tokenOf(linkIn((await t.mailsTo(email)).at(-1)));
    expect(fresh).not.toBe(token);
    expect(
      (
        await c.post('/api/accounts/activate', {
          token: fresh,
          password: GOOD,
          passwordConfirmation: GOOD,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('uses an activation link once even when two requests race', async () => {
    const c = new HttpClient(t.app);
    const email = 'race@exemple.fr';
    await c.post('/api/accounts', signUpBody(email));
    const token = tokenOf(linkIn((await t.mailsTo(email))[0]));
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        new HttpClient(t.app).post('/api/accounts/activate', {
          token,
          password: GOOD,
          passwordConfirmation: GOOD,
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 410, 410]);
  });

  it('answers an unknown token as invalid', async () => {
    const c = new HttpClient(t.app);
    expect((await c.post('/api/account-tokens/inspect', { token: 'nothing-here' })).json()).toEqual(
      { purpose: null, status: 'invalid', email: null },
    );
    expect(
      (
        await c.post('/api/accounts/activate', {
          token: 'nothing-here',
          password: GOOD,
          passwordConfirmation: GOOD,
        })
      ).json().error.code,
    ).toBe('token.invalid');
  });
});

describe('login', () => {
  it('gives the same error for an unknown e-mail and a wrong password, then grows the delay', async () => {
    const email = 'throttle@exemple.fr';
    await activatedApplicant(email);
    const c = new HttpClient(t.app);
    const unknown = await c.post('/api/session', { email: 'nobody@exemple.fr', password: GOOD });
    const wrong = await c.post('/api/session', { email, password: 'Wrong-Password-1' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe(wrong.json().error.code);
    for (let i = 0; i < 4; i += 1)
      await c.post('/api/session', { email, password: 'Wrong-Password-1' });
    const blocked = await c.post('/api/session', { email, password: GOOD });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('auth.too_many_attempts');
    expect(blocked.json().error.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.headers['retry-after']).toBeDefined();
    t.clock.advance(blocked.json().error.retryAfterSeconds * 1000);
    expect((await c.post('/api/session', { email, password: GOOD })).statusCode).toBe(200);
  });

  it('rotates the session id at login', async () => {
    const email = 'rotate@exemple.fr';
    const c = await activatedApplicant(email);
    await c.post('/api/session', { email, password: GOOD });
    const first = c.cookie('alin_session');
    await c.post('/api/session', { email, password: GOOD });
    const second = c.cookie('alin_session');
    expect(first).toBeDefined();
    expect(second).not.toBe(first);
  });

  it('refuses a state-changing request without the CSRF token', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'a@b.fr', password: 'x' },
    });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('csrf.invalid');
  });
});

describe('password reset ("Mot de passe oublié ?")', () => {
  it('e-mails a single-use link, sets the new password and closes every session', async () => {
    const email = 'forgetful@exemple.fr';
    const first = await activatedApplicant(email);
    await first.post('/api/session', { email, password: GOOD });
    expect((await first.get('/api/session')).json().user).not.toBeNull();

    const c = new HttpClient(t.app);
    expect((await c.post('/api/password-resets', { email })).statusCode).toBe(202);
    const mail = (await t.mailsTo(email)).at(-1);
    expect(mail?.subject).toContain('Réinitialisation');
    const token = tokenOf(linkIn(mail));
    const NEW = 'Nouveau-Logement-77';
    expect(
      (
        await c.post('/api/password-resets/complete', {
          token,
          password: NEW,
          passwordConfirmation: NEW,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await c.post('/api/password-resets/complete', {
          token,
          password: NEW,
          passwordConfirmation: NEW,
        })
      ).json().error.code,
    ).toBe('token.used');

    expect((await first.get('/api/session')).json().user).toBeNull();
    expect((await c.post('/api/session', { email, password: GOOD })).statusCode).toBe(401);
    expect((await c.post('/api/session', { email, password: NEW })).statusCode).toBe(200);
    expect((await t.mailsTo(email)).at(-1)?.subject).toContain('modifié');
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = t.mailer.sent.length;
    const r = await new HttpClient(t.app).post('/api/password-resets', {
      email: 'ghost@exemple.fr',
    });
    expect(r.statusCode).toBe(202);
    expect(r.json()).toEqual({});
    await t.platform.deps.jobs.drain();
    expect(t.mailer.sent.length).toBe(before);
  });

  it('expires the reset link after one hour', async () => {
    const email = 'slow-reset@exemple.fr';
    await activatedApplicant(email);
    const c = new HttpClient(t.app);
    await c.post('/api/password-resets', { email });
    const token = tokenOf(linkIn((await t.mailsTo(email)).at(-1)));
    t.clock.advance(3600_000);
    expect(
      (
        await c.post('/api/password-resets/complete', {
          token,
          password: 'Autre-Mot-2-Passe',
          passwordConfirmation: 'Autre-Mot-2-Passe',
        })
      ).json().error.code,
    ).toBe('token.expired');
  });
});

describe('per-IP rate limit', () => {
  it('answers 429 with a stable code past the limit on sensitive routes', async () => {
    const limited = await createTestApp({ RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const c = new HttpClient(limited.app);
      const codes: number[] = [];
      for (let i = 0; i < 5; i += 1)
        codes.push(
          (await c.post('/api/password-resets', { email: `x${i}@exemple.fr` })).statusCode,
        );
      expect(codes).toEqual([202, 202, 202, 429, 429]);
      const last = await c.post('/api/password-resets', { email: 'y@exemple.fr' });
      expect(last.json().error.code).toBe('rate.too_many_requests');
    } finally {
      await limited.close();
    }
  });
});
