// The ranking of the candidacies of one offer (DOMAIN.md §5, design): a transparent score made of
// points for statutory priority situations, for the seniority of the application and for the
// company housing policy; ties are broken by the time of application, then by the order in which
// the database recorded the applications. Pure and deterministic: the same inputs and rule always
// give the same order. Defaults and their reasons: docs/ranking.md.

import { canonicalJson } from './canonical-json.js';
import { PRIORITY_SITUATIONS, type PrioritySituation } from './priority.js';

/** The parameters of one version of the ranking rule (stored as data, edited by administrators). */
export type RankingRuleParams = {
  /** Points per statutory priority situation. */
  priorityPoints: Record<PrioritySituation, number>;
  /** Cap on the sum of priority points (null: no cap). */
  maxPriorityPoints: number | null;
  /** Points per full month since the application was first filed, up to `maxMonths`. */
  seniority: { pointsPerMonth: number; maxMonths: number };
  /** Priority points granted by the employer's policy count up to `maxPoints`, each worth `weight`. */
  companyPolicy: { maxPoints: number; weight: number };
};

/** A version of the ranking rule. */
export type RankingRule = { version: number; params: RankingRuleParams };

/** The rule used when no administrator has changed it (version 1). */
export const DEFAULT_RANKING_PARAMS: RankingRuleParams = {
  priorityPoints: {
    disability: 300,
    violence: 500,
    eviction: 400,
    non_decent_housing: 300,
    homeless: 500,
    temporary_shelter: 400,
    hosted_by_third_party: 200,
  },
  maxPriorityPoints: 800,
  seniority: { pointsPerMonth: 10, maxMonths: 120 },
  companyPolicy: { maxPoints: 10, weight: 20 },
};

/** What the employer's housing policy grants this file (null: no company, or an anonymous file). */
export type CompanyPolicyInput = { companyId: string; policyVersion: number; points: number };

/** The stored inputs of one candidacy's score. */
export type RankingInputs = {
  prioritySituations: PrioritySituation[];
  /** First filing date of the application, `YYYY-MM-DD` (renewals keep it). */
  filedAt: string;
  companyPolicy: CompanyPolicyInput | null;
};

/** One candidacy as the ranking sees it: its inputs and its tie-break keys. */
export type RankingEntryInput = {
  candidacyId: string;
  inputs: RankingInputs;
  /** Time of application, ISO instant. */
  appliedAt: string;
  /** Order of recording by the database (unique). */
  sequence: number;
};

/** One criterion that gave points, to explain a position. */
export type ScoreReason =
  | { criterion: 'priority'; situation: PrioritySituation; points: number }
  | { criterion: 'priority_cap'; points: number }
  | { criterion: 'seniority'; months: number; points: number }
  | { criterion: 'company_policy'; points: number };

/** A computed score with its explanation. */
export type Score = { total: number; reasons: ScoreReason[] };

/** One line of a ranking. */
export type RankedEntry = RankingEntryInput & { score: Score; rank: number };

/** Full calendar months from `from` to `to` (both `YYYY-MM-DD`; 0 when `to` is earlier). */
export function fullMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** The score of one candidacy under a rule; seniority is counted up to `referenceDate`. */
export function scoreOf(
  inputs: RankingInputs,
  params: RankingRuleParams,
  referenceDate: string,
): Score {
  const reasons: ScoreReason[] = [];
  let priority = 0;
  for (const situation of PRIORITY_SITUATIONS) {
    if (!inputs.prioritySituations.includes(situation)) continue;
    const points = params.priorityPoints[situation];
    priority += points;
    if (points !== 0) reasons.push({ criterion: 'priority', situation, points });
  }
  if (params.maxPriorityPoints !== null && priority > params.maxPriorityPoints) {
    reasons.push({ criterion: 'priority_cap', points: params.maxPriorityPoints - priority });
    priority = params.maxPriorityPoints;
  }
  const months = Math.min(
    fullMonthsBetween(inputs.filedAt, referenceDate),
    params.seniority.maxMonths,
  );
  const seniority = months * params.seniority.pointsPerMonth;
  if (seniority !== 0) reasons.push({ criterion: 'seniority', months, points: seniority });
  let company = 0;
  if (inputs.companyPolicy) {
    const granted = Math.min(
      Math.max(inputs.companyPolicy.points, 0),
      params.companyPolicy.maxPoints,
    );
    company = granted * params.companyPolicy.weight;
    if (company !== 0) reasons.push({ criterion: 'company_policy', points: company });
  }
  return { total: priority + seniority + company, reasons };
}

/** Orders two scored entries: higher score first, then earlier application, then recording order. */
export function compareEntries(
  a: Pick<RankedEntry, 'score' | 'appliedAt' | 'sequence'>,
  b: Pick<RankedEntry, 'score' | 'appliedAt' | 'sequence'>,
): number {
  if (a.score.total !== b.score.total) return b.score.total - a.score.total;
  const at = Date.parse(a.appliedAt) - Date.parse(b.appliedAt);
  if (at !== 0) return at;
  return a.sequence - b.sequence;
}

/** Ranks candidacies under a rule: ranks 1..n with no gap and no tie. */
export function rankEntries(
  entries: readonly RankingEntryInput[],
  params: RankingRuleParams,
  referenceDate: string,
): RankedEntry[] {
  return entries
    .map((entry) => ({ ...entry, score: scoreOf(entry.inputs, params, referenceDate), rank: 0 }))
    .sort(compareEntries)
    .map((entry, index) => ({ ...entry, rank: index + 1 }));
}

/** Whether two rankings are the same, line by line (ids, scores, reasons and ranks). */
export function sameRanking(a: readonly RankedEntry[], b: readonly RankedEntry[]): boolean {
  return canonicalJson(a.map(canonicalLine)) === canonicalJson(b.map(canonicalLine));
}

function canonicalLine(e: RankedEntry) {
  return [e.rank, e.candidacyId, e.score.total, e.score.reasons, e.appliedAt, e.sequence];
}
