import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import {
  candidacies,
  offerRoundHistory,
  offerRounds,
  rankingSnapshots,
} from '../../db/schema/candidacies.js';
import { rankEntries, sameRanking, type RankedEntry } from '../../domain/candidacies/ranking.js';
import { findRule, findSnapshot, rankingDigest, type SnapshotRow } from './ranking.repo.js';

/** The result of replaying a frozen ranking. */
export type ReplayResult = {
  identical: boolean;
  identicalFromSources: boolean;
  digest: string;
  replayedDigest: string;
  entries: RankedEntry[];
  /** Lines whose candidacy was erased with its applicant's data, replayed from sealed inputs. */
  erasedLines: number;
};

/** The round-history event recording that a candidacy of the frozen ranking was erased. */
export const CANDIDACY_ERASED_EVENT = 'candidacy_erased';

/**
 * Records in the round's history that one of its frozen candidacies was erased at its applicant's
 * request (account deleted, file purged). The sealed line of the frozen ranking stays: it names no
 * one (a random candidacy id, the ranking inputs and tie-break keys), and the replay needs it.
 */
export async function recordCandidacyErasure(
  q: Queryable,
  input: { roundId: string; candidacyId: string; reason: 'account_deleted' | 'file_purged' },
  now: Date,
): Promise<void> {
  const roundStatus = sql<string>`(select ${offerRounds.status} from ${offerRounds} where ${offerRounds.id} = ${input.roundId})`;
  await q.insert(offerRoundHistory).values({
    roundId: input.roundId,
    event: CANDIDACY_ERASED_EVENT,
    fromStatus: roundStatus,
    toStatus: roundStatus,
    actorUserId: null,
    details: { candidacyId: input.candidacyId, reason: input.reason },
    createdAt: now,
  });
}

async function erasedCandidacyIds(q: Queryable, roundId: string): Promise<Set<string>> {
  const rows = await q
    .select({ details: offerRoundHistory.details })
    .from(offerRoundHistory)
    .where(
      and(
        eq(offerRoundHistory.roundId, roundId),
        eq(offerRoundHistory.event, CANDIDACY_ERASED_EVENT),
      ),
    );
  return new Set(rows.map((r) => String(r.details.candidacyId)));
}

/** Replays a frozen ranking: from the snapshot's own inputs and rule, and from the stored candidacies and rule version. */
export async function replaySnapshot(q: Queryable, snapshot: SnapshotRow): Promise<ReplayResult> {
  const inputs = snapshot.entries.map(({ candidacyId, inputs: i, appliedAt, sequence }) => ({
    candidacyId,
    inputs: i,
    appliedAt,
    sequence,
  }));
  const replayed = rankEntries(inputs, snapshot.ruleParams, snapshot.referenceDate);
  const replayedDigest = rankingDigest({
    roundId: snapshot.roundId,
    ruleVersion: snapshot.ruleVersion,
    ruleParams: snapshot.ruleParams,
    referenceDate: snapshot.referenceDate,
    entries: replayed,
  });
  const identical = sameRanking(snapshot.entries, replayed) && replayedDigest === snapshot.digest;
  const rule = await findRule(q, snapshot.ruleVersion);
  const ids = snapshot.entries.map((e) => e.candidacyId);
  const rows = ids.length
    ? await q
        .select({
          id: candidacies.id,
          inputs: candidacies.inputs,
          appliedAt: candidacies.appliedAt,
          sequence: candidacies.sequence,
        })
        .from(candidacies)
        .where(inArray(candidacies.id, ids))
    : [];
  // A line whose candidacy was lawfully erased (recorded in the round's history) is replayed from
  // its sealed inputs; any other missing candidacy still makes the sources differ.
  const stored = new Set(rows.map((r) => r.id));
  const erased =
    stored.size < ids.length ? await erasedCandidacyIds(q, snapshot.roundId) : new Set<string>();
  const erasedInputs = inputs.filter(
    (e) => !stored.has(e.candidacyId) && erased.has(e.candidacyId),
  );
  const fromSources = rule
    ? rankEntries(
        [
          ...rows.map((r) => ({
            candidacyId: r.id,
            inputs: r.inputs,
            appliedAt: r.appliedAt.toISOString(),
            sequence: r.sequence,
          })),
          ...erasedInputs,
        ],
        rule.params,
        snapshot.referenceDate,
      )
    : [];
  const identicalFromSources =
    rule !== null &&
    rows.length + erasedInputs.length === ids.length &&
    sameRanking(snapshot.entries, fromSources);
  return {
    identical,
    identicalFromSources,
    digest: snapshot.digest,
    replayedDigest,
    entries: replayed,
    erasedLines: erasedInputs.length,
  };
}

