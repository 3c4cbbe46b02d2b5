import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { WorkplaceRule } from '../../domain/companies/policy.js';
import { companies, users } from './accounts.js';
import { applicantFiles } from './applicant-files.js';

// Tables of the employer portal, personal access codes, code recovery, secure messages, help
// (contact and fraud reports) and personal-data rights (issue 6).

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Binary content (PostgreSQL bytea), read back as a Buffer on both engines. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Every version of a company's housing policy; the latest is copied onto `companies`. */
export const companyPolicyVersions = pgTable(
  'company_policy_versions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    validationRequired: boolean('validation_required').notNull(),
    requiresStaffNumber: boolean('requires_staff_number').notNull(),
    requiresHiringDate: boolean('requires_hiring_date').notNull(),
    allowedConsents: jsonb('allowed_consents')
      .$type<('anonymous' | 'limited' | 'full')[]>()
      .notNull(),
    minSeniorityMonths: integer('min_seniority_months'),
    contractTypes: jsonb('contract_types')
      .$type<('cdi' | 'cdd' | 'interim' | 'apprenticeship' | 'other')[]>()
      .notNull()
      .default([]),
    workplaces: jsonb('workplaces').$type<WorkplaceRule[]>().notNull().default([]),
    priorityPoints: integer('priority_points').notNull().default(0),
    employeeNote: text('employee_note'),
    authorUserId: uuid('author_user_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('company_policy_versions_company_version_key').on(t.companyId, t.version)],
);

/** Personal access codes HR sends to employees not yet registered (only a hash of the code is kept). */
export const employeeAccessCodes = pgTable(
  'employee_access_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    codeHash: text('code_hash').notNull(),
    /** Last characters of the code, so HR and the employee can tell codes apart. */
    codeHint: text('code_hint').notNull(),
    issuedByUserId: uuid('issued_by_user_id'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    sentCount: integer('sent_count').notNull().default(1),
    lastSentAt: timestamp('last_sent_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    usedAt: timestamp('used_at', { withTimezone: true }),
    usedByFileId: uuid('used_by_file_id').references(() => applicantFiles.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    uniqueIndex('employee_access_codes_hash_key').on(t.codeHash),
    index('employee_access_codes_company_idx').on(t.companyId, t.issuedAt),
    index('employee_access_codes_email_idx').on(t.companyId, sql`lower(${t.email})`),
  ],
);

/** Certificates ("attestation") the applicant downloaded, with their verification reference. */
export const certificates = pgTable(
  'certificates',
  {
    reference: text('reference').primaryKey(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => applicantFiles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    holderName: text('holder_name').notNull(),
    personalCode: text('personal_code').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('certificates_file_idx').on(t.fileId)],
);

/** Uploaded files (proofs of employment, contact attachments), checked by content before storage. */
export const uploadedFiles = pgTable(
  'uploaded_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['recovery_proof', 'contact_attachment'] }).notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type', {
      enum: ['application/pdf', 'image/jpeg', 'image/png'],
    }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('uploaded_files_owner_idx').on(t.ownerUserId)],
);

/** "Récupérer mon code" requests, handled by the back office within 3 working days. */
export const recoveryRequests = pgTable(
  'recovery_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    /** The account the request is about (matched on its e-mail); null when none matched. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    codeKind: text('code_kind', { enum: ['personal', 'company'] }).notNull(),
    civility: text('civility', { enum: ['mme', 'm'] }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    accountEmail: text('account_email').notNull(),
    employerName: text('employer_name').notNull(),
    siret: text('siret').notNull(),
    reason: text('reason').notNull(),
    proofKind: text('proof_kind', {
      enum: ['employment_certificate', 'payslip', 'contract'],
    }).notNull(),
    proofFileId: uuid('proof_file_id').references(() => uploadedFiles.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['pending', 'answered', 'rejected'] })
      .notNull()
      .default('pending'),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    handledByUserId: uuid('handled_by_user_id'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handlingNote: text('handling_note'),
    threadId: uuid('thread_id'),
    ip: text('ip'),
    createdAt: createdAt(),
  },
  (t) => [index('recovery_requests_status_due_idx').on(t.status, t.dueOn)],
);

/** A conversation between the back office and one applicant (a recovery answer, a contact request...). */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicantUserId: uuid('applicant_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['recovery', 'contact', 'general'] }).notNull(),
    category: text('category'),
    subject: text('subject').notNull(),
    status: text('status', {
      enum: ['awaiting_backoffice', 'awaiting_applicant', 'closed'],
    }).notNull(),
    recoveryRequestId: uuid('recovery_request_id'),
    dueOn: date('due_on', { mode: 'string' }),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('message_threads_applicant_idx').on(t.applicantUserId, t.lastMessageAt),
    index('message_threads_status_idx').on(t.status, t.dueOn),
  ],
);

/** One message of a thread. */
export const messages = pgTable(
  'messages',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['applicant', 'backoffice'] }).notNull(),
    authorUserId: uuid('author_user_id'),
    body: text('body').notNull(),
    /** When the other side first read it. */
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('messages_thread_idx').on(t.threadId, t.id)],
);

/** Files attached to a message. */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    messageId: bigint('message_id', { mode: 'number' })
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => uploadedFiles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.messageId, t.fileId] })],
);

/** Reports to the fraud team (someone asked for money), handled in the back office. */
export const fraudReports = pgTable(
  'fraud_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull().unique(),
    reporterUserId: uuid('reporter_user_id').references(() => users.id, { onDelete: 'set null' }),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    channel: text('channel', {
      enum: ['phone', 'email', 'sms', 'website', 'social_network', 'in_person', 'other'],
    }).notNull(),
    amountRequestedCents: integer('amount_requested_cents'),
    occurredOn: date('occurred_on', { mode: 'string' }),
    description: text('description').notNull(),
    status: text('status', { enum: ['new', 'in_review', 'closed'] })
      .notNull()
      .default('new'),
    handledByUserId: uuid('handled_by_user_id'),
    handlingNote: text('handling_note'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('fraud_reports_status_idx').on(t.status, t.createdAt)],
);
