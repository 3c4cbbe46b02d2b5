import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACTIVE_CANDIDACY_STATUSES,
  CANDIDACY_STATUSES,
} from '../../domain/candidacies/candidacy-workflow.js';
import type { LandlordDossier } from '../../domain/candidacies/dossier.js';
import { INADMISSIBILITY_REASONS } from '../../domain/candidacies/commission.js';
import type {
  RankedEntry,
  RankingInputs,
  RankingRuleParams,
  ScoreReason,
} from '../../domain/candidacies/ranking.js';
import { ROUND_STATUSES } from '../../domain/candidacies/round-workflow.js';
import { STAGES } from '../../domain/candidacies/stages.js';
import { users } from './accounts.js';
import { applicantFiles } from './applicant-files.js';
import { offers } from './offers.js';

// Candidacies (issue 5): allocation rounds of an offer, candidacies with their ranking inputs,
// the versioned ranking rule, the ranking frozen at closing, landlord messages and visits, and
// the allocation commission's decisions.

const tz = (name: string) => timestamp(name, { withTimezone: true });
const activeList = sql.raw(ACTIVE_CANDIDACY_STATUSES.map((s) => `'${s}'`).join(', '));

/** Versions of the ranking rule; the highest version is the one in force. */
export const rankingRules = pgTable('ranking_rules', {
  version: integer('version').primaryKey(),
  params: jsonb('params').$type<RankingRuleParams>().notNull(),
  comment: text('comment').notNull(),
  createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: tz('created_at').notNull().defaultNow(),
});

/** One publication of an offer and its allocation (re-publishing opens a new round). */
export const offerRounds = pgTable(
  'offer_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    roundNo: integer('round_no').notNull(),
    status: text('status', { enum: ROUND_STATUSES }).notNull().default('published'),
    /** Last day applications are accepted (Paris time). */
    deadline: date('deadline', { mode: 'string' }).notNull(),
    /** Date seniority is counted up to, fixed when the round opens so scores do not drift. */
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    /** Candidacies still in `applied` (live ranking size). */
    candidacyCount: integer('candidacy_count').notNull().default(0),
    /** Bumped at every change that can move a position (live updates poll it). */
    revision: bigint('revision', { mode: 'number' }).notNull().default(0),
    closedAt: tz('closed_at'),
    sentAt: tz('sent_at'),
    concludedAt: tz('concluded_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('offer_rounds_offer_round_key').on(t.offerId, t.roundNo),
    uniqueIndex('offer_rounds_one_current_key')
      .on(t.offerId)
      .where(sql`status <> 'republished'`),
    index('offer_rounds_status_deadline_idx').on(t.status, t.deadline),
    check('offer_rounds_count_check', sql`${t.candidacyCount} >= 0`),
  ],
);

/** Every change of state of a round. */
export const offerRoundHistory = pgTable(
  'offer_round_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => offerRounds.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('offer_round_history_round_idx').on(t.roundId, t.id)],
);

/** A candidacy ("Je postule") of an applicant to an offer's round. */
export const candidacies = pgTable(
  'candidacies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => offerRounds.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    // Kept (without the account) when the account is deleted: the landlord may still hold the file.
    applicantUserId: uuid('applicant_user_id').references(() => users.id, { onDelete: 'set null' }),
    fileId: uuid('file_id').references(() => applicantFiles.id, { onDelete: 'set null' }),
    status: text('status', { enum: CANDIDACY_STATUSES }).notNull().default('applied'),
    /** The stage of the tracker reached (kept when the candidacy ends). */
    stage: text('stage', { enum: STAGES }).notNull().default('applied'),
    /** Order of recording, the last tie-break of the ranking. */
    sequence: bigserial('sequence', { mode: 'number' }).notNull(),
    appliedAt: tz('applied_at').notNull(),
    inputs: jsonb('inputs').$type<RankingInputs>().notNull(),
    ruleVersion: integer('rule_version').notNull(),
    score: integer('score').notNull(),
    reasons: jsonb('reasons').$type<ScoreReason[]>().notNull(),
    /** Rank in the ranking frozen at closing. */
    closingRank: integer('closing_rank'),
    reviewedByUserId: uuid('reviewed_by_user_id'),
    reviewedAt: tz('reviewed_at'),
    reviewReason: text('review_reason'),
    reviewComment: text('review_comment'),
    /** The file as sent to the landlord (frozen at sending). */
    dossier: jsonb('dossier').$type<LandlordDossier>(),
    leaseSignedOn: date('lease_signed_on', { mode: 'string' }),
    moveInOn: date('move_in_on', { mode: 'string' }),
    endedAt: tz('ended_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // "Vous pouvez postuler sur un logement à la fois": enforced by the database.
    uniqueIndex('candidacies_one_active_per_applicant')
      .on(t.applicantUserId)
      .where(sql`status in (${activeList})`),
    uniqueIndex('candidacies_sequence_key').on(t.sequence),
    index('candidacies_live_rank_idx')
      .on(t.roundId, t.score.desc(), t.appliedAt, t.sequence)
      .where(sql`status = 'applied'`),
    index('candidacies_round_status_idx').on(t.roundId, t.status),
    index('candidacies_applicant_idx').on(t.applicantUserId, t.appliedAt),
    index('candidacies_file_idx').on(t.fileId),
  ],
);

