import type { Config } from '../config/env.js';
import type { Database } from '../db/database.js';
import type { JobQueue } from '../jobs/queue.js';
import type { RegistrationGateway } from '../modules/applicant-file/registration-gateway.js';
import type { Locale } from './i18n/index.js';

/** The source of the current time (injected so tests can move it). */
export type Clock = { now(): Date };

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Everything the application needs from outside, passed explicitly to buildApp. */
export type AppDeps = {
  config: Config;
  database: Database;
  jobs: JobQueue;
  clock: Clock;
  commonPasswords: ReadonlySet<string>;
  registration: RegistrationGateway;
};

/** The four kinds of users. */
export type Role = 'applicant' | 'employer' | 'operator' | 'landlord';

/** The logged-in user as every route sees it. */
export type SessionUser = {
  id: string;
  email: string;
  role: Role;
  isAdmin: boolean;
  civility: 'mme' | 'm' | null;
  firstName: string;
  lastName: string;
  mustChangePassword: boolean;
  locale: Locale;
  companyId: string | null;
  companyName: string | null;
  landlordId: string | null;
  landlordName: string | null;
};

/** What a use case knows of the request that triggered it. */
export type RequestMeta = { ip: string; userAgent: string | null; locale: Locale };

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    auth: { sessionId: string; user: SessionUser } | null;
    meta: RequestMeta;
  }
}
