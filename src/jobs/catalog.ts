import type { MailJob } from '../mail/templates.js';

/** Every background job of the platform and the data it carries. */
export type JobCatalog = {
  'mail.send': MailJob;
  /** Daily: erases the files whose application was struck off more than a year ago (DOMAIN.md §2). */
  'data.purge_struck_off': Record<string, never>;
  /** Count the applicants eligible to a just-published (or changed) offer. */
  'offers.count_eligible': { offerId: string };
  /** Recompute an applicant file's eligibility profile and move the offers' counts. */
  'offers.file_changed': { fileId: string };
  /** Every few minutes: pick up the applicant files changed since the last sweep. */
  'offers.sweep_files': Record<string, never>;
  /** Nightly: close offers past their deadline, drop or recompute stale eligibility profiles. */
  'offers.nightly': Record<string, never>;
  /** Find the alerts a just-published offer matches (owner eligible) and e-mail or queue them. */
  'alerts.offer_published': { offerId: string };
  /** Daily: send the digest of each daily alert's new offers. */
  'alerts.daily_digest': Record<string, never>;
  /** At an offer's deadline (startAfter): close its allocation round, freeze the ranking, draw the shortlist. */
  'candidacy.close_round': { roundId: string };
  /** Every few minutes, and on demand: close every round whose offer's deadline passed (injected clock). */
  'candidacy.close_due': Record<string, never>;
  /** After a change of the ranking rule: rescore the candidacies of the rounds still open. */
  'candidacy.rescore': { ruleVersion: number };
};

/** The name of a job. */
export type JobName = keyof JobCatalog;

/** Every job name, in the order queues are created. */
export const JOB_NAMES: readonly JobName[] = [
  'mail.send',
  'data.purge_struck_off',
  'offers.count_eligible',
  'offers.file_changed',
  'offers.sweep_files',
  'offers.nightly',
  'alerts.offer_published',
  'alerts.daily_digest',
  'candidacy.close_round',
  'candidacy.close_due',
  'candidacy.rescore',
];

/** A function that performs one job; throwing makes pg-boss retry it later. */
export type JobHandlers = { [N in JobName]: (data: JobCatalog[N]) => Promise<void> };
