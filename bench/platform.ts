// What the benchmarks share: the engines to run (PGlite in memory, and PostgreSQL when
// BENCH_DATABASE_URL is set), a database of their own on each, and the platform assembled on it
// without workers, logs or a registration service.
import pg from 'pg';
import { loadConfig } from '../src/config/env.js';
import { openDatabase, type Database } from '../src/db/database.js';
import type { Clock } from '../src/server/context.js';
import { assemblePlatform, type Platform } from '../src/server/runtime.js';

/** A database engine the benchmarks run on. */
export type BenchEngine = 'pglite' | 'postgres';
/** A benchmark database and how to get rid of it. */
export type BenchDatabase = { database: Database; drop(): Promise<void> };

/** A numeric setting from the environment. */
export const envNumber = (name: string, fallback: number): number =>
  Number(process.env[name] ?? fallback);

/** The engines asked for by BENCH_ENGINES (default both); PostgreSQL only with BENCH_DATABASE_URL. */
export function benchEngines(): BenchEngine[] {
  const asked = (process.env['BENCH_ENGINES'] ?? 'pglite,postgres').split(',');
  const engines: BenchEngine[] = [];
  if (asked.includes('pglite')) engines.push('pglite');
  if (asked.includes('postgres') && process.env['BENCH_DATABASE_URL']) engines.push('postgres');
  return engines;
}

async function admin(adminUrl: string, statements: string[]): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  let rows = 0;
  try {
    for (const statement of statements) rows += (await client.query(statement)).rowCount ?? 0;
  } finally {
    await client.end();
  }
  return rows;
}

/**
 * A PostgreSQL database `name` beside BENCH_DATABASE_URL: reused if `reuse` and it exists, else
 * created empty. `drop()` removes it unless BENCH_KEEP=1.
 */
export async function openPostgresBench(name: string, reuse: boolean): Promise<BenchDatabase> {
  const adminUrl = process.env['BENCH_DATABASE_URL'];
  if (!adminUrl) throw new Error('BENCH_DATABASE_URL is not set');
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const exists = await admin(adminUrl, [`select 1 from pg_database where datname = '${name}'`]);
  if (exists && !reuse) await admin(adminUrl, [`drop database ${name} with (force)`]);
  if (!exists || !reuse) await admin(adminUrl, [`create database ${name}`]);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 10 });
  return {
    database,
    // Called after the platform stopped (which closes the pool).
    async drop() {
      if (process.env['BENCH_KEEP'] !== '1')
        await admin(adminUrl, [`drop database if exists ${name} with (force)`]);
    },
  };
}

/** A fresh PGlite database in memory. */
export async function openPgliteBench(): Promise<BenchDatabase> {
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  return { database, drop: async () => undefined };
}

async function unavailable(): Promise<never> {
  throw new Error('no registration service in the benchmark');
}

/** The platform on a benchmark database (no workers, no logs, rate limits out of the way). */
export async function benchPlatform(database: Database, clock?: Clock): Promise<Platform> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    RATE_LIMIT_PER_MINUTE: '10000000',
  });
  return assemblePlatform(config, {
    database,
    ...(clock ? { clock } : {}),
    workers: false,
    migrate: false,
    logger: false,
    registration: {
      publicUrl: 'http://registration.invalid',
      requestImportCode: unavailable,
      verifyImportCode: unavailable,
      fetchApplication: unavailable,
    },
  });
}

/** Milliseconds elapsed since `t0` (from process.hrtime.bigint()). */
export function msSince(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
