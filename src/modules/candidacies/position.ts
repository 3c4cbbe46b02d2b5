import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import type { ScoreReason } from '../../domain/candidacies/ranking.js';
import { SHORTLIST_SIZE } from '../../domain/candidacies/shortlist.js';
import type { CandidacyRow } from './candidacy.repo.js';
import { findRound, type RoundRow } from './round.repo.js';

/** "Position x of y": live while applications are open, the frozen rank afterwards. */
export type PositionView = {
  candidacyId: string;
  status: CandidacyRow['status'];
  /** True while applications are open and the position still moves. */
  live: boolean;
  /** Null when the candidacy is no longer ranked (cancelled before closing). */
  position: number | null;
  /** "Il y a actuellement N candidatures déposées sur cette offre". */
  total: number;
  inTopFive: boolean;
  shortlistSize: number;
  score: number;
  ruleVersion: number;
  reasons: ScoreReason[];
  appliedAt: Date;
  /** Changes whenever a position of the offer may have moved (for polling clients). */
  revision: number;
};

type Rows<T> = { rows: T[] };

async function livePosition(
  q: Queryable,
  c: CandidacyRow,
): Promise<{ position: number; total: number }> {
  const result = (await q.execute(sql`
    select count(*)::int as total,
      (count(*) filter (where score > ${c.score}
        or (score = ${c.score} and (applied_at < ${c.appliedAt.toISOString()}::timestamptz
          or (applied_at = ${c.appliedAt.toISOString()}::timestamptz and sequence < ${c.sequence})))))::int + 1 as position
    from candidacies where round_id = ${c.roundId} and status = 'applied'`)) as unknown as Rows<{
    total: number;
    position: number;
  }>;
  const row = result.rows[0];
  return { position: Number(row?.position ?? 1), total: Number(row?.total ?? 0) };
}

async function frozenPosition(
  q: Queryable,
  c: CandidacyRow,
): Promise<{ position: number | null; total: number }> {
  const result = (await q.execute(sql`
    select jsonb_array_length(entries)::int as total,
      (select (e->>'rank')::int from jsonb_array_elements(entries) e where e->>'candidacyId' = ${c.id} limit 1) as rank
    from ranking_snapshots where round_id = ${c.roundId}`)) as unknown as Rows<{
    total: number;
    rank: number | null;
  }>;
  const row = result.rows[0];
  return {
    position:
      c.closingRank ?? (row?.rank === null || row?.rank === undefined ? null : Number(row.rank)),
    total: Number(row?.total ?? 0),
  };
}

/** The position of a candidacy, computed from the stored scores (live) or the frozen ranking. */
export async function positionOf(
  q: Queryable,
  candidacy: CandidacyRow,
  knownRound?: RoundRow,
): Promise<PositionView> {
  const round = knownRound ?? (await findRound(q, candidacy.roundId));
  const live = candidacy.status === 'applied' && round?.status === 'published';
  const { position, total } = live
    ? await livePosition(q, candidacy)
    : candidacy.status === 'cancelled' && candidacy.closingRank === null
      ? { position: null, total: round?.candidacyCount ?? 0 }
      : await frozenPosition(q, candidacy);
  return {
    candidacyId: candidacy.id,
    status: candidacy.status,
    live,
    position,
    total,
    inTopFive: position !== null && position <= SHORTLIST_SIZE,
    shortlistSize: SHORTLIST_SIZE,
    score: candidacy.score,
    ruleVersion: candidacy.ruleVersion,
    reasons: candidacy.reasons,
    appliedAt: candidacy.appliedAt,
    revision: round?.revision ?? 0,
  };
}
