import { sql } from 'drizzle-orm';
import {
  boolean,
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

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Client companies (employers). Extended by the employer-portal issue. */
export const companies = pgTable('companies', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  siren: text('siren').notNull(),
  code: text('code').notNull().unique(),
  /** Temporary-work agency: its employees are asked about a permanent temp contract. */
  isTempAgency: boolean('is_temp_agency').notNull().default(false),
  // Housing policy (the employer-portal issue makes it versioned and editable).
  validationRequired: boolean('validation_required').notNull().default(true),
  requiresStaffNumber: boolean('requires_staff_number').notNull().default(false),
  requiresHiringDate: boolean('requires_hiring_date').notNull().default(false),
  allowedConsents: jsonb('allowed_consents')
    .$type<('anonymous' | 'limited' | 'full')[]>()
    .notNull()
    .default(['anonymous', 'limited', 'full']),
  // Onboarding (employer-portal issue): establishments, size and sector checked against the rule.
  sirets: jsonb('sirets').$type<string[]>().notNull().default([]),
  sizeBand: text('size_band', { enum: ['0-9', '10-49', '50-249', '250-999', '1000+'] }),
  sector: text('sector', {
    enum: ['private_non_agricultural', 'private_agricultural', 'public', 'other'],
  }),
  createdByUserId: uuid('created_by_user_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  createdAt: createdAt(),
});

/** Social landlords. */
export const landlords = pgTable('landlords', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  siren: text('siren').notNull(),
  createdAt: createdAt(),
});

/** Every person who logs in: applicants and the staff of the three other portals. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    role: text('role', { enum: ['applicant', 'employer', 'operator', 'landlord'] }).notNull(),
    isAdmin: boolean('is_admin').notNull().default(false),
    civility: text('civility', { enum: ['mme', 'm'] }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    mobilePhone: text('mobile_phone'),
    passwordHash: text('password_hash'),
    status: text('status', { enum: ['pending', 'active', 'disabled'] })
      .notNull()
      .default('pending'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    dataUseAcceptedAt: timestamp('data_use_accepted_at', { withTimezone: true }),
    companyId: uuid('company_id').references(() => companies.id),
    landlordId: uuid('landlord_id').references(() => landlords.id),
    /** Known once an application is imported (checked against it). */
    birthDate: date('birth_date', { mode: 'string' }),
    locale: text('locale', { enum: ['fr', 'en'] })
      .notNull()
      .default('fr'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    check(
      'users_staff_links',
      sql`(${t.role} <> 'employer' OR ${t.companyId} IS NOT NULL) AND (${t.role} <> 'landlord' OR ${t.landlordId} IS NOT NULL)`,
    ),
  ],
);

/** Server-side sessions; the id is the SHA-256 of the cookie value, never the value itself. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

/** Single-use links sent by e-mail (activation, password reset, staff invitation). */
export const accountTokens = pgTable(
  'account_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['activation', 'password_reset', 'invitation'] }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('account_tokens_user_id_idx').on(t.userId)],
);

/** Failure counters behind the growing delays on login, sign-up and link requests. */
export const throttles = pgTable('throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }),
});
