import { z } from 'zod';
import { PRIORITY_SITUATIONS } from '../../domain/candidacies/priority.js';
import { registrationApplication } from '../../registration/contract.js';
import {
  candidacyStatus,
  commissionDecisionView,
  inadmissibilityReason,
  messageView,
  offerSummary,
  reviewRejectionReason,
  roundStatus,
  scoreReason,
  stage,
  visitView,
} from './candidacy.schemas.js';

const isoDate = z.iso.date();
const points = z.number().int().min(0).max(5000);

/** One adult of the household in the landlord's dossier. */
const dossierPerson = z.object({
  civility: z.enum(['mme', 'm']),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: isoDate,
  nationality: z.enum(['french', 'eu', 'other']),
  hasDisability: z.boolean(),
  professionalStatus: z.string(),
  employerName: z.string().nullable(),
  contractType: z.string().nullable(),
  hiredAt: isoDate.nullable(),
});

/** The file as sent to the landlord: what it needs to instruct, no more (frozen at sending). */
export const landlordDossier = z.object({
  uniqueNumber: z.string(),
  platformNumber: z.string(),
  filedAt: isoDate,
  applicant: dossierPerson.extend({ email: z.string(), mobilePhone: z.string().nullable() }),
  coApplicant: dossierPerson.nullable(),
  household: z.array(
    z.object({
      relationship: z.string(),
      age: z.number().int(),
      isDependant: z.boolean(),
      hasDisability: z.boolean(),
    }),
  ),
  persons: z.number().int(),
  resources: registrationApplication.shape.resources,
  currentHousing: z.object({
    situation: z.string(),
    monthlyRentCents: z.number().int().nullable(),
  }),
  reasons: z.array(z.string()),
  prioritySituations: z.array(z.enum(PRIORITY_SITUATIONS)),
  documentCategories: z.array(z.string()),
});

/** One file of the landlord's shortlist, in rank order. */
export const landlordCandidacy = z.object({
  id: z.uuid(),
  closingRank: z.number().int().nullable(),
  status: candidacyStatus,
  stage,
  dossier: landlordDossier,
  commission: commissionDecisionView.nullable(),
  leaseSignedOn: isoDate.nullable(),
  moveInOn: isoDate.nullable(),
  unreadMessages: z.number().int().describe('messages from the applicant not read yet'),
  visits: z.number().int(),
});

/** An offer's round whose files were sent to the landlord. */
export const landlordRound = z.object({
  roundId: z.uuid(),
  roundNo: z.number().int(),
  status: roundStatus,
  sentAt: z.date().nullable(),
  offer: offerSummary,
  files: z.number().int(),
});

/** The commission of a round. */
export const commissionView = z.object({
  meetingDate: isoDate,
  examinedCount: z.number().int(),
  availableCount: z.number().int(),
  justification: z.string().nullable(),
  warnings: z.array(z.enum(['fewer_than_three_examined', 'fewer_than_three_available'])),
});

/** Query of GET /api/landlord/offers/:offerId/candidacies. */
export const landlordShortlistQuery = z.object({
  round: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe('number of an earlier round to show (default: the current round)'),
});
/** GET /api/landlord/candidacies. */
export const landlordRoundsResponse = z.object({ rounds: z.array(landlordRound) });
/** GET /api/landlord/offers/:offerId/candidacies. */
export const landlordShortlistResponse = z.object({
  round: landlordRound.describe('the round shown: the current one unless `round` asks for another'),
  rounds: z
    .array(landlordRound)
    .describe('every round of the offer, the current one first (one per publication)'),
  candidacies: z.array(landlordCandidacy),
  commission: commissionView.nullable(),
  minExamined: z
    .number()
    .int()
    .describe('candidates the commission examines at least, unless fewer exist'),
});
/** GET /api/landlord/candidacies/:id. */
export const landlordCandidacyDetail = z.object({
  candidacy: landlordCandidacy,
  offer: offerSummary,
  messages: z.array(messageView),
  visitList: z.array(visitView),
});
/** A landlord action on one file. */
export const landlordCandidacyResponse = z.object({ candidacy: landlordCandidacy });
/** A visit just recorded. */
export const visitResponse = z.object({ visit: visitView });

