// Recounts the eligible applicants of every published offer in one pass: the profiles are read
// once and sorted by their affordable maximum within each (financing × zone key, typology), so
// each offer's count is a binary search. Used after the ceilings change and by the benchmark's
// data generator; a per-offer count would scan the profiles once per offer.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/database.js';
import { keysOfMask } from '../eligibility-profile.js';
import { lockCounts, setCounts } from '../profile.repo.js';

type Rows<T> = { rows: T[] };

/** How many values of an ascending array are ≥ x. */
export function countAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}

/** Recounts every published offer's eligible applicants (holds the counts lock meanwhile). */
export async function recountAllOffers(db: Db, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await lockCounts(tx);
    const profiles = (await tx.execute(sql`
      select key_mask as "mask", typology_min as "min", typology_max as "max", max_total_cents as "total"
      from eligibility_profiles`)) as unknown as Rows<{
      mask: number;
      min: number;
      max: number;
      total: number;
    }>;
    const buckets = new Map<string, number[]>();
    for (const p of profiles.rows) {
      for (const key of keysOfMask(p.mask)) {
        for (let rank = p.min; rank <= p.max; rank += 1) {
          const id = `${key}:${rank}`;
          const list = buckets.get(id);
          if (list) list.push(p.total);
          else buckets.set(id, [p.total]);
        }
      }
    }
    for (const list of buckets.values()) list.sort((a, b) => a - b);
    const published = (await tx.execute(sql`
      select id, eligibility_key as "key", typology_rank as "rank", total_cents as "total"
      from offers where status = 'published'`)) as unknown as Rows<{
      id: string;
      key: number | null;
      rank: number;
      total: number;
    }>;
    const counts = published.rows.map((o) => ({
      id: o.id,
      n: o.key === null ? 0 : countAtLeast(buckets.get(`${o.key}:${o.rank}`) ?? [], o.total),
    }));
    await setCounts(tx, counts, now);
    return counts.length;
  });
}
