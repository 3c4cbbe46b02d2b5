import type { AppDeps, SessionUser } from '../../../server/context.js';
import { requireLandlordOffer } from '../access.js';
import { republishOfferListing } from '../offer-gateway.js';
import { moveRound } from '../round-moves.js';
import { currentRoundOfOffer, insertNextRound, lockRound, type RoundRow } from '../round.repo.js';
import { scheduleClosing } from './closing.js';

/** New dates of a re-published offer. */
export type RepublishInput = { applicationDeadline: string; availableOn: string };

/**
 * Nobody was allocated: the landlord publishes the offer again with new dates (the offer
 * workflow's `republish`, which refuses it otherwise); a new round opens. Returns that round, or
 * null when the offer closed without a single candidacy (its first application opens round 1).
 */
export async function republishOffer(
  deps: AppDeps,
  user: SessionUser,
  offerId: string,
  input: RepublishInput,
): Promise<RoundRow | null> {
  const { db } = deps.database;
  const now = deps.clock.now();
  await requireLandlordOffer(db, user, offerId);
  return db.transaction(async (tx) => {
    const current = await currentRoundOfOffer(tx, offerId);
    const round = current ? await lockRound(tx, current.id) : null;
    await republishOfferListing(
      deps,
      tx,
      {
        offerId,
        actorUserId: user.id,
        ...input,
        // Only a round concluded without allocation may be followed by another (issue 5).
        nobodyAllocated: round === null || round.status === 'unallocated',
        roundNo: (round?.roundNo ?? 0) + 1,
      },
      now,
    );
    if (!round) return null;
    await moveRound(tx, round, 'republish', { actorUserId: user.id, details: input }, now);
    const next = await insertNextRound(tx, round, input.applicationDeadline, user.id, now);
    await scheduleClosing(deps, tx, next.id, input.applicationDeadline);
    return next;
  });
}
