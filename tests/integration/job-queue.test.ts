// The job queue's workers on a real database: they run what is enqueued, record failures for a
// retry, and stop only once the outcome of the job in hand is recorded (never leaving a completion
// to land on a closed pool as an unhandled rejection).
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { createJobQueue, type JobQueue } from '../../src/jobs/queue.js';
import type { JobHandlers } from '../../src/jobs/catalog.js';
import { cloneTemplate } from '../support/template-db.js';

let database: Database;
let queue: JobQueue | null;
let closed: boolean;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
const silent = { error: () => undefined };

beforeEach(async () => {
  database = await cloneTemplate(inject('template'));
  queue = null;
  closed = false;
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(async () => {
  await queue?.stop();
  if (!closed) await database.close();
  process.off('unhandledRejection', onUnhandled);
});

/**
 * Starts workers; `slowCompletion` delays pg-boss's "completed" update, as a loaded database
 * would, so a stop that does not wait for it shows.
 */
async function start(
  handlers: Partial<JobHandlers>,
  options: { slowCompletion?: boolean } = {},
): Promise<JobQueue> {
  const raw = {
    async executeSql(text: string, values?: unknown[]) {
      if (options.slowCompletion && text.includes('completed_on = now()'))
        await new Promise((resolve) => setTimeout(resolve, 1500));
      return database.raw.executeSql(text, values);
    },
  };
  queue = await createJobQueue(raw, handlers, silent, { maintenance: false });
  await queue.startWorkers(0.5);
  return queue;
}

/** The state pg-boss recorded for the jobs of a queue. */
async function statesOf(name: string): Promise<string[]> {
  const { rows } = await database.raw.executeSql(
    'select state from pgboss.job where name = $1 order by created_on',
    [name],
  );
  return (rows as { state: string }[]).map((r) => r.state);
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting until ${what}`);
}

describe('job queue workers', () => {
  it('run an enqueued job and record it completed', async () => {
    const seen: string[] = [];
    const jobs = await start({
      'offers.count_eligible': async ({ offerId }) => void seen.push(offerId),
    });
    await jobs.enqueue(database.db, 'offers.count_eligible', { offerId: 'offer-1' });
    await until(async () => (await statesOf('offers.count_eligible'))[0] === 'completed', 'done');
    expect(seen).toEqual(['offer-1']);
  });

  it('record a failing job for a later retry, with nothing unhandled', async () => {
    let attempts = 0;
    const jobs = await start({
      'offers.count_eligible': async () => {
        attempts += 1;
        throw new Error('count unavailable');
      },
    });
    await jobs.enqueue(database.db, 'offers.count_eligible', { offerId: 'offer-2' });
    await until(async () => (await statesOf('offers.count_eligible'))[0] === 'retry', 'retry');
    expect(attempts).toBe(1);
    expect(unhandled).toEqual([]);
  });

  it('stop after recording the outcome of the job in hand, so the database can close', async () => {
    let started = false;
    let finished = false;
    const jobs = await start(
      {
        'offers.count_eligible': async () => {
          started = true;
          await new Promise((resolve) => setTimeout(resolve, 400));
          finished = true;
        },
      },
      { slowCompletion: true },
    );
    await jobs.enqueue(database.db, 'offers.count_eligible', { offerId: 'offer-3' });
    await until(async () => started, 'the job started');
    await jobs.stop();
    queue = null;
    expect(finished).toBe(true);
    expect(await statesOf('offers.count_eligible')).toEqual(['completed']);
    await database.close();
    closed = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(unhandled).toEqual([]);
  });
});
