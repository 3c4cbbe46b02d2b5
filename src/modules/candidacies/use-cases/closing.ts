import { and, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../../db/database.js';
import { candidacies } from '../../../db/schema/candidacies.js';
import { users } from '../../../db/schema/index.js';
import {
  closingInstant,
  isDeadlinePassed,
  parisIsoDate,
} from '../../../domain/candidacies/deadline.js';
import { rankEntries } from '../../../domain/candidacies/ranking.js';
import { closingDecisions, type ClosingDecision } from '../../../domain/candidacies/shortlist.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { tryMoveCandidacy, type MoveContext } from '../candidacy-moves.js';
import { closeOfferListing, loadOfferFacts, offerLabel } from '../offer-gateway.js';
import { currentRule, findSnapshot, saveSnapshot } from '../ranking.repo.js';
import { moveRound } from '../round-moves.js';
import { dueRoundIds, ensureRound, findRound, lockRound, type RoundRow } from '../round.repo.js';
import { fillShortlist, syncReview } from './shortlist-upkeep.js';

/** Steps of the closing, reported to `afterStep` (tests use it to simulate a crash between steps). */
export type ClosingStep = 'frozen' | 'batch' | 'finished';
/** Options of one closing run. */
export type ClosingOptions = {
  actorUserId?: string | null;
  operatorRequest?: boolean;
  batchSize?: number;
  afterStep?: (step: ClosingStep, index: number) => void | Promise<void>;
};

/** Schedules the durable closing job of a round at the end of its deadline day (in the caller's transaction). */
export async function scheduleClosing(
  deps: AppDeps,
  q: Queryable,
  roundId: string,
  deadline: string,
): Promise<void> {
  const at = closingInstant(deadline);
  const soon = new Date(deps.clock.now().getTime() + 30_000);
  await deps.jobs.enqueue(
    q,
    'candidacy.close_round',
    { roundId },
    { startAfter: at > soon ? at : soon, singletonKey: `close-round:${roundId}:${deadline}` },
  );
}

async function freeze(deps: AppDeps, tx: Queryable, round: RoundRow, now: Date): Promise<void> {
  const rule = await currentRule(tx);
  const rows = await tx
    .select({
      id: candidacies.id,
      inputs: candidacies.inputs,
      appliedAt: candidacies.appliedAt,
      sequence: candidacies.sequence,
    })
    .from(candidacies)
    .where(and(eq(candidacies.roundId, round.id), eq(candidacies.status, 'applied')));
  const entries = rankEntries(
    rows.map((r) => ({
      candidacyId: r.id,
      inputs: r.inputs,
      appliedAt: r.appliedAt.toISOString(),
      sequence: r.sequence,
    })),
    rule.params,
    round.referenceDate,
  );
  await saveSnapshot(
    tx,
    {
      roundId: round.id,
      ruleVersion: rule.version,
      ruleParams: rule.params,
      referenceDate: round.referenceDate,
      entries,
    },
    now,
  );
}

/** Step 1: the round stops taking applications, the offer leaves the listings, the ranking is frozen. */
async function closeAndFreeze(
  deps: AppDeps,
  roundId: string,
  options: ClosingOptions,
  now: Date,
): Promise<RoundRow> {
  return deps.database.db.transaction(async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.status !== 'published') return round;
    const offer = await loadOfferFacts(tx, round.offerId);
    if (!offer) throw new AppError('candidacy.offer_not_found');
    const guards = {
      deadlinePassed: isDeadlinePassed(offer.applicationDeadline, now),
      operatorRequest: options.operatorRequest ?? false,
    };
    const reason = guards.deadlinePassed ? 'deadline_passed' : 'operator_request';
    const closing = await moveRound(
      tx,
      round,
      'close',
      {
        guards,
        actorUserId: options.actorUserId ?? null,
        details: { reason },
        patch: { closedAt: now, deadline: offer.applicationDeadline },
      },
      now,
    );
    await freeze(deps, tx, closing, now);
    await closeOfferListing(tx, round.offerId, options.actorUserId ?? null, now, reason);
    if (!guards.deadlinePassed)
      await audit(tx, {
        action: 'round.closed_early',
        actorUserId: options.actorUserId ?? null,
        details: { roundId, offerId: round.offerId },
      });
    return closing;
  });
}

/** The decisions still to take, from the frozen order and the candidacies' current states. */
async function pendingDecisions(deps: AppDeps, round: RoundRow): Promise<ClosingDecision[]> {
  const snapshot = await findSnapshot(deps.database.db, round.id);
  if (!snapshot) return [];
  const rows = await deps.database.db
    .select({ id: candidacies.id, status: candidacies.status })
    .from(candidacies)
    .where(eq(candidacies.roundId, round.id));
  const status = new Map(rows.map((r) => [r.id, r.status]));
  return closingDecisions(
    snapshot.entries.map((e) => ({
      candidacyId: e.candidacyId,
      rank: e.rank,
      status: status.get(e.candidacyId) ?? 'cancelled',
    })),
  );
}

