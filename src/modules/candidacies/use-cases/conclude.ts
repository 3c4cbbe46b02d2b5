import { CANDIDACY_WORKFLOW } from '../../../domain/candidacies/candidacy-workflow.js';
import { firstInLine } from '../../../domain/candidacies/commission.js';
import { tryMoveCandidacy, type MoveContext } from '../candidacy-moves.js';
import { roundLines } from '../candidacy.repo.js';
import { moveRound } from '../round-moves.js';
import type { RoundRow } from '../round.repo.js';

/** Ends, with their e-mail, every candidacy of the round that can still end unsuccessfully. */
export async function endRemainingCandidacies(
  ctx: MoveContext,
  roundId: string,
  exceptId?: string,
): Promise<number> {
  let ended = 0;
  for (const line of await roundLines(ctx.tx, roundId)) {
    if (line.id === exceptId || !CANDIDACY_WORKFLOW[line.status].end_unsuccessful) continue;
    if (await tryMoveCandidacy(ctx, line, 'end_unsuccessful')) ended += 1;
  }
  return ended;
}

/**
 * After an attribution ended (refusal, condition not met): the home goes to the next rank; when
 * nobody is left in line, the round ends unallocated and the landlord may re-publish the offer.
 */
export async function advanceAttribution(ctx: MoveContext, round: RoundRow): Promise<RoundRow> {
  const lines = await roundLines(ctx.tx, round.id);
  const first = firstInLine(
    lines.map((l) => ({ candidacyId: l.id, status: l.status, commissionRank: l.commissionRank })),
  );
  if (first) {
    const line = lines.find((l) => l.id === first.candidacyId);
    if (line && line.status === 'ranked')
      await tryMoveCandidacy(ctx, line, 'promote', {
        guards: { firstInLine: true },
        details: { rank: line.commissionRank },
      });
    return round;
  }
  const concluded = await moveRound(
    ctx.tx,
    round,
    'conclude_unallocated',
    { guards: { nobodyLeft: true }, actorUserId: ctx.actorUserId, patch: { concludedAt: ctx.now } },
    ctx.now,
  );
  await endRemainingCandidacies(ctx, round.id);
  return concluded;
}
