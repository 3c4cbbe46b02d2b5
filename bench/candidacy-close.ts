// Closing an offer with 10,000 candidacies: the first applicant applies through the route (which
// opens the round and schedules its closing job), the others are bulk inserted into the tables
// the use case writes (candidacies with their ranking inputs and score, their history line, the
// round's and the offer's counts; not their "candidature reçue" e-mail). The clock then passes
// the deadline and the closing use case runs (the one the `candidacy.close_round` job runs), timed
// step by step; the shortlist must be the first 5 of the ranking, and running the job again must
// change nothing.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../src/db/database.js';
import {
  applicantFiles,
  candidacies,
  candidacyHistory,
  offerRounds,
  rankingSnapshots,
} from '../src/db/schema/index.js';
import { closingInstant } from '../src/domain/candidacies/deadline.js';
import { scoreOf } from '../src/domain/candidacies/ranking.js';
import { SHORTLIST_SIZE } from '../src/domain/candidacies/shortlist.js';
import type { CreatedApplicant } from '../src/modules/candidacies/fixtures.js';
import { candidacyJobHandlers } from '../src/modules/candidacies/candidacy.jobs.js';
import { bumpOfferCandidacyCount } from '../src/modules/candidacies/offer-gateway.js';
import { rankingInputsOf } from '../src/modules/candidacies/ranking-inputs.js';
import { currentRule } from '../src/modules/candidacies/ranking.repo.js';
import {
  bumpOpenRound,
  currentRoundOfOffer,
  type RoundRow,
} from '../src/modules/candidacies/round.repo.js';
import { closeRound } from '../src/modules/candidacies/use-cases/closing.js';
import type { Platform } from '../src/server/runtime.js';
import {
  benchApplicants,
  benchClient,
  benchOffer,
  verdict,
  type BenchClock,
  type Check,
} from './candidacy-setup.js';
import { msSince } from './platform.js';
import { intBetween, seededRandom } from './random.js';

/** What the closing measured (milliseconds from the start of the closing). */
export type CloseResult = {
  n: number;
  frozenMs: number;
  shortlistMs: number;
  closedMs: number;
  rerunMs: number;
  check: Check;
};

type Rows<T> = { rows: T[] };

/** The other applicants' candidacies, in a shuffled order, 1,000 rows a statement. */
async function bulkApply(
  db: Db,
  round: RoundRow,
  people: CreatedApplicant[],
  now: Date,
): Promise<void> {
  const rule = await currentRule(db);
  const random = seededRandom(23);
  const order = people.map((p) => ({ p, key: random() })).sort((a, b) => a.key - b.key);
  for (let i = 0; i < order.length; i += 1_000) {
    const chunk = order.slice(i, i + 1_000).map((o) => o.p);
    const files = await db
      .select()
      .from(applicantFiles)
      .where(
        inArray(
          applicantFiles.id,
          chunk.map((p) => p.fileId),
        ),
      );
    const values = [];
    for (const file of files) {
      const inputs = await rankingInputsOf(db, file);
      const score = scoreOf(inputs, rule.params, round.referenceDate);
      // Ten minutes of applications, to the second: ties on the time too, broken by the sequence.
      const appliedAt = new Date(now.getTime() + 1_000 * intBetween(random, 1, 600));
      values.push({
        roundId: round.id,
        offerId: round.offerId,
        applicantUserId: file.userId,
        fileId: file.id,
        appliedAt,
        inputs,
        ruleVersion: rule.version,
        score: score.total,
        reasons: score.reasons,
        createdAt: appliedAt,
        updatedAt: appliedAt,
      });
    }
    const inserted = await db.insert(candidacies).values(values).returning();
    await db.insert(candidacyHistory).values(
      inserted.map((c) => ({
        candidacyId: c.id,
        event: 'apply',
        fromStatus: null,
        toStatus: 'applied',
        actorUserId: c.applicantUserId,
        createdAt: c.appliedAt,
      })),
    );
  }
  await bumpOpenRound(db, round.id, people.length, now);
  await bumpOfferCandidacyCount(db, round.offerId, people.length);
}

/** The ranking as the live positions order it (stored scores, time, sequence). */
async function liveOrder(db: Db, roundId: string): Promise<string[]> {
  const rows = await db
    .select({ id: candidacies.id })
    .from(candidacies)
    .where(and(eq(candidacies.roundId, roundId), eq(candidacies.status, 'applied')))
    .orderBy(sql`${candidacies.score} desc`, candidacies.appliedAt, candidacies.sequence);
  return rows.map((r) => r.id);
}

/** Everything closing writes for a round, as one comparable string. */
async function fingerprint(db: Db, roundId: string): Promise<string> {
  const [round] = await db.select().from(offerRounds).where(eq(offerRounds.id, roundId));
  const [snapshot] = await db
    .select({ digest: rankingSnapshots.digest, at: rankingSnapshots.createdAt })
    .from(rankingSnapshots)
    .where(eq(rankingSnapshots.roundId, roundId));
  const counts = (await db.execute(sql`select
      (select md5(string_agg(id::text || status || coalesce(closing_rank, 0) || updated_at::text, ',' order by id))
        from candidacies where round_id = ${roundId}) as lines,
      (select count(*)::int from candidacy_history h join candidacies c on c.id = h.candidacy_id
        where c.round_id = ${roundId}) as history,
      (select count(*)::int from offer_round_history where round_id = ${roundId}) as round_history,
      (select count(*)::int from pgboss.job where name = 'mail.send') as mails`)) as unknown as Rows<
    Record<string, unknown>
  >;
  return JSON.stringify({
    round: [round?.status, round?.revision, round?.updatedAt],
    snapshot,
    ...counts.rows[0],
  });
}

