import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { openDatabase, type Database } from '../../db/database.js';
import type { RegistrationConfig } from '../config.js';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Where the service keeps its migration journal, apart from the platform's `drizzle.__drizzle_migrations`. */
export const REGISTRATION_MIGRATIONS = {
  migrationsSchema: 'registration',
  migrationsTable: '__registration_migrations',
} as const;

/** Opens the service's database: PostgreSQL when REGISTRATION_DATABASE_URL is set, else PGlite in REGISTRATION_DATA_DIR. */
export function openRegistrationDatabase(config: RegistrationConfig): Promise<Database> {
  return config.REGISTRATION_DATABASE_URL
    ? openDatabase({ kind: 'postgres', url: config.REGISTRATION_DATABASE_URL, poolSize: 5 })
    : openDatabase({ kind: 'pglite', dataDir: config.REGISTRATION_DATA_DIR });
}

/** Applies the service's numbered migrations (idempotent). */
export async function migrateRegistrationDatabase(database: Database): Promise<void> {
  const options = { migrationsFolder, ...REGISTRATION_MIGRATIONS };
  if (database.kind === 'postgres') {
    await migratePg(database.db as unknown as Parameters<typeof migratePg>[0], options);
  } else {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], options);
  }
}
