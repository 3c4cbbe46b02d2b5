// The back office's calls and views: rounds, review, sending, closing, ranking audit and rule.
import { api } from '../client';
import { paths } from './paths';
import type {
  CandidacyOffer,
  CandidacyStatus,
  RankedEntry,
  RankingRuleParams,
  ReviewRejectionReason,
  RoundStatus,
  ScoreReason,
} from './shared';

/** An offer's allocation round as the back office lists it. */
export interface BackofficeRound {
  roundId: string;
  roundNo: number;
  status: RoundStatus;
  deadline: string;
  candidacyCount: number;
  closedAt: string | null;
  sentAt: string | null;
  offer: CandidacyOffer;
  /** Retained files still to review. */
  pending: number;
  validated: number;
}

/** A file of a closed round in frozen rank order (operator review). */
export interface ShortlistLine {
  candidacyId: string;
  closingRank: number | null;
  status: CandidacyStatus;
  applicant: { firstName: string; lastName: string; email: string } | null;
  fileId: string | null;
  platformNumber: string | null;
  score: number;
  reasons: ScoreReason[];
  appliedAt: string;
  reviewReason: ReviewRejectionReason | null;
  reviewComment: string | null;
  reviewedAt: string | null;
}

/** The review page of one offer. */
export interface ShortlistReview {
  round: BackofficeRound;
  /** Every file that held a place in the shortlist, then the next 5 in reserve. */
  lines: ShortlistLine[];
}

/** Action Logement's decision on a retained file. */
export type ReviewRequest =
  | { decision: 'validate' }
  | { decision: 'reject'; reason: ReviewRejectionReason; comment?: string };

/** Rounds the back office handles (default: shortlists under review). */
export function listBackofficeRounds(status?: RoundStatus): Promise<{ rounds: BackofficeRound[] }> {
  const query = status ? `?${new URLSearchParams({ status }).toString()}` : '';
  return api.get<{ rounds: BackofficeRound[] }>(`${paths.backofficeRounds()}${query}`);
}

/** One offer's round and its files in rank order. */
export function fetchShortlistReview(offerId: string): Promise<ShortlistReview> {
  return api.get<ShortlistReview>(paths.backofficeShortlist(offerId));
}

/** Validates or rejects a retained file (the next file moves up after a rejection). */
export function reviewCandidacy(
  candidacyId: string,
  body: ReviewRequest,
): Promise<{ round: BackofficeRound }> {
  return api.post<{ round: BackofficeRound }>(paths.backofficeReview(candidacyId), body);
}

/** Sends the validated files to the landlord in one step. */
export function sendShortlist(offerId: string): Promise<{ round: BackofficeRound }> {
  return api.post<{ round: BackofficeRound }>(paths.backofficeSend(offerId));
}

/** Closes an offer before its deadline. */
export function closeOfferEarly(offerId: string): Promise<{ round: BackofficeRound }> {
  return api.post<{ round: BackofficeRound }>(paths.backofficeClose(offerId));
}

/** The ranking frozen at closing: its rule, its seal and its lines with their inputs. */
export interface RankingAudit {
  round: BackofficeRound;
  snapshot: {
    ruleVersion: number;
    ruleParams: RankingRuleParams;
    referenceDate: string;
    digest: string;
    createdAt: string;
    entries: RankedEntry[];
  };
}

/** What replaying a frozen ranking gave. */
export interface RankingReplay {
  /** Replayed from the inputs and rule stored in the snapshot: same ranks, scores, reasons, seal. */
  identical: boolean;
  /** Replayed from the candidacies' stored inputs and the stored rule version. */
  identicalFromSources: boolean;
  digest: string;
  replayedDigest: string;
  entries: RankedEntry[];
}

/** The frozen ranking of an offer's current round. */
export function fetchRankingAudit(offerId: string): Promise<RankingAudit> {
  return api.get<RankingAudit>(paths.backofficeAudit(offerId));
}

/** Replays a frozen ranking from its stored inputs and rule. */
export function replayRanking(offerId: string): Promise<RankingReplay> {
  return api.post<RankingReplay>(paths.backofficeReplay(offerId));
}

/** One version of the ranking rule. */
export interface RankingRuleVersion {
  version: number;
  params: RankingRuleParams;
  comment: string;
  createdAt: string;
  authorName: string | null;
  authorFirstName: string | null;
}

/** Every version of the rule, the one in force first. */
export function fetchRankingRules(): Promise<{ rules: RankingRuleVersion[] }> {
  return api.get<{ rules: RankingRuleVersion[] }>(paths.rankingRules());
}

/** Body of a new version of the rule. */
export interface RankingRuleChange {
  expectedVersion: number;
  params: RankingRuleParams;
  comment: string;
}

/** Stores a new version of the rule (administrators). */
export function changeRankingRule(
  body: RankingRuleChange,
): Promise<{ rule: { version: number; params: RankingRuleParams } }> {
  return api.post<{ rule: { version: number; params: RankingRuleParams } }>(
    paths.rankingRules(),
    body,
  );
}
