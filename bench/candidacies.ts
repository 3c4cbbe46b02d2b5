// `npm run bench:candidacies`: on a fresh database per engine (PGlite in memory, and PostgreSQL
// when BENCH_DATABASE_URL is set; BENCH_ENGINES picks), migrated from code with the reference
// data loaded:
//   1. BENCH_APPLY (default 1,000) applicants post "Je postule" to one offer at once, through the
//      HTTP route: wall time, p50/p95/p99 latency, and correctness (candidacy-apply.ts);
//   2. an offer with BENCH_CLOSE (default 10,000) candidacies is closed after its deadline: time
//      to the frozen ranking, to the shortlist of 5, to the end of the closing; correctness and
//      idempotence (candidacy-close.ts).
// Prints a table (and writes .tmp/bench-candidacies.json); exits non-zero when a check fails.
import { mkdir, writeFile } from 'node:fs/promises';
import { migrateDatabase } from '../src/db/database.js';
import { loadReferenceData } from '../src/modules/territory/reference-data.js';
import { benchApply, type ApplyResult } from './candidacy-apply.js';
import { benchClose, type CloseResult } from './candidacy-close.js';
import { BenchClock } from './candidacy-setup.js';
import {
  benchEngines,
  benchPlatform,
  envNumber,
  msSince,
  openPgliteBench,
  openPostgresBench,
  type BenchEngine,
} from './platform.js';

const APPLY = envNumber('BENCH_APPLY', 1_000);
const CLOSE = envNumber('BENCH_CLOSE', 10_000);
const log = (m: string) => console.log(`  ${m}`);

type EngineResult = { engine: BenchEngine; apply: ApplyResult; close: CloseResult };

async function runEngine(engine: BenchEngine): Promise<EngineResult> {
  console.log(`\n${engine}: ${APPLY} applications at once, closing ${CLOSE} candidacies`);
  const t0 = process.hrtime.bigint();
  const target =
    engine === 'postgres'
      ? await openPostgresBench(`alin_bench_candidacies_${process.pid}`, false)
      : await openPgliteBench();
  await migrateDatabase(target.database);
  await loadReferenceData(target.database.db);
  const clock = new BenchClock(new Date());
  const platform = await benchPlatform(target.database, clock);
  log(`database migrated, reference data loaded in ${(msSince(t0) / 1000).toFixed(1)} s`);
  try {
    const apply = await benchApply(platform, clock, APPLY, log);
    log(`${apply.check.ok ? 'OK' : 'FAILED'}: ${apply.check.reason}`);
    const close = await benchClose(platform, clock, CLOSE, log);
    log(`${close.check.ok ? 'OK' : 'FAILED'}: ${close.check.reason}`);
    return { engine, apply, close };
  } finally {
    await platform.stop();
    await target.drop();
  }
}

const ms = (v: number) => v.toFixed(0);
const status = (c: { ok: boolean; reason: string }) => (c.ok ? 'OK' : `FAILED: ${c.reason}`);

function printTables(results: EngineResult[]): void {
  console.log(
    '\n| engine | applications at once | wall ms | p50 ms | p95 ms | p99 ms | max ms | applications/s | correctness |\n|---|---:|---:|---:|---:|---:|---:|---:|---|',
  );
  for (const { engine, apply: a } of results)
    console.log(
      `| ${engine} | ${a.n} | ${ms(a.wallMs)} | ${ms(a.p50)} | ${ms(a.p95)} | ${ms(a.p99)} | ${ms(a.max)} | ${a.rps.toFixed(0)} | ${status(a.check)} |`,
    );
  console.log(
    '\n| engine | candidacies | ranking frozen ms | shortlist of 5 ms | closing done ms | re-run ms | correctness |\n|---|---:|---:|---:|---:|---:|---|',
  );
  for (const { engine, close: c } of results)
    console.log(
      `| ${engine} | ${c.n} | ${ms(c.frozenMs)} | ${ms(c.shortlistMs)} | ${ms(c.closedMs)} | ${ms(c.rerunMs)} | ${status(c.check)} |`,
    );
}

const results: EngineResult[] = [];
for (const engine of benchEngines()) results.push(await runEngine(engine));
printTables(results);
await mkdir('.tmp', { recursive: true });
await writeFile('.tmp/bench-candidacies.json', JSON.stringify(results, null, 2));
if (results.some((r) => !r.apply.check.ok || !r.close.check.ok)) process.exitCode = 1;
