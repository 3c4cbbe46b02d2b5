import {
  bigserial,
  boolean,
  date,
  index,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RegistrationApplication } from '../../registration/contract.js';
import { companies, users } from './accounts.js';

/** Source of the applicant's number on the platform ("numéro AL'in"). */
export const platformNumberSeq = pgSequence('platform_number_seq', { startWith: 100001 });

/** A unique number an applicant asked to import, waiting for the e-mailed code. */
export const pendingImports = pgTable('pending_imports', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  uniqueNumber: text('unique_number').notNull(),
  maskedEmail: text('masked_email').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
});

/** The applicant's file: the imported application plus what AL'in adds (company, consent, documents, validations). */
export const applicantFiles = pgTable(
  'applicant_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    uniqueNumber: text('unique_number').notNull(),
    platformNumber: text('platform_number').notNull(),
    personalCode: text('personal_code').notNull(),
    registrationToken: text('registration_token').notNull(),
    snapshot: jsonb('snapshot').$type<RegistrationApplication>().notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull(),
    identityMismatch: jsonb('identity_mismatch').$type<string[]>().notNull().default([]),
    status: text('status', {
      enum: ['incomplete', 'awaiting_company', 'awaiting_operator', 'validated', 'refused'],
    })
      .notNull()
      .default('incomplete'),
    // Company step ("Les informations à compléter pour AL'in").
    attachTo: text('attach_to', { enum: ['applicant', 'co_applicant'] }),
    employerSiret: text('employer_siret'),
    employerName: text('employer_name'),
    companyId: uuid('company_id').references(() => companies.id),
    staffNumber: text('staff_number'),
    hiredAt: date('hired_at', { mode: 'string' }),
    permanentTempContract: boolean('permanent_temp_contract'),
    consent: text('consent', { enum: ['anonymous', 'limited', 'full'] }),
    companyStepDoneAt: timestamp('company_step_done_at', { withTimezone: true }),
    // Documents step.
    confirmedDocuments: jsonb('confirmed_documents').$type<string[]>().notNull().default([]),
    documentsConfirmedAt: timestamp('documents_confirmed_at', { withTimezone: true }),
    // Validations.
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    refusedBy: text('refused_by', { enum: ['company', 'operator'] }),
    refusalReason: text('refusal_reason'),
    refusalComment: text('refusal_comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One AL'in account per unique number, and one file per account.
    uniqueIndex('applicant_files_unique_number_key').on(t.uniqueNumber),
    uniqueIndex('applicant_files_user_id_key').on(t.userId),
    uniqueIndex('applicant_files_platform_number_key').on(t.platformNumber),
    index('applicant_files_status_idx').on(t.status),
    index('applicant_files_company_status_idx').on(t.companyId, t.status),
  ],
);

/** Every change of state of a file, with who did it and why. */
export const applicantFileHistory = pgTable(
  'applicant_file_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => applicantFiles.id, { onDelete: 'cascade' }),
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    reason: text('reason'),
    comment: text('comment'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('applicant_file_history_file_idx').on(t.fileId, t.createdAt)],
);
