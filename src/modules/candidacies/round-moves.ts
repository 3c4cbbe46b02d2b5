import type { Queryable } from '../../db/database.js';
import {
  nextRoundStatus,
  type RoundEvent,
  type RoundGuardContext,
} from '../../domain/candidacies/round-workflow.js';
import { AppError } from '../../server/errors.js';
import { transitionRound, type RoundRow } from './round.repo.js';

const NO_GUARD: RoundGuardContext = {
  deadlinePassed: false,
  operatorRequest: false,
  shortlistComplete: false,
  nobodyLeft: false,
};

/** Applies one workflow event to a round in the caller's transaction, or `round.transition_invalid`. */
export async function moveRound(
  q: Queryable,
  round: Pick<RoundRow, 'id' | 'status'>,
  event: RoundEvent,
  input: {
    guards?: Partial<RoundGuardContext>;
    actorUserId: string | null;
    details?: Record<string, unknown>;
    patch?: Parameters<typeof transitionRound>[1]['patch'];
  },
  now: Date,
): Promise<RoundRow> {
  const result = nextRoundStatus(round.status, event, { ...NO_GUARD, ...input.guards });
  if (!result.ok) throw new AppError('round.transition_invalid');
  return transitionRound(
    q,
    {
      id: round.id,
      from: round.status,
      to: result.to,
      event,
      actorUserId: input.actorUserId,
      details: input.details ?? {},
      ...(input.patch ? { patch: input.patch } : {}),
    },
    now,
  );
}
