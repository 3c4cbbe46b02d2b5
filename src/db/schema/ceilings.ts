import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';

const FINANCING = ['PLAI', 'PLUS', 'PLS', 'PLI'] as const;

/** Income ceilings (whole euros): year × financing × zone × category (0 = per extra person). */
export const incomeCeilings = pgTable(
  'income_ceilings',
  {
    year: integer('year').notNull(),
    financing: text('financing', { enum: FINANCING }).notNull(),
    zone: smallint('zone').notNull(),
    category: smallint('category').notNull(),
    amount: integer('amount').notNull(),
    /** The official text the amount comes from, or the back-office entry it was made by. */
    source: text('source').notNull(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'income_ceilings_pkey',
      columns: [t.year, t.financing, t.zone, t.category],
    }),
    check('income_ceilings_zone_check', sql`${t.zone} between 1 and 3`),
    check('income_ceilings_category_check', sql`${t.category} between 0 and 6`),
    check('income_ceilings_amount_check', sql`${t.amount} >= 0`),
  ],
);

/** Append-only history of the back-office changes to the income ceilings. */
export const incomeCeilingChanges = pgTable(
  'income_ceiling_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    year: integer('year').notNull(),
    financing: text('financing', { enum: FINANCING }).notNull(),
    zone: smallint('zone').notNull(),
    category: smallint('category').notNull(),
    /** Null when the amount was entered for the first time. */
    oldAmount: integer('old_amount'),
    newAmount: integer('new_amount').notNull(),
    comment: text('comment'),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('income_ceiling_changes_created_idx').on(t.createdAt),
    index('income_ceiling_changes_key_idx').on(t.year, t.financing, t.zone, t.category),
  ],
);