/** A landlord's message: plain, a document request, or visit slots. */
export const landlordMessageBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('message'), body: z.string().trim().min(1).max(4000) }),
  z.object({
    kind: z.literal('document_request'),
    body: z.string().trim().min(1).max(4000),
    documentCategory: z.string().trim().min(1).max(100),
    documentDueOn: isoDate.optional(),
  }),
  z.object({
    kind: z.literal('visit_proposal'),
    body: z.string().trim().min(1).max(4000),
    visitSlots: z
      .array(
        z.object({
          startsAt: z.iso.datetime({ offset: true }),
          endsAt: z.iso.datetime({ offset: true }),
        }),
      )
      .min(1)
      .max(10),
  }),
]);

/** A visit the landlord records. */
export const visitBody = z.object({
  scheduledAt: z.iso.datetime({ offset: true }),
  status: z.enum(['scheduled', 'done', 'missed', 'cancelled']),
  note: z.string().trim().max(1000).optional(),
});

/** One decision of the commission. */
const decision = z.discriminatedUnion('decision', [
  z.object({ candidacyId: z.uuid(), decision: z.literal('attribution') }),
  z.object({
    candidacyId: z.uuid(),
    decision: z.literal('attribution_by_rank'),
    rank: z.number().int().min(1).max(50),
  }),
  z.object({
    candidacyId: z.uuid(),
    decision: z.literal('attribution_conditional'),
    rank: z.number().int().min(1).max(50),
    condition: z.object({ document: z.string().trim().min(1).max(200), deadline: isoDate }),
  }),
  z.object({
    candidacyId: z.uuid(),
    decision: z.literal('non_attribution'),
    reason: z.string().trim().min(1).max(1000),
  }),
  z.object({
    candidacyId: z.uuid(),
    decision: z.literal('inadmissible'),
    reason: inadmissibilityReason,
  }),
]);

/** The commission's meeting and decisions. */
export const commissionBody = z.object({
  meetingDate: isoDate,
  justification: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .describe('required when fewer than 3 candidates were examined'),
  decisions: z.array(decision).min(1).max(50),
});
/** Outcome of recording a commission. */
export const commissionResponse = z.object({
  commissionId: z.uuid(),
  warnings: z.array(z.enum(['fewer_than_three_examined', 'fewer_than_three_available'])),
});
/** Whether the missing document arrived in time. */
export const conditionBody = z.object({ met: z.boolean() });
/** The lease signature. */
export const leaseBody = z.object({ signedOn: isoDate, moveInOn: isoDate.optional() });
/** "Entrée dans les lieux". */
export const moveInBody = z.object({ movedInOn: isoDate });
/** New dates of a re-published offer. */
export const republishBody = z.object({ applicationDeadline: isoDate, availableOn: isoDate });

/** Action Logement's decision on a retained file. */
export const reviewBody = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('validate') }),
  z.object({
    decision: z.literal('reject'),
    reason: reviewRejectionReason,
    comment: z.string().trim().max(1000).optional(),
  }),
]);

/** An offer's allocation round as the back office lists it. */
export const backofficeRound = z.object({
  roundId: z.uuid(),
  roundNo: z.number().int(),
  status: roundStatus,
  deadline: isoDate,
  candidacyCount: z.number().int(),
  closedAt: z.date().nullable(),
  sentAt: z.date().nullable(),
  offer: offerSummary,
  pending: z.number().int().describe('retained files still to review'),
  validated: z.number().int(),
});

