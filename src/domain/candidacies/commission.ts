// The allocation commission (CALEOL, DOMAIN.md §5 step 5). It examines the files the landlord
// received (at least 3 unless fewer exist: below 3 a justification is required and a warning
// kept) and decides per candidate: attribution; attribution by rank (1, 2, 3…: if rank 1 refuses,
// rank 2 gets the home); attribution under suspensive condition (a listed document must arrive by
// a deadline); non-attribution with a reason; inadmissibility, only for income above the ceiling
// or irregular residence. Pure: validates a set of decisions and turns it into workflow events.

import type { CandidacyEvent, CandidacyStatus } from './candidacy-workflow.js';

/** The only legal grounds of inadmissibility. */
export const INADMISSIBILITY_REASONS = ['income_above_ceiling', 'irregular_residence'] as const;
/** A ground of inadmissibility. */
export type InadmissibilityReason = (typeof INADMISSIBILITY_REASONS)[number];

/** The minimum number of candidates a commission examines per home, unless fewer exist. */
export const MIN_EXAMINED = 3;

/** One decision of the commission. */
export type CommissionDecision =
  | { candidacyId: string; decision: 'attribution' }
  | { candidacyId: string; decision: 'attribution_by_rank'; rank: number }
  | {
      candidacyId: string;
      decision: 'attribution_conditional';
      rank: number;
      condition: { document: string; deadline: string };
    }
  | { candidacyId: string; decision: 'non_attribution'; reason: string }
  | { candidacyId: string; decision: 'inadmissible'; reason: InadmissibilityReason };

/** Why a set of decisions is refused. */
export type CommissionProblem =
  | 'no_decision'
  | 'unknown_candidate'
  | 'duplicate_candidate'
  | 'ranks_invalid'
  | 'justification_required'
  | 'condition_deadline_invalid';

/** What is recorded with the decisions when fewer than 3 candidates were examined. */
export type CommissionWarning = 'fewer_than_three_examined' | 'fewer_than_three_available';

/** One workflow step the decisions lead to. */
export type CommissionStep = { candidacyId: string; event: CandidacyEvent; rank: number | null };

/** The outcome of checking a commission's decisions. */
export type CommissionCheck =
  | { ok: true; warnings: CommissionWarning[]; steps: CommissionStep[] }
  | { ok: false; problems: CommissionProblem[]; warnings: CommissionWarning[] };

/** The rank a decision gives (null when it attributes nothing). */
export function rankOf(decision: CommissionDecision): number | null {
  switch (decision.decision) {
    case 'attribution':
      return 1;
    case 'attribution_by_rank':
    case 'attribution_conditional':
      return decision.rank;
    case 'non_attribution':
    case 'inadmissible':
      return null;
    default: {
      const unreachable: never = decision;
      throw new Error(`unknown decision ${JSON.stringify(unreachable)}`);
    }
  }
}

function eventOf(decision: CommissionDecision, rank: number | null): CandidacyEvent {
  if (decision.decision === 'attribution_conditional') return 'attribute_conditionally';
  if (decision.decision === 'non_attribution') return 'not_attribute';
  if (decision.decision === 'inadmissible') return 'declare_inadmissible';
  return rank === 1 ? 'attribute' : 'attribute_by_rank';
}

/** Checks the decisions of a commission against the files it could examine. */
export function checkCommission(input: {
  decisions: readonly CommissionDecision[];
  examinable: readonly string[];
  meetingDate: string;
  justification: string | null;
}): CommissionCheck {
  const problems = new Set<CommissionProblem>();
  const warnings: CommissionWarning[] = [];
  const ids = input.decisions.map((d) => d.candidacyId);
  if (ids.length === 0) problems.add('no_decision');
  if (ids.some((id) => !input.examinable.includes(id))) problems.add('unknown_candidate');
  if (new Set(ids).size !== ids.length) problems.add('duplicate_candidate');
  const ranks = input.decisions
    .map(rankOf)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  if (ranks.some((r, i) => r !== i + 1)) problems.add('ranks_invalid');
  const plain = input.decisions.filter((d) => d.decision === 'attribution').length;
  if (plain > 0 && ranks.length > 1) problems.add('ranks_invalid');
  for (const d of input.decisions) {
    if (
      d.decision === 'attribution_conditional' &&
      d.condition.deadline.slice(0, 10) <= input.meetingDate
    ) {
      problems.add('condition_deadline_invalid');
    }
  }
  if (ids.length < MIN_EXAMINED) {
    warnings.push(
      input.examinable.length < MIN_EXAMINED
        ? 'fewer_than_three_available'
        : 'fewer_than_three_examined',
    );
    if (!input.justification?.trim()) problems.add('justification_required');
  }
  if (problems.size > 0) return { ok: false, problems: [...problems], warnings };
  const steps = input.decisions.map((d) => {
    const rank = rankOf(d);
    return { candidacyId: d.candidacyId, event: eventOf(d, rank), rank };
  });
  return { ok: true, warnings, steps };
}

/** A candidacy after the commission, as the "whose turn" rule sees it. */
export type AttributionLine = {
  candidacyId: string;
  status: CandidacyStatus;
  commissionRank: number | null;
};

const IN_LINE: readonly CandidacyStatus[] = [
  'attributed',
  'conditional',
  'ranked',
  'lease_signed',
  'moved_in',
];

/** The candidacy whose turn it is to get the home: the lowest rank still in line (null: nobody). */
export function firstInLine(lines: readonly AttributionLine[]): AttributionLine | null {
  const inLine = lines
    .filter((l) => IN_LINE.includes(l.status) && l.commissionRank !== null)
    .sort((a, b) => (a.commissionRank ?? 0) - (b.commissionRank ?? 0));
  return inLine[0] ?? null;
}
