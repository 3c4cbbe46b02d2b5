import { expect, inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config/env.js';
import type { Database } from '../../src/db/database.js';
import type { Mailer } from '../../src/mail/mailer.js';
import type { RenderedMail } from '../../src/mail/templates.js';
import type { Clock } from '../../src/server/context.js';
import { assemblePlatform, type Platform } from '../../src/server/runtime.js';
import {
  startTestRegistrationService,
  type TestRegistrationService,
} from '../../src/registration/testing.js';
import { cloneTemplate } from './template-db.js';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  constructor(private current = new Date('2026-11-24T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A mailer that keeps what it is given in memory. */
export class CaptureMailer implements Mailer {
  readonly kind = 'dev-mailbox' as const;
  readonly sent: (RenderedMail & { to: string })[] = [];
  async send(to: string, mail: RenderedMail): Promise<void> {
    this.sent.push({ to, ...mail });
  }
  close(): void {}
}

/** One platform on a fresh clone of the template database, with a test clock and captured mail. */
export type TestApp = {
  app: FastifyInstance;
  platform: Platform;
  database: Database;
  clock: TestClock;
  mailer: CaptureMailer;
  config: Config;
  /** Runs due jobs and returns the e-mails sent to an address (newest last). */
  mailsTo(address: string): Promise<(RenderedMail & { to: string })[]>;
  close(): Promise<void>;
};

/** Starts a platform for one test file. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await cloneTemplate(inject('template'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    PUBLIC_URL: 'http://alin.test',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const clock = new TestClock();
  const mailer = new CaptureMailer();
  const platform = await assemblePlatform(config, {
    database,
    clock,
    mailer,
    workers: false,
    migrate: false,
    logger: false,
  });
  return {
    app: platform.app,
    platform,
    database,
    clock,
    mailer,
    config,
    async mailsTo(address) {
      await platform.deps.jobs.drain();
      return mailer.sent.filter((m) => m.to.toLowerCase() === address.toLowerCase());
    },
    close: () => platform.stop(),
  };
}

/** A browser-like HTTP client: keeps cookies and sends the CSRF token. */
/**
 * A fresh registration stand-in (our SNE, dated `now`) and a platform connected to it, for one
 * test file; close the platform first.
 */
export async function createTestAppWithRegistration(
  now: Date,
  env: Record<string, string> = {},
): Promise<{ reg: TestRegistrationService; t: TestApp }> {
  const reg = await startTestRegistrationService({ now });
  const t = await createTestApp({
    REGISTRATION_URL: reg.url,
    REGISTRATION_PLATFORM_KEY: reg.platformKey,
    ...env,
  });
  return { reg, t };
}

/** A client logged in as an existing user; the test fails when the login is refused. */
export async function loggedInClient(
  app: FastifyInstance,
  email: string,
  password: string,
): Promise<HttpClient> {
  const client = new HttpClient(app);
  const login = await client.post('/api/session', { email, password });
  expect(login.statusCode, login.body).toBe(200);
  return client;
}

export class HttpClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const c of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  /** The value of a cookie the server set. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && this.csrf === null) {
      const r = await this.request('GET', '/api/csrf');
      this.csrf = (r.json() as { token: string }).token;
    }
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...this.headers,
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
      },
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
    this.keepCookies(response);
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

/** Extracts the first link with a `jeton` from an e-mail's text. */
export function linkIn(mail: { text: string } | undefined): string {
  const match = mail?.text.match(/https?:\/\/\S+jeton=[\w-]+/);
  if (!match) throw new Error(`no link in mail: ${mail?.text ?? '(none)'}`);
  return match[0];
}

/** The token of an e-mailed link. */
export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('jeton') ?? '';
}