/** Step 2, one short transaction per batch: retain or set aside each candidacy, with its e-mail. */
async function applyBatch(
  deps: AppDeps,
  round: RoundRow,
  batch: ClosingDecision[],
  label: string,
  options: ClosingOptions,
  now: Date,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    await lockRound(tx, round.id);
    const rows = await tx
      .select({
        id: candidacies.id,
        status: candidacies.status,
        stage: candidacies.stage,
        applicantUserId: candidacies.applicantUserId,
        email: users.email,
        locale: users.locale,
      })
      .from(candidacies)
      .leftJoin(users, eq(users.id, candidacies.applicantUserId))
      .where(
        inArray(
          candidacies.id,
          batch.map((d) => d.candidacyId),
        ),
      );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const ctx: MoveContext = {
      deps,
      tx,
      now,
      actorUserId: options.actorUserId ?? null,
      offerLabel: label,
    };
    for (const decision of batch) {
      const row = byId.get(decision.candidacyId);
      if (!row || row.status !== 'applied') continue;
      const contact = row.email ? { email: row.email, locale: row.locale ?? 'fr' } : null;
      await tryMoveCandidacy(ctx, row, decision.event, {
        patch: { closingRank: decision.rank },
        details: { rank: decision.rank },
        contact,
      });
    }
  });
}

/** Step 3: the shortlist is drawn; fill any place left free meanwhile and open the review. */
async function finish(
  deps: AppDeps,
  roundId: string,
  label: string,
  options: ClosingOptions,
  now: Date,
): Promise<RoundRow> {
  return deps.database.db.transaction(async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.status !== 'closing') return round;
    const closed = await moveRound(
      tx,
      round,
      'finish_closing',
      { actorUserId: options.actorUserId ?? null },
      now,
    );
    const ctx: MoveContext = {
      deps,
      tx,
      now,
      actorUserId: options.actorUserId ?? null,
      offerLabel: label,
    };
    await fillShortlist(ctx, roundId);
    return syncReview(ctx, closed);
  });
}

/**
 * Closes a round: freeze the ranking, retain the first 5 files and archive the others (each with
 * its e-mail), open the operator review. Every step is a short transaction guarded by the states
 * it starts from, so a run stopped anywhere can be run again: it neither loses nor repeats anything.
 */
export async function closeRound(
  deps: AppDeps,
  roundId: string,
  options: ClosingOptions = {},
): Promise<RoundRow> {
  const now = deps.clock.now();
  const round = await closeAndFreeze(deps, roundId, options, now);
  await options.afterStep?.('frozen', 0);
  if (round.status !== 'closing') return round;
  const offer = await loadOfferFacts(deps.database.db, round.offerId);
  const label = offer ? offerLabel(offer) : '';
  const decisions = await pendingDecisions(deps, round);
  const size = options.batchSize ?? 500;
  for (let i = 0; i * size < decisions.length; i += 1) {
    await applyBatch(deps, round, decisions.slice(i * size, (i + 1) * size), label, options, now);
    await options.afterStep?.('batch', i);
  }
  const closed = await finish(deps, roundId, label, options, now);
  await options.afterStep?.('finished', 0);
  return closed;
}

/** The scheduled job of a round: closes it if its offer's deadline passed, else waits for the new deadline. */
export async function closeRoundWhenDue(deps: AppDeps, roundId: string): Promise<void> {
  const round = await findRound(deps.database.db, roundId);
  if (!round) return;
  if (round.status === 'published') {
    const offer = await loadOfferFacts(deps.database.db, round.offerId);
    if (!offer) return;
    if (!isDeadlinePassed(offer.applicationDeadline, deps.clock.now())) {
      await scheduleClosing(deps, deps.database.db, roundId, offer.applicationDeadline);
      return;
    }
  }
  await closeRound(deps, roundId);
}

/** The sweep: closes every round whose offer's deadline passed by the injected clock; returns how many. */
export async function closeDueRounds(deps: AppDeps): Promise<number> {
  const ids = await dueRoundIds(deps.database.db, parisIsoDate(deps.clock.now()));
  for (const id of ids) await closeRound(deps, id);
  return ids.length;
}

/** An operator closes an offer before its deadline (its first round is opened if nobody applied). */
export async function closeOfferEarly(
  deps: AppDeps,
  operatorUserId: string,
  offerId: string,
): Promise<RoundRow> {
  const now = deps.clock.now();
  const offer = await loadOfferFacts(deps.database.db, offerId);
  if (!offer || offer.status === 'draft') throw new AppError('candidacy.offer_not_found');
  const { round } = await deps.database.db.transaction((tx) =>
    ensureRound(tx, { offerId, deadline: offer.applicationDeadline }, now),
  );
  if (round.status !== 'published') throw new AppError('round.transition_invalid');
  return closeRound(deps, round.id, { actorUserId: operatorUserId, operatorRequest: true });
}
