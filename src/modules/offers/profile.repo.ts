// Storage of the eligibility profiles and of the per-offer eligible-applicant counts. Counts move
// only under one advisory lock (per transaction), so a full count and the +1/−1 of a changed file
// never interleave.
import { and, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { eligibilityProfiles, offerJobCursors, offers } from '../../db/schema/index.js';
import { keysOfMask, type EligibilityProfile } from './eligibility-profile.js';

/** A stored profile. */
export type ProfileRow = typeof eligibilityProfiles.$inferSelect;

const COUNTS_LOCK = 74_201_001;

/** Serialises every change of the eligible-applicant counts (call first in the transaction). */
export async function lockCounts(q: Queryable): Promise<void> {
  await q.execute(sql`select pg_advisory_xact_lock(${COUNTS_LOCK})`);
}

/** The stored profile of a file, if any. */
export async function findProfile(q: Queryable, fileId: string): Promise<ProfileRow | null> {
  const [row] = await q
    .select()
    .from(eligibilityProfiles)
    .where(eq(eligibilityProfiles.fileId, fileId))
    .limit(1);
  return row ?? null;
}

/** Inserts or replaces a file's profile. */
export async function saveProfile(q: Queryable, row: ProfileRow): Promise<void> {
  const { fileId: _fileId, ...rest } = row;
  await q
    .insert(eligibilityProfiles)
    .values(row)
    .onConflictDoUpdate({ target: eligibilityProfiles.fileId, set: rest });
}

/** Forgets a file's profile. */
export async function deleteProfile(q: Queryable, fileId: string): Promise<void> {
  await q.delete(eligibilityProfiles).where(eq(eligibilityProfiles.fileId, fileId));
}

/** Adds `delta` to the count of every published offer the profile admits. */
export async function shiftCounts(
  q: Queryable,
  profile: EligibilityProfile,
  delta: 1 | -1,
): Promise<void> {
  const keys = keysOfMask(profile.keyMask);
  if (keys.length === 0) return;
  await q.execute(sql`
    update offers set eligible_applicants = greatest(eligible_applicants + ${delta}, 0)
    where status = 'published'
      and eligibility_key in (${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )})
      and typology_rank between ${profile.typologyMin} and ${profile.typologyMax}
      and total_cents <= ${profile.maxTotalCents}`);
}

/** Counts the profiles that admit an offer (a full count over the profiles: jobs only). */
export async function countAdmitting(
  q: Queryable,
  offer: { eligibilityKey: number | null; typologyRank: number; totalCents: number },
): Promise<number> {
  if (offer.eligibilityKey === null) return 0;
  const result = (await q.execute(sql`
    select count(*)::int as n from eligibility_profiles
    where (key_mask & ${1 << offer.eligibilityKey}) <> 0
      and typology_min <= ${offer.typologyRank} and typology_max >= ${offer.typologyRank}
      and max_total_cents >= ${offer.totalCents}`)) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
}

/** Stores an offer's count. */
export async function setCount(q: Queryable, offerId: string, n: number, now: Date): Promise<void> {
  await q
    .update(offers)
    .set({ eligibleApplicants: n, eligibleCountedAt: now })
    .where(and(eq(offers.id, offerId), eq(offers.status, 'published')));
}

/** Stores many offers' counts at once. */
export async function setCounts(
  q: Queryable,
  counts: { id: string; n: number }[],
  now: Date,
): Promise<void> {
  for (let i = 0; i < counts.length; i += 5_000) {
    const json = JSON.stringify(counts.slice(i, i + 5_000));
    await q.execute(sql`
      update offers o set eligible_applicants = v.n, eligible_counted_at = ${now.toISOString()}::timestamptz
      from jsonb_to_recordset(${json}::jsonb) as v(id uuid, n int) where o.id = v.id`);
  }
}

/** A job's progress mark. */
export async function readCursor(q: Queryable, name: string): Promise<Date | null> {
  const [row] = await q
    .select()
    .from(offerJobCursors)
    .where(eq(offerJobCursors.name, name))
    .limit(1);
  return row?.position ?? null;
}

/** Moves a job's progress mark. */
export async function writeCursor(q: Queryable, name: string, position: Date): Promise<void> {
  await q
    .insert(offerJobCursors)
    .values({ name, position })
    .onConflictDoUpdate({ target: offerJobCursors.name, set: { position } });
}
