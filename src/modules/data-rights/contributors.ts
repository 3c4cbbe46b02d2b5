import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { candidacies } from '../../db/schema/candidacies.js';
import type { AppDeps } from '../../server/context.js';
import {
  candidaciesExportOf,
  countSentCandidacies,
  type CandidacyExport,
} from '../candidacies/personal-data.js';
import { eraseUnsentCandidacies } from './candidacies-erasure.js';

/** What a contributor erases with: the transaction, the time and the platform (jobs, mails). */
export type ErasureContext = { deps: AppDeps; tx: Queryable; now: Date };

/**
 * A feature that holds personal data outside the tables this module knows: it adds its section to
 * the data export, and says what it erases or keeps when an account is deleted or a file purged.
 * Listed explicitly below, no autoloading.
 */
export type PersonalDataContributor<Section = unknown> = {
  /** The key of its section in the JSON export. */
  name: string;
  /** Its data about the user, as the user may read it. */
  exportFor(q: Queryable, userId: string): Promise<Section>;
  /**
   * Called in the deletion transaction before the account is erased: erases what may be erased
   * and detaches (pseudonymises) what the law requires to keep, e.g. candidacies already sent to
   * a landlord. Returns how many records are kept and erased.
   */
  beforeAccountDeletion(
    ctx: ErasureContext,
    userId: string,
  ): Promise<{ kept: number; erased: number }>;
  /** Called in the purge transaction before a file struck off over a year ago is erased. */
  beforeFilePurge(ctx: ErasureContext, fileId: string): Promise<void>;
  /** How many of the user's records would be kept on deletion (shown before confirming). */
  keptOnDeletion(q: Queryable, userId: string): Promise<number>;
};

/**
 * Candidacies: those sent to a landlord are kept (detached from the account and file by the
 * database), the others are erased, an active one being cancelled first (candidacies-erasure.ts).
 */
const candidaciesContributor = {
  name: 'candidacies' as const,
  exportFor: candidaciesExportOf,
  async beforeAccountDeletion(ctx, userId) {
    const where = eq(candidacies.applicantUserId, userId);
    const erased = await eraseUnsentCandidacies(ctx, where, 'account_deleted');
    return { kept: await countSentCandidacies(ctx.tx, userId), erased };
  },
  async beforeFilePurge(ctx, fileId) {
    await eraseUnsentCandidacies(ctx, eq(candidacies.fileId, fileId), 'file_purged');
  },
  keptOnDeletion: countSentCandidacies,
} satisfies PersonalDataContributor<CandidacyExport[]>;

/** Every contributor, in export order. */
export const PERSONAL_DATA_CONTRIBUTORS = [candidaciesContributor] as const;

/** The sections the contributors add to the export, by name (typed, for the PDF). */
export type ContributedSections = {
  [C in (typeof PERSONAL_DATA_CONTRIBUTORS)[number] as C['name']]: Awaited<
    ReturnType<C['exportFor']>
  >;
};
