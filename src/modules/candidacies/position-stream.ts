import { eq, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { candidacies, offerRounds } from '../../db/schema/candidacies.js';
import { scoreOf } from '../../domain/candidacies/ranking.js';
import type { AppDeps, SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { findFileByUser } from '../applicant-file/file.repo.js';
import { requireCandidacy } from './candidacy.repo.js';
import { loadOfferFacts } from './offer-gateway.js';
import { positionOf, type PositionView } from './position.js';
import { rankingInputsOf } from './ranking-inputs.js';
import { currentRule } from './ranking.repo.js';
import { currentRoundOfOffer } from './round.repo.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What changes when a position may have moved: the round's revision and the candidacy's own state. */
async function changeKey(deps: AppDeps, candidacyId: string): Promise<string> {
  const [row] = await deps.database.db
    .select({
      revision: offerRounds.revision,
      status: candidacies.status,
      updatedAt: candidacies.updatedAt,
    })
    .from(candidacies)
    .innerJoin(offerRounds, eq(offerRounds.id, candidacies.roundId))
    .where(eq(candidacies.id, candidacyId))
    .limit(1);
  return row ? `${row.revision}:${row.status}:${row.updatedAt.getTime()}` : 'gone';
}

/** The position now; with `after`, waits up to `waitSeconds` for a revision other than `after` (long polling). */
export async function pollPosition(
  deps: AppDeps,
  candidacyId: string,
  after: number | undefined,
  waitSeconds: number,
): Promise<PositionView> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const view = await positionOf(
      deps.database.db,
      await requireCandidacy(deps.database.db, candidacyId),
    );
    if (after === undefined || view.revision !== after || Date.now() >= deadline) return view;
    await sleep(Math.min(deps.config.CANDIDACY_STREAM_POLL_MS, Math.max(deadline - Date.now(), 0)));
  }
}

/**
 * Server-sent events: one `position` event at once, then one each time the position, the total or
 * the state changes (checked every CANDIDACY_STREAM_POLL_MS, across instances since the database is
 * asked), and a comment every 15 s to keep proxies from closing the connection.
 */
export async function streamPosition(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  candidacyId: string,
): Promise<void> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  raw.write('retry: 5000\n\n');
  let lastKey = '';
  let lastJson = '';
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      const key = await changeKey(deps, candidacyId);
      if (key === lastKey) return;
      lastKey = key;
      const view = await positionOf(
        deps.database.db,
        await requireCandidacy(deps.database.db, candidacyId),
      );
      const json = JSON.stringify(view);
      if (json !== lastJson) raw.write(`id: ${view.revision}\nevent: position\ndata: ${json}\n\n`);
      lastJson = json;
    } catch (error) {
      request.log.warn({ err: error }, 'position stream check failed');
    } finally {
      busy = false;
    }
  };
  const poll = setInterval(() => void tick(), deps.config.CANDIDACY_STREAM_POLL_MS);
  const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
  const stop = () => {
    clearInterval(poll);
    clearInterval(heartbeat);
  };
  request.raw.on('close', stop);
  raw.on('close', stop);
  await tick();
}

/** What the applicant's position would be if they applied now (the offer page's indicator). */
export async function previewPosition(deps: AppDeps, user: SessionUser, offerId: string) {
  const { db } = deps.database;
  const file = await findFileByUser(db, user.id);
  if (!file || file.status !== 'validated') throw new AppError('candidacy.file_not_validated');
  const offer = await loadOfferFacts(db, offerId);
  if (!offer || offer.status === 'draft') throw new AppError('candidacy.offer_not_found');
  const round = await currentRoundOfOffer(db, offerId);
  const live = round?.status === 'published' ? round : null;
  const referenceDate = live?.referenceDate ?? offer.applicationDeadline;
  const score = scoreOf(
    await rankingInputsOf(db, file),
    (await currentRule(db)).params,
    referenceDate,
  );
  if (!live) return { wouldBePosition: 1, total: 0, score: score.total, reasons: score.reasons };
  // Applying now comes last in time: every candidacy with the same score or more stays ahead.
  const result = (await db.execute(sql`
    select count(*)::int as total, (count(*) filter (where score >= ${score.total}))::int as ahead
    from candidacies where round_id = ${live.id} and status = 'applied' and applicant_user_id <> ${user.id}`)) as unknown as {
    rows: { total: number; ahead: number }[];
  };
  const row = result.rows[0];
  return {
    wouldBePosition: Number(row?.ahead ?? 0) + 1,
    total: Number(row?.total ?? 0),
    score: score.total,
    reasons: score.reasons,
  };
}
