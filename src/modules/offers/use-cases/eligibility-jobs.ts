// The jobs that keep the eligible-applicant count of each published offer (issue 4: "maintained
// incrementally or by jobs, never a full scan per request"):
// - when an offer is published (or its eligibility fields change): one count over the profiles;
// - when an applicant file changes (validated, refused, sent back, refreshed, struck off): the
//   applicant-file use case enqueues `offers.file_changed` in its transaction; the job recomputes
//   the profile and moves the offers it admitted / admits now by −1 / +1;
// - when a file is deleted, its profile is retracted in the deleting transaction (the profile row
//   goes with the file, so no job could find it afterwards);
// - every few minutes, a sweep picks up the files changed since the last sweep: the safety net for
//   a change whose job was lost or a file changed outside the use cases. The job and the sweep
//   apply the same idempotent step (compare the stored profile with the file's, under the counts
//   lock), so a change seen by both is counted once;
// - every night: profiles of expired applications are dropped, and when the ceilings, the factor
//   or the year change every profile is recomputed and every count redone in memory.
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../../db/database.js';
import { applicantFiles, eligibilityProfiles, offers } from '../../../db/schema/index.js';
import { applicationValidity } from '../../../domain/applicant-file/validity.js';
import type { CeilingTable } from '../../../domain/eligibility/ceilings.js';
import type { AppDeps } from '../../../server/context.js';
import { loadCeilingTable } from '../../ceilings/ceilings.repo.js';
import {
  eligibilityProfile,
  profileBasis,
  type EligibilityProfile,
} from '../eligibility-profile.js';
import {
  countAdmitting,
  deleteProfile,
  findProfile,
  lockCounts,
  readCursor,
  saveProfile,
  setCount,
  shiftCounts,
  writeCursor,
  type ProfileRow,
} from '../profile.repo.js';
import { recountAllOffers } from './recount.js';

type FileRow = typeof applicantFiles.$inferSelect;
/** What profiles are computed with (loaded once per job run). */
export type ProfileContext = { ceilings: CeilingTable; factor: number; now: Date; basis: string };

/** Enqueues the count of an offer's eligible applicants (in the caller's transaction). */
export async function enqueueEligibleCount(
  deps: AppDeps,
  q: Queryable,
  offerId: string,
): Promise<void> {
  await deps.jobs.enqueue(q, 'offers.count_eligible', { offerId });
}

/** Enqueues the recomputation of a file's profile (the applicant-file use cases call it, in their transaction, when a file's status or application changes). */
export async function enqueueFileEligibility(
  deps: AppDeps,
  q: Queryable,
  fileId: string,
): Promise<void> {
  await deps.jobs.enqueue(q, 'offers.file_changed', { fileId });
}

/** Loads what profiles are computed with. */
export async function profileContext(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
): Promise<ProfileContext> {
  const ceilings = await loadCeilingTable(deps.database.db);
  const now = deps.clock.now();
  const factor = deps.config.AFFORDABILITY_FACTOR;
  return { ceilings, factor, now, basis: profileBasis(ceilings, factor, now) };
}

/** The profile row a file should have now, or null when it is not validated or not active. */
export function profileRowOf(file: FileRow, ctx: ProfileContext): ProfileRow | null {
  if (file.status !== 'validated') return null;
  const validity = applicationValidity(file.snapshot, ctx.now);
  if (validity.state !== 'active' && validity.state !== 'expiring_soon') return null;
  const profile = eligibilityProfile(file.snapshot, ctx.ceilings, ctx.factor, ctx.now);
  return {
    fileId: file.id,
    userId: file.userId,
    ...profile,
    validUntil: validity.validUntil,
    basis: ctx.basis,
    fileUpdatedAt: file.updatedAt,
    computedAt: ctx.now,
  };
}

const sameCriteria = (a: EligibilityProfile | null, b: EligibilityProfile | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.keyMask === b.keyMask &&
    a.typologyMin === b.typologyMin &&
    a.typologyMax === b.typologyMax &&
    a.maxTotalCents === b.maxTotalCents);

/**
 * Recomputes one file's profile and moves the counts of the offers it concerns, if its criteria
 * changed. Idempotent: the file is read after taking the counts lock, so whichever of the job and
 * the sweep runs last compares the latest file with the profile the other one stored.
 */
