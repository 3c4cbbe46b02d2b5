import path from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Config } from '../config/env.js';
import { migrateDatabase, openDatabase, type Database } from '../db/database.js';
import { createJobQueue, type JobQueue } from '../jobs/queue.js';
import { createDevMailboxMailer, createSmtpMailer, type Mailer } from '../mail/mailer.js';
import { renderMail } from '../mail/templates.js';
import {
  createHttpRegistrationGateway,
  type RegistrationGateway,
} from '../modules/applicant-file/registration-gateway.js';
import { alertJobHandlers } from '../modules/alerts/alert.jobs.js';
import { offerJobHandlers, scheduleOfferJobs } from '../modules/offers/offer.jobs.js';
import {
  dataRightsJobHandlers,
  scheduleDataRightsJobs,
} from '../modules/data-rights/data-rights.jobs.js';
import {
  candidacyJobHandlers,
  scheduleCandidacyJobs,
} from '../modules/candidacies/candidacy.jobs.js';
import { buildApp } from './app.js';
import { systemClock, type AppDeps, type Clock } from './context.js';
import { loadCommonPasswords } from './security/common-password-list.js';

/** A running platform: the HTTP app and everything it holds open. */
export type Platform = {
  app: FastifyInstance;
  deps: AppDeps;
  mailer: Mailer;
  stop(): Promise<void>;
};

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.DATABASE_URL })
    : openDatabase({ kind: 'pglite', dataDir: path.join(config.DATA_DIR, 'pglite') });
}

/** The mailer the configuration asks for (SMTP when SMTP_URL is set). */
export function createMailer(config: Config, database: Database): Mailer {
  if (config.SMTP_URL) return createSmtpMailer(config.SMTP_URL, config.MAIL_FROM);
  if (config.NODE_ENV === 'production') throw new Error('SMTP_URL is required in production');
  return createDevMailboxMailer(database.db);
}

/** Wires database, job queue, mailer and HTTP app together (without listening). */
export async function assemblePlatform(
  config: Config,
  options: {
    database?: Database;
    clock?: Clock;
    mailer?: Mailer;
    workers?: boolean;
    migrate?: boolean;
    logger?: FastifyServerOptions['logger'];
    registration?: RegistrationGateway;
  } = {},
): Promise<Platform> {
  const database = options.database ?? (await openConfiguredDatabase(config));
  if (options.migrate ?? true) await migrateDatabase(database);
  const mailer = options.mailer ?? createMailer(config, database);
  const workers = options.workers ?? true;
  const log = { error: (obj: unknown, msg: string) => console.error(msg, obj) };
  const jobs: JobQueue = await createJobQueue(
    database.raw,
    {
      'mail.send': async (job) => mailer.send(job.to, renderMail(job)),
      ...offerJobHandlers(() => deps),
      ...alertJobHandlers(() => deps),
      ...dataRightsJobHandlers(() => deps),
      ...candidacyJobHandlers(() => deps),
    },
    log,
    { maintenance: workers },
  );
  if (workers) await jobs.startWorkers(config.JOBS_POLL_SECONDS);
  if (workers) await scheduleOfferJobs(jobs);
  if (workers) await scheduleCandidacyJobs(jobs);
  if (workers) await scheduleDataRightsJobs(jobs, config);
  const deps: AppDeps = {
    config,
    database,
    jobs,
    clock: options.clock ?? systemClock,
    commonPasswords: await loadCommonPasswords(),
    registration:
      options.registration ??
      createHttpRegistrationGateway({
        baseUrl: config.REGISTRATION_URL,
        publicUrl: config.REGISTRATION_PUBLIC_URL,
        platformKey: config.REGISTRATION_PLATFORM_KEY,
      }),
  };
  const app = await buildApp(deps, { logger: options.logger ?? { level: config.LOG_LEVEL } });
  return {
    app,
    deps,
    mailer,
    async stop() {
      await app.close();
      await jobs.stop();
      mailer.close();
      await database.close();
    },
  };
}
