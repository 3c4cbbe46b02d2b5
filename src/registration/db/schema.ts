import {
  bigserial,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RegistrationApplication } from '../contract.js';

/** The PostgreSQL schema holding every table of the registration service (it may share a database with the platform). */
export const registration = pgSchema('registration');

/** The application document as stored: the contract's shape without the documents (they have their own table). */
export type StoredApplication = Omit<RegistrationApplication, 'documents'>;

// PGlite returns Uint8Array and node-postgres Buffer: both are normalised to Buffer.
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Applications, one per unique number; the indexed columns repeat what searches need from the document. */
export const applications = registration.table(
  'applications',
  {
    uniqueNumber: text('unique_number').primaryKey(),
    applicantEmail: text('applicant_email').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['active', 'to_renew', 'struck_off'] }).notNull(),
    document: jsonb('document').$type<StoredApplication>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('applications_email_idx').on(t.applicantEmail),
    index('applications_status_idx').on(t.status),
  ],
);

/** Supporting documents with their bytes (at most 5 MB each, type checked from the content). */
export const documents = registration.table(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uniqueNumber: text('unique_number')
      .notNull()
      .references(() => applications.uniqueNumber, { onDelete: 'cascade' }),
    person: text('person', { enum: ['applicant', 'co_applicant'] }).notNull(),
    category: text('category', {
      enum: [
        'identity',
        'residence_permit',
        'tax_notice',
        'family_status',
        'work_contract',
        'payslip',
        'employer_certificate',
        'benefit_notice',
        'housing_proof',
        'reason_proof',
      ],
    }).notNull(),
    period: text('period'),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    status: text('status', { enum: ['received', 'validated', 'refused'] }).notNull(),
    content: bytea('content').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('documents_unique_number_idx').on(t.uniqueNumber, t.uploadedAt)],
);

/** Import codes e-mailed to the applicant; the newest row of a number is its current code. */
export const importCodes = registration.table(
  'import_codes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    uniqueNumber: text('unique_number')
      .notNull()
      .references(() => applications.uniqueNumber, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('import_codes_number_idx').on(t.uniqueNumber, t.createdAt)],
);

/** Opaque access tokens given to the platform after a successful verification (only the hash is kept). */
export const accessTokens = registration.table('access_tokens', {
  tokenHash: text('token_hash').primaryKey(),
  uniqueNumber: text('unique_number')
    .notNull()
    .references(() => applications.uniqueNumber, { onDelete: 'cascade' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/** Last sequence number issued per territorial code (never random: the real numbers are sequential). */
export const numberCounters = registration.table('number_counters', {
  territory: text('territory').primaryKey(),
  lastValue: integer('last_value').notNull(),
});

/** E-mails kept for the /dev/mailbox page when no SMTP server is configured. */
export const devMailbox = registration.table('dev_mailbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});
