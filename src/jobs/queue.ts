import { setTimeout as delay } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { executorFor, type Queryable, type SqlExecutor } from '../db/database.js';
import { JOB_NAMES, type JobCatalog, type JobHandlers, type JobName } from './catalog.js';

/** Options for one enqueued job. */
export type EnqueueOptions = { startAfter?: Date; singletonKey?: string };

/** The durable job queue (pg-boss on the platform's own database). */
export type JobQueue = {
  /** Adds a job inside the caller's transaction: it exists only if the transaction commits. */
  enqueue<N extends JobName>(
    q: Queryable,
    name: N,
    data: JobCatalog[N],
    options?: EnqueueOptions,
  ): Promise<void>;
  /** Starts workers that poll for jobs (not used by tests, which call drain). */
  startWorkers(pollSeconds: number): Promise<void>;
  /** Runs a job every day (or as the cron says), in metropolitan time; replaces an earlier schedule of the name. */
  schedule(name: JobName, cron: string): Promise<void>;
  /** Runs every job that is due now, one by one, and returns how many ran. */
  drain(): Promise<number>;
  /** Reports whether the queue answers. */
  isHealthy(): Promise<boolean>;
  stop(): Promise<void>;
};

/** Retry policy shared by every queue: a few attempts with exponential back-off. */
const RETRY = { retryLimit: 5, retryDelay: 10, retryBackoff: true } as const;

/**
 * Creates the pg-boss schema and queues if needed and returns the queue. The platform passes every
 * handler; a caller that only prepares the schema (the test template) may pass fewer.
 */
export async function createJobQueue(
  raw: SqlExecutor,
  handlers: Partial<JobHandlers>,
  log: { error(obj: unknown, msg: string): void },
  options: { maintenance: boolean },
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: raw as PgBoss.Db,
    schema: 'pgboss',
    supervise: options.maintenance,
    schedule: options.maintenance,
  });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  for (const name of JOB_NAMES) {
    if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, ...RETRY });
  }

  async function run<N extends JobName>(name: N, data: JobCatalog[N]): Promise<void> {
    const handler = handlers[name] as JobHandlers[N] | undefined;
    if (!handler) throw new Error(`no handler for job ${name}`);
    await handler(data);
  }

  /**
   * Runs one fetched job and records its outcome, awaited: pg-boss 10's own `work()` loop does not
   * await the completion it records, so a completion failing (database gone at shutdown, network)
   * became an unhandled rejection, and `stop()` could close the pool under it.
   */
  async function settle<N extends JobName>(name: N, job: PgBoss.Job<JobCatalog[N]>) {
    try {
      await run(name, job.data);
      await boss.complete(name, job.id);
    } catch (error) {
      log.error({ err: error, job: name }, 'job failed');
      await boss
        .fail(name, job.id, { message: String(error) })
        .catch((failError: unknown) =>
          log.error({ err: failError, job: name }, 'job not recorded'),
        );
    }
  }

  let stopping = false;
  const loops: Promise<void>[] = [];
  const sleeps = new Set<AbortController>();

  /** Waits `ms`, or less when the queue stops. */
  async function pause(ms: number): Promise<void> {
    const controller = new AbortController();
    sleeps.add(controller);
    await delay(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    sleeps.delete(controller);
  }

  /** One queue's worker: fetches a job, runs it, and polls again after a pause when idle. */
  async function work(name: JobName, pollMs: number): Promise<void> {
    while (!stopping) {
      let ran = false;
      try {
        const [job] = await boss.fetch<JobCatalog[typeof name]>(name, { batchSize: 1 });
        if (job) {
          ran = true;
          await settle(name, job);
        }
      } catch (error) {
        log.error({ err: error, job: name }, 'job queue fetch failed');
      }
      if (!ran && !stopping) await pause(pollMs);
    }
  }

  return {
    async enqueue(q, name, data, opts = {}) {
      await boss.send(name, data as object, {
        ...RETRY,
        ...(opts.startAfter ? { startAfter: opts.startAfter } : {}),
        ...(opts.singletonKey ? { singletonKey: opts.singletonKey } : {}),
        db: executorFor(q) as PgBoss.Db,
      });
    },
    async startWorkers(pollSeconds) {
      for (const name of JOB_NAMES) loops.push(work(name, pollSeconds * 1000));
    },
    async schedule(name, cron) {
      await boss.schedule(name, cron, {}, { tz: 'Europe/Paris' });
    },
    async drain() {
      let count = 0;
      for (;;) {
        let ranThisRound = 0;
        for (const name of JOB_NAMES) {
          const jobs = await boss.fetch<JobCatalog[typeof name]>(name, { batchSize: 10 });
          for (const job of jobs) {
            await settle(name, job);
            ranThisRound += 1;
          }
        }
        count += ranThisRound;
        if (ranThisRound === 0) return count;
      }
    },
    async isHealthy() {
      try {
        await boss.getQueue(JOB_NAMES[0] ?? 'mail.send');
        return true;
      } catch {
        return false;
      }
    },
    async stop() {
      // The workers finish the job in hand (up to 5 s; a later outcome is still caught and logged).
      stopping = true;
      for (const sleep of sleeps) sleep.abort();
      const grace = new AbortController();
      await Promise.race([
        Promise.all(loops),
        delay(5000, undefined, { signal: grace.signal }).catch(() => undefined),
      ]);
      grace.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
