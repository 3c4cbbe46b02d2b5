import type { CandidacyStatus } from '../../domain/candidacies/candidacy-workflow';
import type {
  CommissionDecision,
  CommissionWarning,
  InadmissibilityReason,
} from '../../domain/candidacies/commission';
import type { LandlordDossier } from '../../domain/candidacies/dossier';
import type { RankedEntry, RankingRuleParams, ScoreReason } from '../../domain/candidacies/ranking';
import type { ReviewRejectionReason } from '../../domain/candidacies/reasons';
import type { RoundStatus } from '../../domain/candidacies/round-workflow';
import type { Stage } from '../../domain/candidacies/stages';
import { api } from './client';

// Typed calls to the candidacies API (issue 5): the applicant's "Je postule" and tracker, the
// back office's review, sending, early closing, ranking rule and audit, the landlord's shortlist,
// messages, visits, commission, lease and move-in, and the employer's view of an employee's
// candidacies (full consent only). Every path is built in `paths` below, so a change of the
// server's routes is made in one place.

export type {
  CandidacyStatus,
  CommissionDecision,
  CommissionWarning,
  InadmissibilityReason,
  LandlordDossier,
  RankedEntry,
  RankingRuleParams,
  ReviewRejectionReason,
  RoundStatus,
  ScoreReason,
  Stage,
};

const id = (value: string) => encodeURIComponent(value);

