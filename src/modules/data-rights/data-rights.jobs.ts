import type { Config } from '../../config/env.js';
import type { JobHandlers } from '../../jobs/catalog.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { AppDeps } from '../../server/context.js';
import { purgeStruckOffFiles } from './use-cases/purge-struck-off.js';

/** Handlers of the personal-data jobs (the dependencies are read when a job runs). */
export function dataRightsJobHandlers(
  deps: () => AppDeps,
): Pick<JobHandlers, 'data.purge_struck_off'> {
  return {
    'data.purge_struck_off': async () => {
      await purgeStruckOffFiles(deps());
    },
  };
}

/** Schedules the daily purge of files struck off over a year ago (PURGE_CRON, Paris time). */
export async function scheduleDataRightsJobs(
  jobs: JobQueue,
  config: Pick<Config, 'PURGE_CRON'>,
): Promise<void> {
  await jobs.schedule('data.purge_struck_off', config.PURGE_CRON);
}