/** A file of a closed round in frozen rank order. */
export const shortlistLine = z.object({
  candidacyId: z.uuid(),
  closingRank: z.number().int().nullable(),
  status: candidacyStatus,
  applicant: z
    .object({ firstName: z.string(), lastName: z.string(), email: z.string() })
    .nullable(),
  fileId: z.uuid().nullable(),
  platformNumber: z.string().nullable(),
  score: z.number().int(),
  reasons: z.array(scoreReason),
  appliedAt: z.date(),
  reviewReason: reviewRejectionReason.nullable(),
  reviewComment: z.string().nullable(),
  reviewedAt: z.date().nullable(),
});

/** GET /api/backoffice/offers/:offerId/shortlist. */
export const backofficeShortlistResponse = z.object({
  round: backofficeRound,
  lines: z
    .array(shortlistLine)
    .describe('every file that held a place in the shortlist, then the next 5 in reserve'),
});
/** GET /api/backoffice/rounds. */
export const backofficeRoundsResponse = z.object({ rounds: z.array(backofficeRound) });
/** Filter of the back-office queue (default: rounds under review). */
export const backofficeRoundsQuery = z.object({ status: roundStatus.optional() });
/** A round just moved (closing, sending). */
export const backofficeRoundResponse = z.object({ round: backofficeRound });

/** The parameters of the ranking rule (docs/ranking.md). */
export const rankingRuleParams = z.object({
  priorityPoints: z.object(
    Object.fromEntries(PRIORITY_SITUATIONS.map((s) => [s, points])) as Record<
      (typeof PRIORITY_SITUATIONS)[number],
      typeof points
    >,
  ),
  maxPriorityPoints: points.nullable(),
  seniority: z.object({
    pointsPerMonth: z.number().int().min(0).max(100),
    maxMonths: z.number().int().min(0).max(600),
  }),
  companyPolicy: z.object({
    maxPoints: z.number().int().min(0).max(1000),
    weight: z.number().int().min(0).max(1000),
  }),
});
/** A version of the ranking rule. */
export const rankingRuleView = z.object({
  version: z.number().int(),
  params: rankingRuleParams,
  comment: z.string(),
  createdAt: z.date(),
  authorName: z.string().nullable(),
  authorFirstName: z.string().nullable(),
});
/** GET /api/backoffice/ranking-rules: every version, the one in force first. */
export const rankingRulesResponse = z.object({ rules: z.array(rankingRuleView) });
/** A new version of the ranking rule. */
export const rankingRuleBody = z.object({
  expectedVersion: z.number().int().min(1),
  params: rankingRuleParams,
  comment: z.string().trim().min(3).max(1000),
});
/** The version just stored. */
export const rankingRuleResponse = z.object({
  rule: z.object({ version: z.number().int(), params: rankingRuleParams }),
});

const rankedEntry = z.object({
  candidacyId: z.uuid(),
  inputs: z.object({
    prioritySituations: z.array(z.enum(PRIORITY_SITUATIONS)),
    filedAt: isoDate,
    companyPolicy: z
      .object({ companyId: z.uuid(), policyVersion: z.number().int(), points: z.number().int() })
      .nullable(),
  }),
  appliedAt: z.string(),
  sequence: z.number().int(),
  score: z.object({ total: z.number().int(), reasons: z.array(scoreReason) }),
  rank: z.number().int(),
});

/** GET /api/backoffice/offers/:offerId/ranking: the ranking frozen at closing. */
export const rankingAuditResponse = z.object({
  round: backofficeRound,
  snapshot: z.object({
    ruleVersion: z.number().int(),
    ruleParams: rankingRuleParams,
    referenceDate: isoDate,
    digest: z.string(),
    createdAt: z.date(),
    entries: z.array(rankedEntry),
  }),
});
/** POST /api/backoffice/offers/:offerId/ranking/replay. */
export const rankingReplayResponse = z.object({
  identical: z
    .boolean()
    .describe(
      'replayed from the inputs and rule stored in the snapshot: same ranks, scores, reasons and seal',
    ),
  identicalFromSources: z
    .boolean()
    .describe('replayed from the candidacies’ stored inputs and the stored rule version'),
  digest: z.string(),
  replayedDigest: z.string(),
  entries: z.array(rankedEntry),
});
