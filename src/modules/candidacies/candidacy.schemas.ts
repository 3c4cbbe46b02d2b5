import { z } from 'zod';
import { CANDIDACY_STATUSES } from '../../domain/candidacies/candidacy-workflow.js';
import { INADMISSIBILITY_REASONS } from '../../domain/candidacies/commission.js';
import { PRIORITY_SITUATIONS } from '../../domain/candidacies/priority.js';
import { REVIEW_REJECTION_REASONS } from '../../domain/candidacies/reasons.js';
import { ROUND_STATUSES } from '../../domain/candidacies/round-workflow.js';
import { STAGES } from '../../domain/candidacies/stages.js';
import { OFFER_KINDS, OFFER_TYPOLOGIES } from '../../db/schema/offers.js';

const isoDate = z.iso.date();

/** States of a candidacy (see docs/candidacies.md for the lifecycle). */
export const candidacyStatus = z.enum(CANDIDACY_STATUSES);
/** Stages of the tracker, in order. */
export const stage = z.enum(STAGES);
/** States of an offer's allocation round. */
export const roundStatus = z.enum(ROUND_STATUSES);
/** Reasons for rejecting a retained file. */
export const reviewRejectionReason = z.enum(REVIEW_REJECTION_REASONS);
/** The only grounds of inadmissibility. */
export const inadmissibilityReason = z.enum(INADMISSIBILITY_REASONS);

/** One criterion that gave points. */
export const scoreReason = z.discriminatedUnion('criterion', [
  z.object({
    criterion: z.literal('priority'),
    situation: z.enum(PRIORITY_SITUATIONS),
    points: z.number().int(),
  }),
  z.object({ criterion: z.literal('priority_cap'), points: z.number().int() }),
  z.object({
    criterion: z.literal('seniority'),
    months: z.number().int(),
    points: z.number().int(),
  }),
  z.object({ criterion: z.literal('company_policy'), points: z.number().int() }),
]);

/** "Position x of y" with the reasons of the score (also the payload of each SSE `position` event). */
export const positionView = z.object({
  candidacyId: z.uuid(),
  status: candidacyStatus,
  live: z.boolean().describe('true while applications are open and the position still moves'),
  position: z.number().int().nullable(),
  total: z.number().int().describe('candidacies ranked on the offer'),
  inTopFive: z.boolean(),
  shortlistSize: z.number().int(),
  score: z.number().int(),
  ruleVersion: z.number().int(),
  reasons: z.array(scoreReason),
  appliedAt: z.date(),
  revision: z.number().int().describe('changes whenever a position of the offer may have moved'),
});

/** The offer as the candidacy pages show it. */
export const offerSummary = z.object({
  id: z.uuid(),
  reference: z.string(),
  typology: z.enum(OFFER_TYPOLOGIES),
  kind: z.enum(OFFER_KINDS),
  surfaceM2: z.number(),
  rentCents: z.number().int(),
  chargesCents: z.number().int(),
  communeInsee: z.string(),
  communeName: z.string(),
  postcode: z.string(),
  applicationDeadline: isoDate,
  availableOn: isoDate,
  landlordName: z.string(),
});

/** The commission's decision on one candidate. */
export const commissionDecisionView = z.object({
  decision: z.enum([
    'attribution',
    'attribution_by_rank',
    'attribution_conditional',
    'non_attribution',
    'inadmissible',
  ]),
  rank: z.number().int().nullable(),
  conditionDocument: z.string().nullable(),
  conditionDeadline: isoDate.nullable(),
  reason: z.string().nullable(),
  meetingDate: isoDate,
});

/** A recorded visit. */
export const visitView = z.object({
  id: z.uuid(),
  scheduledAt: z.date(),
  status: z.enum(['scheduled', 'done', 'missed', 'cancelled']),
  note: z.string().nullable(),
});

/** One message between the landlord and the applicant. */
export const messageView = z.object({
  id: z.number().int(),
  side: z.enum(['landlord', 'applicant']),
  kind: z.enum(['message', 'document_request', 'visit_proposal']),
  body: z.string(),
  documentCategory: z.string().nullable(),
  documentDueOn: isoDate.nullable(),
  visitSlots: z.array(z.object({ startsAt: z.string(), endsAt: z.string() })),
  chosenSlot: z.date().nullable(),
  replyToId: z.number().int().nullable(),
  readAt: z.date().nullable(),
  createdAt: z.date(),
});

/** A past or current candidacy in a list ("Historique de mes candidatures"). */
export const candidacySummary = z.object({
  id: z.uuid(),
  status: candidacyStatus,
  stage,
  appliedAt: z.date(),
  endedAt: z.date().nullable(),
  offer: offerSummary,
  closingRank: z.number().int().nullable(),
  outcomeReason: z
    .string()
    .nullable()
    .describe('review or commission reason when the candidacy ended on one'),
});

/** The tracker of one candidacy ("Mes candidatures en cours"). */
export const candidacyView = candidacySummary.extend({
  steps: z.array(z.object({ stage, state: z.enum(['done', 'current', 'upcoming', 'stopped']) })),
  canCancel: z.boolean(),
  canDecline: z.boolean(),
  round: z.object({ id: z.uuid(), status: roundStatus, candidacyCount: z.number().int() }),
  position: positionView,
  review: z.object({
    reason: reviewRejectionReason.nullable(),
    comment: z.string().nullable(),
    reviewedAt: z.date().nullable(),
  }),
  commission: commissionDecisionView.nullable(),
  visits: z.array(visitView),
  messages: z
    .object({ total: z.number().int(), unread: z.number().int() })
    .describe('messages from the landlord'),
  lease: z.object({ signedOn: isoDate.nullable(), moveInOn: isoDate.nullable() }),
  timeline: z.array(
    z.object({
      event: z.string(),
      fromStatus: z.string().nullable(),
      toStatus: z.string(),
      reason: z.string().nullable(),
      createdAt: z.date(),
    }),
  ),
});

/** GET /api/candidacies. */
export const myCandidaciesResponse = z.object({
  current: candidacyView.nullable(),
  history: z.array(candidacySummary),
});
/** One candidacy. */
export const candidacyResponse = z.object({ candidacy: candidacyView });
/** "Je postule". */
export const applyBody = z.object({ offerId: z.uuid() });
/** Route parameter: a candidacy. */
export const candidacyIdParams = z.object({ id: z.uuid() });
/** Route parameter: an offer (named `id` like the offers routes that share the path). */
export const offerIdParams = z.object({ id: z.uuid() });
/** Long polling: wait until the revision differs from `after` (at most `wait` seconds). */
export const positionQuery = z.object({
  after: z.coerce.number().int().min(0).optional(),
  wait: z.coerce.number().int().min(0).max(25).default(0),
});
/** The position of a candidacy. */
export const positionResponse = z.object({ position: positionView });
/** What the position would be if the applicant applied now. */
export const positionPreviewResponse = z.object({
  wouldBePosition: z.number().int(),
  total: z.number().int(),
  score: z.number().int(),
  reasons: z.array(scoreReason),
});
/** The applicant refuses the home attributed to them. */
export const declineBody = z.object({ reason: z.string().trim().max(1000).optional() });
/** The applicant's answer to the landlord. */
export const replyBody = z.object({
  body: z.string().trim().min(1).max(4000),
  replyToId: z.number().int().positive().optional(),
  chosenSlot: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('start of the visit slot chosen among those proposed'),
});
/** The conversation of a candidacy. */
export const messagesResponse = z.object({ messages: z.array(messageView) });
/** One message just written. */
export const messageResponse = z.object({ message: messageView });
