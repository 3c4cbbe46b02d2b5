// What happens to an applicant's candidacies when their account is deleted or their file purged.
//
// - Sent to a landlord ("Envoi bailleur" stage or later, whatever the state now): kept, as the law
//   requires the landlord to keep the files its commission examines. The database detaches them
//   from the account and the file (foreign keys `on delete set null`); the landlord keeps the
//   dossier frozen at sending and the messages, whose author id is cleared.
// - Never sent (applied, under review, cancelled, set aside, rejected...): erased, with their
//   history, messages and visits (cascade). A still active one is first cancelled through the
//   workflow, so the live count drops and the others move up, or the next file moves up into the
//   shortlist; no e-mail goes to the person leaving.
// - The one-active-candidacy index holds: a kept candidacy has a null applicant, and null keys
//   never collide in a unique index.
// - Frozen rankings: the sealed line of an erased candidacy stays in the ranking frozen at closing.
//   It is pseudonymous (a random candidacy id no row points to any more, the ranking inputs and
//   the tie-break keys; no name, account or file), and removing it would break the seal and move
//   the frozen ranks of the others. The round's history records the erasure, so the audit replay
//   replays that line from its sealed inputs instead of reporting a missing source.

import { and, eq, inArray, notInArray, type SQL } from 'drizzle-orm';
import { candidacies } from '../../db/schema/candidacies.js';
import {
  ACTIVE_CANDIDACY_STATUSES,
  isActiveCandidacy,
  isCancellable,
} from '../../domain/candidacies/candidacy-workflow.js';
import { findCandidacy } from '../candidacies/candidacy.repo.js';
import { loadOfferFacts, offerLabel } from '../candidacies/offer-gateway.js';
import {
  isSentToLandlord,
  UNSENT_STAGES,
  unsentCandidacies,
} from '../candidacies/personal-data.js';
import { findSnapshot } from '../candidacies/ranking.repo.js';
import { recordCandidacyErasure } from '../candidacies/replay.js';
import { lockRound } from '../candidacies/round.repo.js';
import { cancelInLockedRound } from '../candidacies/use-cases/cancel.js';
import type { ErasureContext } from './contributors.js';

type ErasureReason = 'account_deleted' | 'file_purged';

/** Records the erasure in the round's history for the candidacies with a line in a frozen ranking. */
async function recordIfFrozen(
  ctx: ErasureContext,
  erased: { id: string; roundId: string }[],
  reason: ErasureReason,
): Promise<void> {
  const frozen = new Map<string, Set<string>>();
  for (const { id, roundId } of erased) {
    if (!frozen.has(roundId)) {
      const snapshot = await findSnapshot(ctx.tx, roundId);
      frozen.set(roundId, new Set(snapshot?.entries.map((e) => e.candidacyId) ?? []));
    }
    if (frozen.get(roundId)?.has(id))
      await recordCandidacyErasure(ctx.tx, { roundId, candidacyId: id, reason }, ctx.now);
  }
}

/** Cancels (if still active) then erases one candidacy never sent, under its round's lock. */
async function cancelAndErase(
  ctx: ErasureContext,
  found: { id: string; roundId: string; offerId: string },
): Promise<boolean> {
  const { deps, tx, now } = ctx;
  const round = await lockRound(tx, found.roundId);
  const candidacy = await findCandidacy(tx, found.id);
  if (!candidacy || isSentToLandlord(candidacy.stage)) return false;
  if (isActiveCandidacy(candidacy.status)) {
    // Every active state before the sending is cancellable (workflow): anything else is a bug.
    if (!isCancellable(candidacy.status)) throw new Error(`candidacy ${candidacy.id} not erasable`);
    const offer = await loadOfferFacts(tx, candidacy.offerId);
    const moveCtx = {
      deps,
      tx,
      now,
      actorUserId: null,
      offerLabel: offer ? offerLabel(offer) : '',
    };
    await cancelInLockedRound(moveCtx, round, candidacy, null);
  }
  await tx.delete(candidacies).where(eq(candidacies.id, candidacy.id));
  return true;
}

/**
 * Erases the candidacies selected by `where` whose file never reached a landlord, in the caller's
 * transaction; returns how many. Ended ones go first in one statement (a row a concurrent refill
 * has just recalled is active again and is left to the second step); then each active one is
 * cancelled under its round's lock and erased.
 */
export async function eraseUnsentCandidacies(
  ctx: ErasureContext,
  where: SQL,
  reason: ErasureReason,
): Promise<number> {
  const ended = await ctx.tx
    .delete(candidacies)
    .where(
      and(
        where,
        inArray(candidacies.stage, [...UNSENT_STAGES]),
        notInArray(candidacies.status, [...ACTIVE_CANDIDACY_STATUSES]),
      ),
    )
    .returning({ id: candidacies.id, roundId: candidacies.roundId });
  const erased = [...ended];
  for (const active of await unsentCandidacies(ctx.tx, where))
    if (await cancelAndErase(ctx, active)) erased.push(active);
  await recordIfFrozen(ctx, erased, reason);
  return erased.length;
}