async function mailJobs(db: Db): Promise<number> {
  const result = (await db.execute(
    sql`select count(*)::int as n from pgboss.job where name = 'mail.send'`,
  )) as unknown as Rows<{ n: number }>;
  return Number(result.rows[0]?.n ?? 0);
}

/** The closing's result against the expected order: ranks, shortlist, snapshot, e-mails. */
async function closingFailures(
  db: Db,
  roundId: string,
  expected: string[],
  mailsSent: number,
): Promise<string[]> {
  const failures: string[] = [];
  const rows = await db
    .select({ id: candidacies.id, status: candidacies.status, rank: candidacies.closingRank })
    .from(candidacies)
    .where(eq(candidacies.roundId, roundId));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const wrong = expected.filter((id, i) => {
    const row = byId.get(id);
    return row?.rank !== i + 1 || row.status !== (i < SHORTLIST_SIZE ? 'retained' : 'not_retained');
  });
  if (wrong.length > 0 || rows.length !== expected.length)
    failures.push(`${wrong.length} candidacies not ranked or decided as expected`);
  const [round] = await db.select().from(offerRounds).where(eq(offerRounds.id, roundId));
  if (round?.status !== 'closed') failures.push(`round ${round?.status ?? 'missing'}`);
  const [snapshot] = await db
    .select({ entries: rankingSnapshots.entries })
    .from(rankingSnapshots)
    .where(eq(rankingSnapshots.roundId, roundId));
  const frozen = snapshot?.entries.map((e) => e.candidacyId) ?? [];
  if (frozen.join() !== expected.join())
    failures.push('frozen ranking differs from the live order');
  if (mailsSent !== expected.length) failures.push(`${mailsSent} closing e-mails enqueued`);
  return failures;
}

/** An offer with `count` candidacies: the first through the route, the others in bulk. */
async function offerWithCandidacies(platform: Platform, now: Date, count: number) {
  const { app } = platform;
  const { db } = platform.deps.database;
  const offer = await benchOffer(db, now, 'Bailleur bench clôture');
  const [first, ...others] = await benchApplicants(db, now, count, 17);
  if (!first) throw new Error('BENCH_CLOSE must be at least 1');
  const client = await benchClient(app, db, first, now);
  const applied = await app.inject(client.post('/api/candidacies', { offerId: offer.id }));
  if (applied.statusCode !== 201) throw new Error(`first application: ${applied.body}`);
  const round = await currentRoundOfOffer(db, offer.id);
  if (!round) throw new Error('no round opened');
  await bulkApply(db, round, others, now);
  return { offer, round };
}

/** Runs the closing use case, noting when the ranking is frozen and when the first batch is done. */
async function timedClosing(platform: Platform, roundId: string) {
  const marks = { frozen: 0, shortlist: 0, closed: 0 };
  const t0 = process.hrtime.bigint();
  await closeRound(platform.deps, roundId, {
    afterStep: (step, index) => {
      if (step === 'frozen') marks.frozen = msSince(t0);
      // Decisions go in rank order, so the first batch (500) holds the 5 retained files.
      if (step === 'batch' && index === 0) marks.shortlist = msSince(t0);
    },
  });
  marks.closed = msSince(t0);
  return marks;
}

/** Runs the closing again (the use case, then the scheduled job); true when nothing changed. */
async function rerunChangesNothing(platform: Platform, clock: BenchClock, roundId: string) {
  const { deps } = platform;
  const before = await fingerprint(deps.database.db, roundId);
  clock.advance(60_000);
  const t0 = process.hrtime.bigint();
  await closeRound(deps, roundId);
  await candidacyJobHandlers(() => deps)['candidacy.close_round']({ roundId });
  const ms = msSince(t0);
  return { ms, unchanged: (await fingerprint(deps.database.db, roundId)) === before };
}

/** Sets up `count` candidacies on one offer, closes it past its deadline, checks, closes again. */
export async function benchClose(
  platform: Platform,
  clock: BenchClock,
  count: number,
  log: (m: string) => void,
): Promise<CloseResult> {
  const { db } = platform.deps.database;
  const t0 = process.hrtime.bigint();
  const { offer, round } = await offerWithCandidacies(platform, clock.now(), count);
  log(`${count} candidacies on one offer in ${(msSince(t0) / 1000).toFixed(1)} s`);
  const expected = await liveOrder(db, round.id);
  const mailsBefore = await mailJobs(db);
  clock.set(new Date(closingInstant(offer.applicationDeadline).getTime() + 60_000));
  const marks = await timedClosing(platform, round.id);
  log(`closed in ${marks.closed.toFixed(0)} ms (ranking frozen at ${marks.frozen.toFixed(0)} ms)`);
  const mailsSent = (await mailJobs(db)) - mailsBefore;
  const failures = await closingFailures(db, round.id, expected, mailsSent);
  const rerun = await rerunChangesNothing(platform, clock, round.id);
  if (!rerun.unchanged) failures.push('running it again changed rows');
  return {
    n: count,
    frozenMs: marks.frozen,
    shortlistMs: marks.shortlist,
    closedMs: marks.closed,
    rerunMs: rerun.ms,
    check: verdict(
      failures,
      `first ${SHORTLIST_SIZE} of ${count} retained, ranks 1..${count} as ranked, ${count} e-mails, re-run changes nothing`,
    ),
  };
}
