import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';

/** The Drizzle schema of the platform. */
export type Schema = typeof schema;
/** A typed database handle, the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle: repositories accept either a Db or a Tx. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a repository can run a query on. */
export type Queryable = Db | Tx;

/** Minimal raw-SQL executor (the shape pg-boss expects for its `db` option). */
export type SqlExecutor = {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
};

/** The platform's connection to its database, whichever engine is behind it. */
export type Database = {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Raw executor on the main connection (runs outside any application transaction). */
  raw: SqlExecutor;
  /** PGlite only: a snapshot of the whole data folder (used to clone test databases). */
  dump?: () => Promise<Blob>;
  close(): Promise<void>;
};

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Where the database lives: a PostgreSQL URL, a PGlite data folder, or PGlite in memory. */
export type DatabaseTarget =
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob };

/** Opens the database (does not migrate). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      application_name: 'alin',
    });
    // An idle connection the server drops (restart, failover) must not crash the process: the
    // pool replaces it on the next query, which reports any lasting problem to its caller.
    pool.on('error', (error) => console.error(`database: idle connection lost (${error.message})`));
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      kind: 'postgres',
      db,
      raw: {
        executeSql: async (text, values) => {
          const result = await pool.query(text, values);
          return { rows: result.rows as unknown[] };
        },
      },
      close: () => pool.end(),
    };
  }
  if (target.dataDir) await mkdir(target.dataDir, { recursive: true });
  const client = await PGlite.create({
    // The extensions migrations may create must be loaded into the WASM build up front.
    extensions: { unaccent },
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    raw: {
      executeSql: async (text, values) => {
        // PGlite's query() takes one statement; pg-boss sends multi-statement scripts without values.
        if (!values || values.length === 0) {
          const results = await client.exec(text);
          return { rows: (results.at(-1)?.rows ?? []) as unknown[] };
        }
        const result = await client.query(text, values);
        return { rows: result.rows as unknown[] };
      },
    },
    dump: async () => {
      const file = await client.dumpDataDir('gzip');
      return file;
    },
    close: () => client.close(),
  };
}

/** Applies the numbered migrations (idempotent). */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'postgres') {
    await migratePg(database.db as unknown as Parameters<typeof migratePg>[0], {
      migrationsFolder,
    });
  } else {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], {
      migrationsFolder,
    });
  }
}

/** An executor that runs raw SQL inside a Drizzle transaction (used to enqueue jobs atomically). */
export function executorFor(q: Queryable): SqlExecutor {
  return {
    executeSql: async (text, values = []) => {
      const result = (await q.execute(toSql(text, values))) as unknown as { rows: unknown[] };
      return { rows: result.rows };
    },
  };
}

/** Turns `$1`-style SQL text and its values into a Drizzle SQL object. */
function toSql(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    const index = Number(match[1]) - 1;
    chunks.push(sql.raw(text.slice(last, match.index)));
    chunks.push(sql`${values[index] ?? null}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks, sql.raw(''));
}