/** Every endpoint of the candidacies API. */
export const paths = {
  apply: () => '/api/candidacies',
  mine: () => '/api/candidacies',
  one: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}`,
  position: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/position`,
  events: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/position/stream`,
  cancel: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/cancel`,
  decline: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/decline`,
  messages: (candidacyId: string) => `/api/candidacies/${id(candidacyId)}/messages`,
  preview: (offerId: string) => `/api/offers/${id(offerId)}/position-preview`,
  backofficeRounds: () => '/api/backoffice/rounds',
  backofficeShortlist: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/shortlist`,
  backofficeReview: (candidacyId: string) =>
    `/api/backoffice/candidacies/${id(candidacyId)}/review`,
  backofficeSend: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/send`,
  backofficeClose: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/close`,
  backofficeAudit: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/ranking`,
  backofficeReplay: (offerId: string) => `/api/backoffice/offers/${id(offerId)}/ranking/replay`,
  rankingRules: () => '/api/backoffice/ranking-rules',
  landlordRounds: () => '/api/landlord/candidacies',
  landlordShortlist: (offerId: string, roundNo?: number) =>
    `/api/landlord/offers/${id(offerId)}/candidacies${roundNo === undefined ? '' : `?round=${roundNo}`}`,
  landlordCandidacy: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}`,
  landlordMessages: (candidacyId: string) =>
    `/api/landlord/candidacies/${id(candidacyId)}/messages`,
  landlordVisits: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/visits`,
  landlordCommission: (offerId: string) => `/api/landlord/offers/${id(offerId)}/commission`,
  landlordCondition: (candidacyId: string) =>
    `/api/landlord/candidacies/${id(candidacyId)}/condition`,
  landlordDecline: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/decline`,
  landlordLease: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/lease`,
  landlordMoveIn: (candidacyId: string) => `/api/landlord/candidacies/${id(candidacyId)}/move-in`,
  landlordRepublish: (offerId: string) => `/api/landlord/offers/${id(offerId)}/republish`,
  employerHistory: (fileId: string) => `/api/employer/files/${id(fileId)}/candidacies`,
};

// ─── Shared views ────────────────────────────────────────────────────────────────────────────

/** The offer as the candidacy screens summarise it. */
export interface CandidacyOffer {
  id: string;
  reference: string;
  typology: string;
  kind: 'flat' | 'house';
  surfaceM2: number;
  rentCents: number;
  chargesCents: number;
  communeInsee: string;
  communeName: string;
  postcode: string;
  applicationDeadline: string;
  availableOn: string;
  landlordName: string;
}

/** "Position x sur y": live while applications are open, the frozen rank afterwards. */
export interface CandidacyPosition {
  candidacyId: string;
  status: CandidacyStatus;
  /** True while applications are open and the position still moves. */
  live: boolean;
  /** Null when the candidacy is no longer ranked (cancelled before closing). */
  position: number | null;
  /** "Il y a actuellement N candidatures déposées sur cette offre". */
  total: number;
  inTopFive: boolean;
  shortlistSize: number;
  score: number;
  ruleVersion: number;
  reasons: ScoreReason[];
  appliedAt: string;
  /** Changes whenever a position of the offer may have moved. */
  revision: number;
}

/** The commission's decision on one candidacy, as its applicant and the landlord see it. */
export interface CommissionOutcome {
  decision: CommissionDecision['decision'];
  rank: number | null;
  conditionDocument: string | null;
  conditionDeadline: string | null;
  reason: string | null;
  meetingDate: string;
}

/** A proposed time for a visit. */
export interface VisitSlot {
  startsAt: string;
  endsAt: string;
}

/** What a landlord's message is. */
export type MessageKind = 'message' | 'document_request' | 'visit_proposal';

/** One message between the landlord and an applicant. */
export interface CandidacyMessage {
  id: number;
  side: 'landlord' | 'applicant';
  kind: MessageKind;
  body: string;
  documentCategory: string | null;
  documentDueOn: string | null;
  visitSlots: VisitSlot[];
  chosenSlot: string | null;
  replyToId: number | null;
  readAt: string | null;
  createdAt: string;
}

/** State of a visit recorded by the landlord. */
export type VisitStatus = 'scheduled' | 'done' | 'missed' | 'cancelled';

/** A visit of the home. */
export interface CandidacyVisit {
  id: string;
  scheduledAt: string;
  status: VisitStatus;
  note: string | null;
}

/** One line of a candidacy's history. */
export interface CandidacyTimelineEvent {
  event: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  createdAt: string;
}

/** How a step of the tracker is shown. */
export type TrackerStepState = 'done' | 'current' | 'upcoming' | 'stopped';

// ─── Applicant ───────────────────────────────────────────────────────────────────────────────

/** A past or current candidacy in a list ("Historique de mes candidatures"). */
export interface CandidacySummary {
  id: string;
  status: CandidacyStatus;
  /** The stage of the tracker reached (kept when the candidacy ends). */
  stage: Stage;
  appliedAt: string;
  endedAt: string | null;
  offer: CandidacyOffer;
  closingRank: number | null;
  /** Review or commission reason when the candidacy ended on one. */
  outcomeReason: string | null;
}

/** The tracker of one candidacy ("Mes candidatures en cours"). */
export interface CandidacyView extends CandidacySummary {
  steps: { stage: Stage; state: TrackerStepState }[];
  /** "Annuler cette candidature" is offered (until the file is sent to the landlord). */
  canCancel: boolean;
  canDecline: boolean;
  round: { id: string; status: RoundStatus; candidacyCount: number };
  position: CandidacyPosition;
  review: {
    reason: ReviewRejectionReason | null;
    comment: string | null;
    reviewedAt: string | null;
  };
  commission: CommissionOutcome | null;
  visits: CandidacyVisit[];
  /** Messages from the landlord. */
  messages: { total: number; unread: number };
  lease: { signedOn: string | null; moveInOn: string | null };
  timeline: CandidacyTimelineEvent[];
}

/** Body of `GET /api/candidacies`: the active candidacy (if any) and the others. */
export interface MyCandidacies {
  current: CandidacyView | null;
  history: CandidacySummary[];
}

/** What the position would be if the applicant applied now. */
export interface PositionPreview {
  wouldBePosition: number;
  total: number;
  score: number;
  reasons: ScoreReason[];
}

/** "Je postule". */
export function applyToOffer(offerId: string): Promise<{ candidacy: CandidacyView }> {
  return api.post<{ candidacy: CandidacyView }>(paths.apply(), { offerId });
}

/** The applicant's candidacies. */
export function fetchMyCandidacies(): Promise<MyCandidacies> {
  return api.get<MyCandidacies>(paths.mine());
}

/** One candidacy of the applicant. */
export function fetchMyCandidacy(candidacyId: string): Promise<{ candidacy: CandidacyView }> {
  return api.get<{ candidacy: CandidacyView }>(paths.one(candidacyId));
}

/**
 * The current position (the polling fallback of the event stream). With `after`, the server
 * waits up to `wait` seconds for a revision different from `after` (long polling).
 */
export function fetchPosition(
  candidacyId: string,
  options: { after?: number; wait?: number } = {},
): Promise<{ position: CandidacyPosition }> {
  const params = new URLSearchParams();
  if (options.after !== undefined) params.set('after', String(options.after));
  if (options.wait !== undefined) params.set('wait', String(options.wait));
  const query = params.toString();
  return api.get<{ position: CandidacyPosition }>(
    `${paths.position(candidacyId)}${query ? `?${query}` : ''}`,
  );
}

/** The URL of the server-sent events (`position`) that announce position changes. */
export function positionEventsUrl(candidacyId: string): string {
  return paths.events(candidacyId);
}

/** What the applicant's position would be on an offer. */
export function fetchPositionPreview(offerId: string): Promise<PositionPreview> {
  return api.get<PositionPreview>(paths.preview(offerId));
}

/** "Annuler cette candidature". */
export function cancelCandidacy(candidacyId: string): Promise<{ candidacy: CandidacyView }> {
  return api.post<{ candidacy: CandidacyView }>(paths.cancel(candidacyId));
}

/** The applicant refuses the home attributed to them. */
export function declineAttribution(
  candidacyId: string,
  reason: string | null,
): Promise<{ candidacy: CandidacyView }> {
  return api.post<{ candidacy: CandidacyView }>(paths.decline(candidacyId), {
    ...(reason ? { reason } : {}),
  });
}

/** The conversation with the landlord (marks the landlord's messages read). */
export function fetchMyMessages(candidacyId: string): Promise<{ messages: CandidacyMessage[] }> {
  return api.get<{ messages: CandidacyMessage[] }>(paths.messages(candidacyId));
}

/** Body of the applicant's answer to the landlord. */
export interface ApplicantReply {
  body: string;
  replyToId?: number;
  chosenSlot?: string;
}

/** The applicant answers the landlord. */
export function replyToLandlord(
  candidacyId: string,
  body: ApplicantReply,
): Promise<{ message: CandidacyMessage }> {
  return api.post<{ message: CandidacyMessage }>(paths.messages(candidacyId), body);
}

// ─── Back office ─────────────────────────────────────────────────────────────────────────────

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

// ─── Landlord ────────────────────────────────────────────────────────────────────────────────

/** One round (publication) of a landlord's offer, and how many files were sent for it. */
export interface LandlordRound {
  roundId: string;
  roundNo: number;
  status: RoundStatus;
  sentAt: string | null;
  offer: CandidacyOffer;
  files: number;
}

/** One file of the landlord's shortlist, in rank order. */
export interface LandlordCandidacy {
  id: string;
  closingRank: number | null;
  status: CandidacyStatus;
  stage: Stage;
  dossier: LandlordDossier;
  commission: CommissionOutcome | null;
  leaseSignedOn: string | null;
  moveInOn: string | null;
  /** Messages from the applicant not read yet. */
  unreadMessages: number;
  visits: number;
}

/** The commission of a round, once recorded. */
export interface CommissionRecord {
  meetingDate: string;
  examinedCount: number;
  availableCount: number;
  justification: string | null;
  warnings: CommissionWarning[];
}

/** The landlord's shortlist of an offer. */
export interface LandlordShortlist {
  /** The round shown: the current one unless an earlier one was asked for. */
  round: LandlordRound;
  /** Every round of the offer, the current one first (one per publication). */
  rounds: LandlordRound[];
  candidacies: LandlordCandidacy[];
  commission: CommissionRecord | null;
  /** Candidates the commission examines at least, unless fewer exist. */
  minExamined: number;
}

/** One file with its conversation and visits. */
export interface LandlordCandidacyDetail {
  candidacy: LandlordCandidacy;
  offer: CandidacyOffer;
  messages: CandidacyMessage[];
  visitList: CandidacyVisit[];
}

/** The landlord's offers whose files were sent. */
export function listLandlordRounds(): Promise<{ rounds: LandlordRound[] }> {
  return api.get<{ rounds: LandlordRound[] }>(paths.landlordRounds());
}

/** The shortlist of one offer: its current round, or the earlier round `roundNo`. */
export function fetchLandlordShortlist(
  offerId: string,
  roundNo?: number,
): Promise<LandlordShortlist> {
  return api.get<LandlordShortlist>(paths.landlordShortlist(offerId, roundNo));
}

/** One file with its conversation and visits (marks the applicant's messages read). */
export function fetchLandlordCandidacy(candidacyId: string): Promise<LandlordCandidacyDetail> {
  return api.get<LandlordCandidacyDetail>(paths.landlordCandidacy(candidacyId));
}

/** A landlord's message: plain, a request for a document, or a proposal of visit slots. */
export type LandlordMessageRequest =
  | { kind: 'message'; body: string }
  | { kind: 'document_request'; body: string; documentCategory: string; documentDueOn?: string }
  | { kind: 'visit_proposal'; body: string; visitSlots: VisitSlot[] };

/** The landlord writes to an applicant. */
export function sendLandlordMessage(
  candidacyId: string,
  body: LandlordMessageRequest,
): Promise<{ message: CandidacyMessage }> {
  return api.post<{ message: CandidacyMessage }>(paths.landlordMessages(candidacyId), body);
}

/** Body of a recorded visit. */
export interface VisitRequest {
  scheduledAt: string;
  status: VisitStatus;
  note?: string;
}

/** The landlord records a visit. */
export function recordVisit(
  candidacyId: string,
  body: VisitRequest,
): Promise<{ visit: CandidacyVisit }> {
  return api.post<{ visit: CandidacyVisit }>(paths.landlordVisits(candidacyId), body);
}

/** Body of the commission's decisions. */
export interface CommissionRequest {
  meetingDate: string;
  justification?: string;
  decisions: CommissionDecision[];
}

/** Records the commission's decisions for an offer. */
export function recordCommission(
  offerId: string,
  body: CommissionRequest,
): Promise<{ commissionId: string; warnings: CommissionWarning[] }> {
  return api.post<{ commissionId: string; warnings: CommissionWarning[] }>(
    paths.landlordCommission(offerId),
    body,
  );
}

/** Whether the missing document of a suspensive condition arrived in time. */
export function settleCondition(candidacyId: string, met: boolean): Promise<unknown> {
  return api.post<unknown>(paths.landlordCondition(candidacyId), { met });
}

/** The landlord records the applicant's refusal. */
export function recordRefusal(candidacyId: string, reason: string | null): Promise<unknown> {
  return api.post<unknown>(paths.landlordDecline(candidacyId), { ...(reason ? { reason } : {}) });
}

/** The lease is signed (and, optionally, the move-in date is known). */
export function recordLease(
  candidacyId: string,
  body: { signedOn: string; moveInOn?: string },
): Promise<unknown> {
  return api.post<unknown>(paths.landlordLease(candidacyId), body);
}

/** "Entrée dans les lieux". */
export function recordMoveIn(candidacyId: string, movedInOn: string): Promise<unknown> {
  return api.post<unknown>(paths.landlordMoveIn(candidacyId), { movedInOn });
}

/** Nobody was allocated: the offer is published again with new dates. */
export function republishOffer(
  offerId: string,
  body: { applicationDeadline: string; availableOn: string },
): Promise<unknown> {
  return api.post<unknown>(paths.landlordRepublish(offerId), body);
}

// ─── Employer ────────────────────────────────────────────────────────────────────────────────

/** The candidacies of an employee's file (full consent only). */
export function fetchEmployeeCandidacies(
  fileId: string,
): Promise<{ candidacies: CandidacySummary[] }> {
  return api.get<{ candidacies: CandidacySummary[] }>(paths.employerHistory(fileId));
}