export async function refreshFileProfile(
  db: Db,
  fileId: string,
  ctx: ProfileContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCounts(tx);
    const [file] = await tx
      .select()
      .from(applicantFiles)
      .where(eq(applicantFiles.id, fileId))
      .limit(1);
    const next = file ? profileRowOf(file, ctx) : null;
    const previous = await findProfile(tx, fileId);
    if (!sameCriteria(previous, next)) {
      if (previous) await shiftCounts(tx, previous, -1);
      if (next) await shiftCounts(tx, next, 1);
    }
    if (next) await saveProfile(tx, next);
    else if (previous) await deleteProfile(tx, fileId);
  });
}

/**
 * Takes a file about to be deleted out of the counts, in the deleting transaction: its profile
 * would go with the file (foreign key), leaving the offers it admitted counted one too many.
 */
export async function retractFileProfile(q: Queryable, fileId: string): Promise<void> {
  await lockCounts(q);
  const previous = await findProfile(q, fileId);
  if (!previous) return;
  await shiftCounts(q, previous, -1);
  await deleteProfile(q, fileId);
}

/** Counts the applicants eligible to a published offer. */
export async function countEligibleApplicants(db: Db, offerId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCounts(tx);
    const [offer] = await tx
      .select({
        eligibilityKey: offers.eligibilityKey,
        typologyRank: offers.typologyRank,
        totalCents: offers.totalCents,
        status: offers.status,
      })
      .from(offers)
      .where(eq(offers.id, offerId))
      .limit(1);
    if (!offer || offer.status !== 'published') return;
    await setCount(tx, offerId, await countAdmitting(tx, offer), now);
  });
}

const SWEEP_CURSOR = 'applicant_files';
const SWEEP_OVERLAP_MS = 10 * 60_000;

/** Recomputes the profiles of the files changed since the last sweep (overlapping a little: late commits). */
export async function sweepChangedFiles(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
): Promise<number> {
  const { db } = deps.database;
  const ctx = await profileContext(deps);
  const cursor = await readCursor(db, SWEEP_CURSOR);
  let after = {
    at: new Date((cursor?.getTime() ?? 0) - SWEEP_OVERLAP_MS),
    id: '00000000-0000-0000-0000-000000000000',
  };
  let processed = 0;
  for (;;) {
    const batch = await db
      .select({ id: applicantFiles.id, updatedAt: applicantFiles.updatedAt })
      .from(applicantFiles)
      .where(
        or(
          gt(applicantFiles.updatedAt, after.at),
          and(eq(applicantFiles.updatedAt, after.at), gt(applicantFiles.id, after.id)),
        ),
      )
      .orderBy(asc(applicantFiles.updatedAt), asc(applicantFiles.id))
      .limit(500);
    for (const file of batch) await refreshFileProfile(db, file.id, ctx);
    processed += batch.length;
    const last = batch.at(-1);
    if (!last) break;
    after = { at: last.updatedAt, id: last.id };
    if (!cursor || last.updatedAt > cursor) await writeCursor(db, SWEEP_CURSOR, last.updatedAt);
  }
  return processed;
}

/** Nightly: drops profiles of expired applications; redoes every profile and count when the basis changed. */
export async function refreshStaleProfiles(
  deps: Pick<AppDeps, 'database' | 'clock' | 'config'>,
): Promise<{ expired: number; recomputed: number }> {
  const { db } = deps.database;
  const ctx = await profileContext(deps);
  const today = ctx.now.toISOString().slice(0, 10);
  const expired = await db
    .select({ fileId: eligibilityProfiles.fileId })
    .from(eligibilityProfiles)
    .where(sql`${eligibilityProfiles.validUntil} < ${today}`);
  for (const row of expired) await refreshFileProfile(db, row.fileId, ctx);
  let recomputed = 0;
  for (;;) {
    const stale = await db
      .select()
      .from(applicantFiles)
      .innerJoin(eligibilityProfiles, eq(eligibilityProfiles.fileId, applicantFiles.id))
      .where(sql`${eligibilityProfiles.basis} <> ${ctx.basis}`)
      .limit(500);
    if (stale.length === 0) break;
    await db.transaction(async (tx) => {
      await lockCounts(tx);
      for (const { applicant_files: file } of stale) {
        const next = profileRowOf(file, ctx);
        if (next) await saveProfile(tx, next);
        else await deleteProfile(tx, file.id);
      }
    });
    recomputed += stale.length;
  }
  if (recomputed > 0) await recountAllOffers(db, ctx.now);
  return { expired: expired.length, recomputed };
}
