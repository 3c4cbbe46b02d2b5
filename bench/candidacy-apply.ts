// "1,000 applications to one offer within a second": every applicant posts "Je postule" through
// the real route at the same moment (Promise.all over app.inject), then the stored result is
// checked: one active candidacy per applicant, on the offer, and live positions 1..N with no gap
// or duplicate, in the order the ranking rule gives when recomputed here from the stored inputs.
import { eq, inArray } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { candidacies, offerRounds, offers } from '../src/db/schema/index.js';
import { rankEntries } from '../src/domain/candidacies/ranking.js';
import { currentRule } from '../src/modules/candidacies/ranking.repo.js';
import type { Platform } from '../src/server/runtime.js';
import {
  benchApplicants,
  benchClient,
  benchOffer,
  verdict,
  type BenchClient,
  type BenchClock,
  type Check,
} from './candidacy-setup.js';
import { msSince } from './platform.js';
import { percentiles } from './random.js';

/** What the application burst measured. */
export type ApplyResult = ReturnType<typeof percentiles> & {
  wallMs: number;
  rps: number;
  errors: number;
  positionReadsMs: number;
  check: Check;
};

type Answer = { client: BenchClient; ms: number; response: LightMyRequestResponse };
type Position = { position: number | null; total: number };

const errorCode = (r: LightMyRequestResponse) =>
  `${r.statusCode} ${(r.json() as { error?: { code?: string } }).error?.code ?? ''}`.trim();

/** Every candidacy of the applicants must be the one answered, applied, on the offer. */
async function storedFailures(platform: Platform, offerId: string, answers: Answer[]) {
  const { db } = platform.deps.database;
  const answered = new Map(
    answers.map((a) => [a.client.userId, a.response.json() as { candidacy?: { id: string } }]),
  );
  const rows = await db
    .select({
      id: candidacies.id,
      userId: candidacies.applicantUserId,
      offerId: candidacies.offerId,
      status: candidacies.status,
    })
    .from(candidacies)
    .where(inArray(candidacies.applicantUserId, [...answered.keys()]));
  const perUser = new Map<string, number>();
  for (const r of rows) perUser.set(r.userId ?? '', (perUser.get(r.userId ?? '') ?? 0) + 1);
  const failures: string[] = [];
  const notOne = [...answered.keys()].filter((u) => perUser.get(u) !== 1).length;
  if (notOne > 0) failures.push(`${notOne} applicants without exactly one candidacy`);
  const wrong = rows.filter(
    (r) =>
      r.status !== 'applied' ||
      r.offerId !== offerId ||
      answered.get(r.userId ?? '')?.candidacy?.id !== r.id,
  ).length;
  if (wrong > 0) failures.push(`${wrong} candidacies not applied to the offer as answered`);
  const [offer] = await db
    .select({ n: offers.candidacyCount })
    .from(offers)
    .where(eq(offers.id, offerId));
  const [round] = await db.select().from(offerRounds).where(eq(offerRounds.offerId, offerId));
  if (offer?.n !== answers.length || round?.candidacyCount !== answers.length)
    failures.push(`counts: offer ${offer?.n}, round ${round?.candidacyCount}`);
  return { failures, round };
}

/** Positions as the applicants read them, against the ranking recomputed from the stored inputs. */
async function positionFailures(
  platform: Platform,
  round: { id: string; referenceDate: string },
  ids: string[],
  positions: Position[],
): Promise<string[]> {
  const n = ids.length;
  const failures: string[] = [];
  const sorted = positions.map((p) => p.position ?? 0).sort((a, b) => a - b);
  const firstBad = sorted.findIndex((p, i) => p !== i + 1);
  if (firstBad >= 0)
    failures.push(`positions not 1..${n}: at index ${firstBad} found ${sorted[firstBad]}`);
  const badTotals = positions.filter((p) => p.total !== n).length;
  if (badTotals > 0) failures.push(`${badTotals} totals differ from ${n}`);
  const { db } = platform.deps.database;
  const rows = await db
    .select({
      candidacyId: candidacies.id,
      inputs: candidacies.inputs,
      appliedAt: candidacies.appliedAt,
      sequence: candidacies.sequence,
    })
    .from(candidacies)
    .where(eq(candidacies.roundId, round.id));
  const rule = await currentRule(db);
  const ranked = rankEntries(
    rows.map((r) => ({ ...r, appliedAt: r.appliedAt.toISOString() })),
    rule.params,
    round.referenceDate,
  );
  const rankOf = new Map(ranked.map((e) => [e.candidacyId, e.rank]));
  const misplaced = ids.filter((id, i) => rankOf.get(id) !== positions[i]?.position).length;
  if (misplaced > 0) failures.push(`${misplaced} positions differ from the recomputed ranking`);
  return failures;
}

/** Every client posts "Je postule" at once; each answer with its own latency. */
async function burst(platform: Platform, clients: BenchClient[], offerId: string) {
  const t0 = process.hrtime.bigint();
  const answers: Answer[] = await Promise.all(
    clients.map(async (client) => {
      const started = process.hrtime.bigint();
      const response = await platform.app.inject(client.post('/api/candidacies', { offerId }));
      return { client, ms: msSince(started), response };
    }),
  );
  return { answers, wallMs: msSince(t0) };
}

/** Each applicant reads their position ("position x of y"), all at once. */
async function readPositions(platform: Platform, accepted: Answer[]) {
  const ids = accepted.map(
    (a) => (a.response.json() as { candidacy: { id: string } }).candidacy.id,
  );
  const t0 = process.hrtime.bigint();
  const positions = await Promise.all(
    accepted.map(async (a, i) => {
      const r = await platform.app.inject(a.client.get(`/api/candidacies/${ids[i]}/position`));
      return (r.json() as { position: Position }).position;
    }),
  );
  return { ids, positions, ms: msSince(t0) };
}

/** Runs the burst of `count` applications and checks what was stored. */
export async function benchApply(
  platform: Platform,
  clock: BenchClock,
  count: number,
  log: (m: string) => void,
): Promise<ApplyResult> {
  const { app } = platform;
  const { db } = platform.deps.database;
  const now = clock.now();
  const t0 = process.hrtime.bigint();
  const offer = await benchOffer(db, now, 'Bailleur bench candidatures');
  const clients: BenchClient[] = [];
  for (const a of await benchApplicants(db, now, count, 11))
    clients.push(await benchClient(app, db, a, now));
  log(
    `${count} applicants with a session and a CSRF token in ${(msSince(t0) / 1000).toFixed(1)} s`,
  );
  const { answers, wallMs } = await burst(platform, clients, offer.id);
  const refused = answers.filter((a) => a.response.statusCode !== 201);
  log(`${count} applications in ${wallMs.toFixed(0)} ms (${refused.length} refused)`);
  const failures: string[] = [];
  if (refused[0])
    failures.push(`${refused.length} refused (first: ${errorCode(refused[0].response)})`);
  const stored = await storedFailures(platform, offer.id, answers);
  failures.push(...stored.failures);
  const read = await readPositions(
    platform,
    answers.filter((a) => a.response.statusCode === 201),
  );
  log(`${read.ids.length} positions read at once in ${read.ms.toFixed(0)} ms`);
  if (stored.round)
    failures.push(...(await positionFailures(platform, stored.round, read.ids, read.positions)));
  return {
    ...percentiles(answers.map((a) => a.ms)),
    wallMs,
    rps: count / (wallMs / 1000),
    errors: refused.length,
    positionReadsMs: read.ms,
    check: verdict(failures, `${count} candidacies, one each, positions 1..${count} as ranked`),
  };
}
