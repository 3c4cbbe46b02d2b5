// The applicant's calls and views: "Je postule", the tracker, the position, cancelling, messages.
import { api } from '../client';
import { paths } from './paths';
import type {
  CandidacyMessage,
  CandidacyPosition,
  CandidacySummary,
  CandidacyTimelineEvent,
  CandidacyVisit,
  CommissionOutcome,
  ReviewRejectionReason,
  RoundStatus,
  ScoreReason,
  Stage,
  TrackerStepState,
} from './shared';

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
