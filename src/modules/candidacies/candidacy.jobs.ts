import type { JobHandlers, JobName } from '../../jobs/catalog.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { AppDeps } from '../../server/context.js';
import { closeDueRounds, closeRoundWhenDue } from './use-cases/closing.js';
import { rescoreOpenRounds } from './use-cases/ranking-rules.js';

type CandidacyJobName = Extract<JobName, `candidacy.${string}`>;

/** The sweep's cron (Europe/Paris): a safety net behind each round's own job scheduled at its deadline. */
export const CANDIDACY_SWEEP_CRON = '*/5 * * * *';

/** The handlers of the candidacy jobs; `deps` is read when a job runs (the queue exists before the app). */
export function candidacyJobHandlers(deps: () => AppDeps): Pick<JobHandlers, CandidacyJobName> {
  return {
    'candidacy.close_round': async ({ roundId }) => closeRoundWhenDue(deps(), roundId),
    'candidacy.close_due': async () => {
      await closeDueRounds(deps());
    },
    'candidacy.rescore': async ({ ruleVersion }) => {
      await rescoreOpenRounds(deps(), ruleVersion);
    },
  };
}

/** Schedules the recurring sweep (on the instances that run the workers). */
export async function scheduleCandidacyJobs(jobs: JobQueue): Promise<void> {
  await jobs.schedule('candidacy.close_due', CANDIDACY_SWEEP_CRON);
}
