// The landlord's calls and views: shortlist, messages, visits, commission, lease, move-in.
import { api } from '../client';
import { paths } from './paths';
import type {
  CandidacyMessage,
  CandidacyOffer,
  CandidacyStatus,
  CandidacyVisit,
  CommissionDecision,
  CommissionOutcome,
  CommissionWarning,
  LandlordDossier,
  RoundStatus,
  Stage,
  VisitSlot,
  VisitStatus,
} from './shared';

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
