import type { JobHandlers, JobName } from '../../jobs/catalog.js';
import type { JobQueue } from '../../jobs/queue.js';
import type { AppDeps } from '../../server/context.js';
import {
  countEligibleApplicants,
  profileContext,
  refreshFileProfile,
  refreshStaleProfiles,
  sweepChangedFiles,
} from './use-cases/eligibility-jobs.js';
import { closeExpiredOffers } from './use-cases/lifecycle.js';

type OfferJobName = Extract<JobName, `offers.${string}`>;

/** The recurring offer and alert jobs and their cron (Europe/Paris). */
export const OFFER_SCHEDULES: Readonly<
  Record<'offers.sweep_files' | 'offers.nightly' | 'alerts.daily_digest', string>
> = {
  'offers.sweep_files': '*/5 * * * *',
  'offers.nightly': '10 0 * * *',
  'alerts.daily_digest': '0 7 * * *',
};

/** The handlers of the offer jobs; `deps` is read when a job runs (the queue exists before the app). */
export function offerJobHandlers(deps: () => AppDeps): Pick<JobHandlers, OfferJobName> {
  return {
    'offers.count_eligible': async ({ offerId }) => {
      const d = deps();
      await countEligibleApplicants(d.database.db, offerId, d.clock.now());
    },
    'offers.file_changed': async ({ fileId }) => {
      const d = deps();
      await refreshFileProfile(d.database.db, fileId, await profileContext(d));
    },
    'offers.sweep_files': async () => {
      await sweepChangedFiles(deps());
    },
    'offers.nightly': async () => {
      const d = deps();
      await closeExpiredOffers(d.database.db, d.clock.now());
      await refreshStaleProfiles(d);
      // PGlite has no autovacuum: keep the visibility map fresh for the index-only searches.
      if (d.database.kind === 'pglite')
        await d.database.raw.executeSql('vacuum (analyze) offers, eligibility_profiles');
    },
  };
}

/** Schedules the recurring offer and alert jobs (on the instances that run the workers). */
export async function scheduleOfferJobs(jobs: JobQueue): Promise<void> {
  for (const [name, cron] of Object.entries(OFFER_SCHEDULES))
    await jobs.schedule(name as JobName, cron);
}
