import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/database.js';
import { loadRegistrationConfig } from './config.js';
import type { RegistrationClock } from './context.js';
import { listMails } from './db/repo.js';
import { startRegistrationService } from './service.js';

/** A clock the test moves by hand. */
export class MovableClock implements RegistrationClock {
  constructor(private current = new Date('2026-11-24T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A message of the service's development mailbox. */
export type TestMail = {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
};

/** An in-process registration service for tests. */
export type TestRegistrationService = {
  url: string;
  platformKey: string;
  clock: MovableClock;
  database: Database;
  /** E-mails sent to an address, newest first. */
  mailsTo(email: string): Promise<TestMail[]>;
  close(): Promise<void>;
};

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/** A fresh PostgreSQL database created from an admin URL, dropped by close(). */
async function freshPostgres(adminUrl: string): Promise<Database> {
  const name = `registration_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabase(adminUrl, name),
    poolSize: 4,
  });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * Starts the service on 127.0.0.1 (random port) on a fresh seeded database: in-memory PGlite, or a new
 * PostgreSQL database created from `databaseUrl` / TEST_DATABASE_URL (an admin URL) and dropped at close.
 */
export async function startTestRegistrationService(
  options: { databaseUrl?: string; now?: Date } = {},
): Promise<TestRegistrationService> {
  const adminUrl = options.databaseUrl ?? process.env['TEST_DATABASE_URL'];
  const database = adminUrl
    ? await freshPostgres(adminUrl)
    : await openDatabase({ kind: 'pglite', dataDir: null });
  const config = loadRegistrationConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REGISTRATION_PORT: '0',
    REGISTRATION_HOST: '127.0.0.1',
    REGISTRATION_PUBLIC_URL: 'http://registration.test',
  });
  const clock = new MovableClock(options.now);
  const service = await startRegistrationService(config, { database, clock, logger: false });
  return {
    url: service.url,
    platformKey: config.REGISTRATION_PLATFORM_KEY,
    clock,
    database,
    mailsTo: (email) => listMails(database.db, email),
    close: () => service.close(),
  };
}
