// The domain types and the views (offer, position, messages, visits, summary) portals share.
import type { CandidacyStatus } from '../../../domain/candidacies/candidacy-workflow';
import type {
  CommissionDecision,
  CommissionWarning,
  InadmissibilityReason,
} from '../../../domain/candidacies/commission';
import type { LandlordDossier } from '../../../domain/candidacies/dossier';
import type {
  RankedEntry,
  RankingRuleParams,
  ScoreReason,
} from '../../../domain/candidacies/ranking';
import type { ReviewRejectionReason } from '../../../domain/candidacies/reasons';
import type { RoundStatus } from '../../../domain/candidacies/round-workflow';
import type { Stage } from '../../../domain/candidacies/stages';

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
