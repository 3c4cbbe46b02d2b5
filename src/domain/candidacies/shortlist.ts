// Drawing the shortlist at closing and keeping it full during the operator review (handbook §9:
// "les 5 premiers dossiers sont retenus"). Pure: the caller passes the frozen order and each
// candidacy's current state, and applies the decisions one by one in short transactions.

import type { CandidacyStatus } from './candidacy-workflow.js';

/** How many files are retained for the landlord. */
export const SHORTLIST_SIZE = 5;

/** States that hold a place in the shortlist before it is sent. */
export const SHORTLIST_STATUSES = [
  'retained',
  'validated',
] as const satisfies readonly CandidacyStatus[];

/** One candidacy in frozen rank order with its current state. */
export type ShortlistLine = { candidacyId: string; rank: number; status: CandidacyStatus };

/** What closing does to each candidacy still in `applied`. */
export type ClosingDecision = { candidacyId: string; rank: number; event: 'retain' | 'set_aside' };

function holdsPlace(status: CandidacyStatus): boolean {
  return (SHORTLIST_STATUSES as readonly CandidacyStatus[]).includes(status);
}

/**
 * The decisions closing must still take: in rank order, applied candidacies are retained while the
 * shortlist has fewer than `size` places taken, the others are set aside. Re-running it after some
 * decisions were applied gives the remaining ones (idempotent).
 */
export function closingDecisions(
  lines: readonly ShortlistLine[],
  size = SHORTLIST_SIZE,
): ClosingDecision[] {
  const ordered = [...lines].sort((a, b) => a.rank - b.rank);
  let taken = ordered.filter((l) => holdsPlace(l.status)).length;
  const decisions: ClosingDecision[] = [];
  for (const line of ordered) {
    if (line.status !== 'applied') continue;
    if (taken < size) {
      decisions.push({ candidacyId: line.candidacyId, rank: line.rank, event: 'retain' });
      taken += 1;
    } else {
      decisions.push({ candidacyId: line.candidacyId, rank: line.rank, event: 'set_aside' });
    }
  }
  return decisions;
}

/** How many places of the shortlist are free. */
export function freePlaces(
  lines: readonly Pick<ShortlistLine, 'status'>[],
  size = SHORTLIST_SIZE,
): number {
  return Math.max(0, size - lines.filter((l) => holdsPlace(l.status)).length);
}

/** The set-aside candidacies that may move up, best rank first (the caller checks each one is free). */
export function recallCandidates(lines: readonly ShortlistLine[]): ShortlistLine[] {
  return lines.filter((l) => l.status === 'not_retained').sort((a, b) => a.rank - b.rank);
}

/** Review state of a shortlist: files still to review, files validated. */
export function reviewState(lines: readonly Pick<ShortlistLine, 'status'>[]): {
  pending: number;
  validated: number;
  complete: boolean;
  empty: boolean;
} {
  const pending = lines.filter((l) => l.status === 'retained').length;
  const validated = lines.filter((l) => l.status === 'validated').length;
  return {
    pending,
    validated,
    complete: pending === 0 && validated > 0,
    empty: pending === 0 && validated === 0,
  };
}