/** Every change of state of a candidacy, with who did it and why. */
export const candidacyHistory = pgTable(
  'candidacy_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    candidacyId: uuid('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('candidacy_history_candidacy_idx').on(t.candidacyId, t.id)],
);

/** The ranking frozen when a round closed: inputs, rule and result, replayable for an audit. */
export const rankingSnapshots = pgTable(
  'ranking_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => offerRounds.id, { onDelete: 'cascade' }),
    ruleVersion: integer('rule_version').notNull(),
    ruleParams: jsonb('rule_params').$type<RankingRuleParams>().notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    entries: jsonb('entries').$type<RankedEntry[]>().notNull(),
    /** SHA-256 of the canonical JSON of rule, reference date and entries. */
    digest: text('digest').notNull(),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ranking_snapshots_round_key').on(t.roundId)],
);

/** Messages between the landlord and an applicant about a candidacy. */
export const candidacyMessages = pgTable(
  'candidacy_messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    candidacyId: uuid('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['landlord', 'applicant'] }).notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['message', 'document_request', 'visit_proposal'] }).notNull(),
    body: text('body').notNull(),
    documentCategory: text('document_category'),
    documentDueOn: date('document_due_on', { mode: 'string' }),
    visitSlots: jsonb('visit_slots')
      .$type<{ startsAt: string; endsAt: string }[]>()
      .notNull()
      .default([]),
    /** Applicant's answer to a visit proposal: the slot chosen. */
    chosenSlot: tz('chosen_slot'),
    replyToId: bigint('reply_to_id', { mode: 'number' }),
    readAt: tz('read_at'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('candidacy_messages_candidacy_idx').on(t.candidacyId, t.id)],
);

/** Visits of the home, recorded by the landlord. */
export const candidacyVisits = pgTable(
  'candidacy_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidacyId: uuid('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    scheduledAt: tz('scheduled_at').notNull(),
    status: text('status', { enum: ['scheduled', 'done', 'missed', 'cancelled'] }).notNull(),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [index('candidacy_visits_candidacy_idx').on(t.candidacyId, t.scheduledAt)],
);

/** The allocation commission (CALEOL) of a round. */
export const commissions = pgTable(
  'commissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => offerRounds.id, { onDelete: 'cascade' }),
    meetingDate: date('meeting_date', { mode: 'string' }).notNull(),
    examinedCount: integer('examined_count').notNull(),
    availableCount: integer('available_count').notNull(),
    justification: text('justification'),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    recordedByUserId: uuid('recorded_by_user_id'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('commissions_round_key').on(t.roundId)],
);

/** The commission's decision on one candidate. */
export const commissionDecisions = pgTable(
  'commission_decisions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    commissionId: uuid('commission_id')
      .notNull()
      .references(() => commissions.id, { onDelete: 'cascade' }),
    candidacyId: uuid('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    decision: text('decision', {
      enum: [
        'attribution',
        'attribution_by_rank',
        'attribution_conditional',
        'non_attribution',
        'inadmissible',
      ],
    }).notNull(),
    rank: integer('rank'),
    conditionDocument: text('condition_document'),
    conditionDeadline: date('condition_deadline', { mode: 'string' }),
    reason: text('reason'),
    createdAt: tz('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commission_decisions_candidacy_key').on(t.candidacyId),
    check(
      'commission_decisions_inadmissible_reason',
      sql`${t.decision} <> 'inadmissible' or ${t.reason} in (${sql.raw(INADMISSIBILITY_REASONS.map((r) => `'${r}'`).join(', '))})`,
    ),
  ],
);
