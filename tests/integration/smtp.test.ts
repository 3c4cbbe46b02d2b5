import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { createTestApp, HttpClient, tokenOf, type TestApp } from '../support/test-app.js';
import { assemblePlatform } from '../../src/server/runtime.js';

type Received = { to: string; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let port = 0;
let t: TestApp;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('e-mail over real SMTP', () => {
  it('delivers the activation e-mail through the SMTP server, with a link that works', async () => {
    // A platform whose mailer is the configured one (SMTP), not the test capture.
    const platform = await assemblePlatform(t.config, {
      database: t.database,
      workers: false,
      migrate: false,
      logger: false,
      clock: t.clock,
    });
    const c = new HttpClient(platform.app);
    const email = 'smtp.user@exemple.fr';
    await c.post('/api/accounts', {
      civility: 'm',
      birthName: 'Morel',
      firstName: 'Luc',
      mobilePhone: '0611223344',
      email,
      acceptsDataUse: true,
    });
    expect(platform.mailer.kind).toBe('smtp');
    expect(await platform.deps.jobs.drain()).toBe(1);
    const message = received.find((m) => m.to === email);
    expect(message).toBeDefined();
    const parsed = await simpleParser(message?.raw ?? '');
    expect(parsed.subject).toBe("Action Logement Services : Demande d'accès");
    expect(parsed.html).toContain('Cliquez ici');
    const link = parsed.text?.match(/https?:\/\/\S+jeton=[\w-]+/)?.[0] ?? '';
    expect(link.startsWith('http://alin.test/compte/activation?jeton=')).toBe(true);
    const PASSWORD = 'Courrier-Reel-2026';
    const r = await c.post('/api/accounts/activate', {
      token: tokenOf(link),
      password: PASSWORD,
      passwordConfirmation: PASSWORD,
    });
    expect(r.statusCode).toBe(200);
    expect((await c.post('/api/session', { email, password: PASSWORD })).statusCode).toBe(200);
    await platform.app.close();
    await platform.deps.jobs.stop();
    platform.mailer.close();
  });
});
