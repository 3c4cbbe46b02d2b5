import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../../src/db/database.js';
import { createJobQueue } from '../../src/jobs/queue.js';
import { loadReferenceData } from '../../src/modules/territory/reference-data.js';

const TMP = path.resolve('.tmp');

/** Where the migrated template lives for this run (set by the global setup). */
export type TemplateRef =
  { kind: 'pglite'; file: string } | { kind: 'postgres'; adminUrl: string; template: string };

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function prepareSchema(database: Database): Promise<void> {
  await migrateDatabase(database);
  await loadReferenceData(database.db);
  const jobs = await createJobQueue(database.raw, { 'mail.send': async () => undefined }, console, {
    maintenance: false,
  });
  await jobs.stop();
}

/** Migrates a template database once per test run (PGlite dump file or PostgreSQL template). */
export async function createTemplate(): Promise<TemplateRef> {
  const adminUrl = process.env['TEST_DATABASE_URL'];
  if (adminUrl) {
    const template = `alin_tpl_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const database = await openDatabase({
      kind: 'postgres',
      url: withDatabase(adminUrl, template),
      poolSize: 2,
    });
    await prepareSchema(database);
    await database.close();
    return { kind: 'postgres', adminUrl, template };
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  await prepareSchema(database);
  const dump = await database.dump?.();
  await database.close();
  if (!dump) throw new Error('PGlite dump unavailable');
  await mkdir(TMP, { recursive: true });
  const file = path.join(TMP, `template-${process.pid}-${randomBytes(3).toString('hex')}.tar.gz`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return { kind: 'pglite', file };
}

/** Drops the template at the end of the run (the PGlite dump file or the PostgreSQL database). */
export async function dropTemplate(ref: TemplateRef): Promise<void> {
  if (ref.kind === 'pglite') {
    await rm(ref.file, { force: true });
    return;
  }
  const admin = new pg.Client({ connectionString: ref.adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${ref.template} WITH (FORCE)`);
  await admin.end();
}

/** A fresh database cloned from the template, dropped by `close()`. */
export async function cloneTemplate(ref: TemplateRef): Promise<Database> {
  if (ref.kind === 'pglite') {
    const bytes = await readFile(ref.file);
    return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: new Blob([bytes]) });
  }
  const name = `alin_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ref.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${ref.template}`);
  await admin.end();
  const database = await openDatabase({
    kind: 'postgres',
    url: withDatabase(ref.adminUrl, name),
    poolSize: 5,
  });
  return {
    ...database,
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: ref.adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
