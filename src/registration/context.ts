import type { Database } from '../db/database.js';
import type { Mailer } from '../mail/mailer.js';
import type { RegistrationConfig } from './config.js';

/** The source of the current time (injected so tests can move it). */
export type RegistrationClock = { now(): Date };

/** Everything the registration service needs from outside, passed explicitly to buildRegistrationApp. */
export type RegistrationDeps = {
  config: RegistrationConfig;
  database: Database;
  clock: RegistrationClock;
  mailer: Mailer;
};
