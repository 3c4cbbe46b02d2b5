import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { loadConfig } from '../../src/config/env.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/db/seed.js';
import { assemblePlatform, type Platform } from '../../src/server/runtime.js';
import {
  startTestRegistrationService,
  type TestRegistrationService,
} from '../../src/registration/testing.js';
import { cloneTemplate } from './template-db.js';

/** The Chromium to drive: CHROMIUM_PATH, else Debian's. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Whether the browser tests can run. Without Chromium they are skipped locally with a message,
 * but in CI a missing browser is a failure, never a silent skip.
 */
export function hasChromium(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env['CI'])
    throw new Error(`Chromium not found at ${CHROMIUM_PATH} (CI must run the browser tests)`);
  console.warn(
    `Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH or apt-get install chromium).`,
  );
  return false;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running platform (demo data, real workers, development mailbox) and a browser. */
export type BrowserEnv = {
  baseUrl: string;
  platform: Platform;
  /** Our registration-system stand-in, seeded with the demo applications. */
  registration: TestRegistrationService;
  browser: Browser;
  /**
   * A page in a fresh context (its own cookies). The platform, its workers and Chromium share the
   * machine with other test files, so its waits are patient (60 s instead of Playwright's 30 s).
   */
  newPage(options?: { width?: number; locale?: string }): Promise<Page>;
  /** Waits for the newest e-mail to an address and returns its text. */
  waitForMail(
    to: string,
    subjectPart: string,
  ): Promise<{ id: number; text: string; subject: string }>;
  /** Waits for a new import-code e-mail from the registration stand-in and reads its code. */
  readImportCode(applicationEmail: string, mailsBefore: number): Promise<string>;
  /** Opens an e-mail in the development mailbox page and follows its link, as a person would. */
  followMailLink(page: Page, to: string, subjectPart: string): Promise<void>;
  close(): Promise<void>;
};

/** Starts the whole platform on a free port with a fresh database, and Chromium. */
export async function startBrowserEnv(): Promise<BrowserEnv> {
  const registration = await startTestRegistrationService();
  const database = await cloneTemplate(inject('template'));
  await seedDemo(database.db);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    PUBLIC_URL: baseUrl,
    JOBS_POLL_SECONDS: '0.5',
    REGISTRATION_URL: registration.url,
    REGISTRATION_PUBLIC_URL: registration.url,
    REGISTRATION_PLATFORM_KEY: registration.platformKey,
  });
  const platform = await assemblePlatform(config, {
    database,
    migrate: false,
    workers: true,
    logger: false,
  });
  await platform.app.listen({ port, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const contexts: BrowserContext[] = [];
  const env: BrowserEnv = {
    baseUrl,
    platform,
    registration,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext({
        baseURL: baseUrl,
        locale: options.locale ?? 'fr-FR',
        viewport: { width: options.width ?? 1280, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(60_000);
      return page;
    },
    async waitForMail(to, subjectPart) {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const r = await fetch(`${baseUrl}/api/dev/mailbox?to=${encodeURIComponent(to)}`);
        const { messages } = (await r.json()) as {
          messages: { id: number; text: string; subject: string }[];
        };
        const found = messages.find((m) => m.subject.includes(subjectPart));
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`no e-mail "${subjectPart}" to ${to}`);
    },
    async readImportCode(applicationEmail, mailsBefore) {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const mails = await registration.mailsTo(applicationEmail);
        const match =
          mails.length > mailsBefore
            ? /code de récupération : (\d{6})/.exec(mails[0]?.text ?? '')
            : null;
        if (match?.[1]) return match[1];
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`no import code e-mailed to ${applicationEmail}`);
    },
    async followMailLink(page, to, subjectPart) {
      const mail = await env.waitForMail(to, subjectPart);
      await page.goto('/dev/mailbox');
      await expectAccessible(page);
      await page.getByRole('link', { name: mail.subject }).first().click();
      await expectAccessible(page);
      await page.locator('main ul a').first().click();
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await platform.stop();
      await registration.close();
    },
  };
  return env;
}

/**
 * The browser environment of one test file: started before its tests (when Chromium is there,
 * see `hasChromium`) and closed after them. `env` stands for the running environment and may be
 * used by the tests and by later `beforeAll` hooks; `run` says whether the tests can run.
 */
export function browserEnvForFile(): { run: boolean; env: BrowserEnv } {
  const run = hasChromium();
  let started: BrowserEnv | undefined;
  const current = (): BrowserEnv => {
    if (!started) throw new Error('the browser environment is not started (no Chromium?)');
    return started;
  };
  beforeAll(async () => {
    if (run) started = await startBrowserEnv();
  });
  afterAll(async () => {
    await started?.close();
  });
  const env: BrowserEnv = {
    get baseUrl() {
      return current().baseUrl;
    },
    get platform() {
      return current().platform;
    },
    get registration() {
      return current().registration;
    },
    get browser() {
      return current().browser;
    },
    newPage: (options) => current().newPage(options),
    waitForMail: (to, subjectPart) => current().waitForMail(to, subjectPart),
    readImportCode: (email, before) => current().readImportCode(email, before),
    followMailLink: (page, to, subjectPart) => current().followMailLink(page, to, subjectPart),
    close: () => current().close(),
  };
  return { run, env };
}

/**
 * Fails with the list of violations when axe finds any accessibility problem on the page;
 * `exclude` leaves out third-party markup we do not control (the map's attribution).
 */
export async function expectAccessible(
  page: Page,
  options: { exclude?: string } = {},
): Promise<void> {
  const builder = new AxeBuilder({ page });
  const result = await (options.exclude ? builder.exclude(options.exclude) : builder).analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  if (violations.length > 0)
    throw new Error(`axe violations on ${page.url()}:\n${violations.join('\n')}`);
}

/** Waits until the page shows its title and has no loading message left, then scans it. */
export async function settledAndAccessible(page: Page): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.locator('main .loading').first().waitFor({ state: 'detached' });
  await expectAccessible(page);
}

/** The text of the page's main region. */
export async function mainText(page: Page): Promise<string> {
  return (await page.textContent('main')) ?? '';
}

/** Fails when the page scrolls horizontally (content wider than the viewport). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  if (overflow > 0) throw new Error(`page ${page.url()} overflows horizontally by ${overflow}px`);
}

/**
 * Logs in through the "Connexion" page (scanned by axe), with the demo password unless another is
 * given; `waitForRedirect` waits until the page has left `/connexion` (a successful login).
 */
export async function logIn(
  page: Page,
  email: string,
  options: { password?: string; waitForRedirect?: boolean } = {},
): Promise<void> {
  await page.goto('/connexion');
  await expectAccessible(page);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('button', { name: 'JE ME CONNECTE' }).click();
  if (options.waitForRedirect)
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}
