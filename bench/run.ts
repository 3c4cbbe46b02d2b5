// `npm run bench`: generates N offers and M applicant files (BENCH_OFFERS, default 50,000;
// BENCH_FILES, default 200,000; BENCH_PG_FILES for PostgreSQL, default BENCH_FILES), then times
// the eligible search, the showcase search, the offer page and a bare endpoint doing one indexed
// query, through app.inject, on PGlite and — when BENCH_DATABASE_URL is set — on PostgreSQL.
// Sequential requests, BENCH_REQUESTS per scenario (default 500) within BENCH_SECONDS (default 30).
// BENCH_ENGINES=pglite,postgres picks the engines; BENCH_KEEP=1 keeps (and reuses) the PostgreSQL
// database `alin_bench_<offers>_<files>` between runs.
// No thresholds: the figures are printed (and written to .tmp/bench-results.json).
import { mkdir, writeFile } from 'node:fs/promises';
import { migrateDatabase } from '../src/db/database.js';
import type { Platform } from '../src/server/runtime.js';
import { generateBenchData } from './generate.js';
import {
  benchEngines,
  benchPlatform,
  envNumber as env,
  openPgliteBench,
  openPostgresBench,
  type BenchEngine,
} from './platform.js';
import { addBareRoute, benchScenarios, prepareSessions, type Scenario } from './scenarios.js';
import { percentiles } from './random.js';

const OFFERS = env('BENCH_OFFERS', 50_000);
const FILES = env('BENCH_FILES', 200_000);
const PG_FILES = env('BENCH_PG_FILES', FILES);
const REQUESTS = env('BENCH_REQUESTS', 500);
const SECONDS = env('BENCH_SECONDS', 30);
const WARMUP = env('BENCH_WARMUP', 25);
const log = (m: string) => console.log(`  ${m}`);

type Result = {
  engine: string;
  offers: number;
  files: number;
  scenario: string;
  n: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  rps: number;
};

async function measure(
  platform: Platform,
  scenario: Scenario,
): Promise<Omit<Result, 'engine' | 'offers' | 'files'>> {
  for (let i = 0; i < WARMUP; i += 1) await platform.app.inject(scenario.request(i));
  const durations: number[] = [];
  let errors = 0;
  const deadline = Date.now() + SECONDS * 1000;
  const started = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS && Date.now() < deadline; i += 1) {
    const t0 = process.hrtime.bigint();
    const response = await platform.app.inject(scenario.request(WARMUP + i));
    durations.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (response.statusCode !== 200) {
      errors += 1;
      if (errors === 1)
        console.error(`  ${scenario.name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    }
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    scenario: scenario.name,
    errors,
    ...percentiles(durations),
    rps: durations.length / elapsed,
  };
}

async function runEngine(engine: BenchEngine, files: number): Promise<Result[]> {
  console.log(`\n${engine}: ${OFFERS} offers, ${files} applicant files`);
  const target =
    engine === 'postgres'
      ? await openPostgresBench(`alin_bench_${OFFERS}_${files}`, true)
      : await openPgliteBench();
  const { database } = target;
  await migrateDatabase(database);
  const communes = await generateBenchData(database.db, { offers: OFFERS, files }, new Date(), log);
  const platform = await benchPlatform(database);
  const results: Result[] = [];
  try {
    addBareRoute(platform);
    const sessions = await prepareSessions(platform, 20);
    for (const scenario of await benchScenarios(platform, sessions, communes)) {
      const result = { engine, offers: OFFERS, files, ...(await measure(platform, scenario)) };
      results.push(result);
      log(
        `${result.scenario.padEnd(58)} p50 ${result.p50.toFixed(1)} ms  p95 ${result.p95.toFixed(1)} ms  p99 ${result.p99.toFixed(1)} ms  (${result.n} req, ${result.errors} errors)`,
      );
    }
  } finally {
    await platform.stop();
    await target.drop();
  }
  return results;
}

const results: Result[] = [];
for (const engine of benchEngines())
  results.push(...(await runEngine(engine, engine === 'postgres' ? PG_FILES : FILES)));
console.log(
  '\n| engine | offers | files | scenario | p50 ms | p95 ms | p99 ms | req/s |\n|---|---:|---:|---|---:|---:|---:|---:|',
);
for (const r of results)
  console.log(
    `| ${r.engine} | ${r.offers} | ${r.files} | ${r.scenario} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} |`,
  );
await mkdir('.tmp', { recursive: true });
await writeFile('.tmp/bench-results.json', JSON.stringify(results, null, 2));
if (results.some((r) => r.errors > 0)) process.exitCode = 1;