/** Replays the frozen ranking of a round (null when the round is not closed yet). */
export async function replayRound(q: Queryable, roundId: string): Promise<ReplayResult | null> {
  const snapshot = await findSnapshot(q, roundId);
  return snapshot ? replaySnapshot(q, snapshot) : null;
}

/** The round ids of an offer that have a frozen ranking, oldest first. */
export async function frozenRoundsOfOffer(
  q: Queryable,
  offerId: string,
): Promise<{ roundId: string; roundNo: number }[]> {
  return q
    .select({ roundId: rankingSnapshots.roundId, roundNo: offerRounds.roundNo })
    .from(rankingSnapshots)
    .innerJoin(offerRounds, eq(offerRounds.id, rankingSnapshots.roundId))
    .where(eq(offerRounds.offerId, offerId))
    .orderBy(asc(offerRounds.roundNo));
}

/** The replay of every frozen ranking of an offer, for the audit command. */
export async function replayOffer(
  q: Queryable,
  offerId: string,
): Promise<
  ({
    roundId: string;
    roundNo: number;
    ruleVersion: number;
    referenceDate: string;
    size: number;
  } & ReplayResult)[]
> {
  const report = [];
  for (const { roundId, roundNo } of await frozenRoundsOfOffer(q, offerId)) {
    const snapshot = await findSnapshot(q, roundId);
    if (!snapshot) continue;
    report.push({
      roundId,
      roundNo,
      ruleVersion: snapshot.ruleVersion,
      referenceDate: snapshot.referenceDate,
      size: snapshot.entries.length,
      ...(await replaySnapshot(q, snapshot)),
    });
  }
  return report;
}

/** The audit command's text: one block per round, the first lines of the ranking and the verdict. */
export function formatReplay(
  offerId: string,
  report: Awaited<ReturnType<typeof replayOffer>>,
  lines = 20,
): string {
  if (report.length === 0)
    return `Offer ${offerId}: no frozen ranking (applications not closed yet).`;
  return report
    .map((r) => {
      const head = [
        `Offer ${offerId}, round ${r.roundNo} (${r.roundId})`,
        `  rule version ${r.ruleVersion}, seniority counted up to ${r.referenceDate}, ${r.size} candidacies`,
        `  stored seal   ${r.digest}`,
        `  replayed seal ${r.replayedDigest}`,
        `  identical to the frozen ranking: ${r.identical ? 'yes' : 'NO'}; identical from the stored candidacies and rule: ${r.identicalFromSources ? 'yes' : 'NO'}`,
        ...(r.erasedLines > 0
          ? [
              `  ${r.erasedLines} line(s) erased with their applicant's data: replayed from the sealed inputs`,
            ]
          : []),
      ];
      const rows = r.entries
        .slice(0, lines)
        .map(
          (e) =>
            `  ${String(e.rank).padStart(5)}  ${e.candidacyId}  ${String(e.score.total).padStart(5)} pts  ${e.score.reasons.map((x) => `${x.criterion === 'priority' ? x.situation : x.criterion} ${x.points}`).join(', ') || '-'}  (${e.appliedAt} #${e.sequence})`,
        );
      return [
        ...head,
        ...rows,
        ...(r.entries.length > lines ? [`  … ${r.entries.length - lines} more`] : []),
      ].join('\n');
    })
    .join('\n\n');
}
