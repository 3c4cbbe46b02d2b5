import {
  freePlaces,
  recallCandidates,
  reviewState,
  type ShortlistLine,
} from '../../../domain/candidacies/shortlist.js';
import { fileProgress } from '../../applicant-file/file-progress.js';
import { findFileById } from '../../applicant-file/file.repo.js';
import { isUniqueViolation } from '../../applicant-file/use-cases/import.js';
import { tryMoveCandidacy, type MoveContext } from '../candidacy-moves.js';
import { hasOtherActiveCandidacy, roundLines, type RoundLine } from '../candidacy.repo.js';
import { moveRound } from '../round-moves.js';
import type { RoundRow } from '../round.repo.js';
import { endRemainingCandidacies } from './conclude.js';

async function mayMoveUp(ctx: MoveContext, line: RoundLine): Promise<boolean> {
  if (!line.applicantUserId || !line.fileId) return false;
  if (await hasOtherActiveCandidacy(ctx.tx, line.applicantUserId, line.id)) return false;
  const file = await findFileById(ctx.tx, line.fileId);
  return (
    file !== null && file.status === 'validated' && fileProgress(file, ctx.now).applicationActive
  );
}

/**
 * Keeps the shortlist full while Action Logement reviews it: set-aside files move up in frozen rank
 * order, skipping applicants who applied elsewhere meanwhile or whose file is no longer valid.
 * The caller holds the round's lock. Returns how many files moved up.
 */
export async function fillShortlist(ctx: MoveContext, roundId: string): Promise<number> {
  const lines = await roundLines(ctx.tx, roundId);
  let free = freePlaces(lines);
  let recalled = 0;
  const ranked: ShortlistLine[] = lines.map((l) => ({
    candidacyId: l.id,
    rank: l.closingRank ?? Number.MAX_SAFE_INTEGER,
    status: l.status,
  }));
  for (const candidate of recallCandidates(ranked)) {
    if (free === 0) break;
    const line = lines.find((l) => l.id === candidate.candidacyId) ?? null;
    if (!line || !(await mayMoveUp(ctx, line))) continue;
    try {
      // A savepoint: the unique index still refuses if the applicant applied elsewhere just now.
      const moved = await ctx.tx.transaction((sp) =>
        tryMoveCandidacy({ ...ctx, tx: sp }, line, 'recall', { guards: { applicantFree: true } }),
      );
      if (moved) {
        free -= 1;
        recalled += 1;
      }
    } catch (error) {
      if (!isUniqueViolation(error, 'candidacies_one_active_per_applicant')) throw error;
    }
  }
  return recalled;
}

/** Moves the round with its review: shortlist complete, reopened, or over when nobody is left. */
export async function syncReview(ctx: MoveContext, round: RoundRow): Promise<RoundRow> {
  const state = reviewState(await roundLines(ctx.tx, round.id, ['retained', 'validated']));
  const guards = { shortlistComplete: state.complete, nobodyLeft: state.empty };
  const input = {
    guards,
    actorUserId: ctx.actorUserId,
    details: { pending: state.pending, validated: state.validated },
  };
  let current = round;
  if (current.status === 'shortlist_validated' && !state.complete)
    current = await moveRound(ctx.tx, current, 'reopen_review', input, ctx.now);
  if (current.status === 'closed' && state.complete)
    return moveRound(ctx.tx, current, 'complete_review', input, ctx.now);
  if (current.status === 'closed' && state.empty) {
    current = await moveRound(
      ctx.tx,
      current,
      'conclude_unallocated',
      { ...input, patch: { concludedAt: ctx.now } },
      ctx.now,
    );
    await endRemainingCandidacies(ctx, current.id);
  }
  return current;
}

/** The shortlist upkeep after a file left it (rejected, cancelled): move the next files up, then sync. */
export async function refillAndSync(ctx: MoveContext, round: RoundRow): Promise<RoundRow> {
  if (round.status !== 'closed' && round.status !== 'shortlist_validated') return round;
  await fillShortlist(ctx, round.id);
  return syncReview(ctx, round);
}
