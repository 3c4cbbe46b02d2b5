import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { offers } from './offers.js';

/** The search filters an alert saves (the query of `GET /api/offers`, without paging). */
export type SavedSearchFilters = {
  typologies?: ('T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6')[] | undefined;
  kind?: 'flat' | 'house' | undefined;
  commune?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  distance?: number | undefined;
  pmr?: boolean | undefined;
  availableNow?: boolean | undefined;
  minSurface?: number | undefined;
  minRent?: number | undefined;
  maxRent?: number | undefined;
};

const tz = (name: string) => timestamp(name, { withTimezone: true });

/** An applicant's saved search ("Créer une alerte"), e-mailed at once or in a daily digest. */
export const searchAlerts = pgTable(
  'search_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<SavedSearchFilters>().notNull(),
    /** Centre of the distance filter, resolved when saved (a commune's position or the point). */
    centerLatitude: doublePrecision('center_latitude'),
    centerLongitude: doublePrecision('center_longitude'),
    /** INSEE codes counted as "in the commune" (the commune and its arrondissements). */
    centerCommunes: text('center_communes').array(),
    frequency: text('frequency', { enum: ['immediate', 'daily'] }).notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: tz('created_at').notNull().defaultNow(),
    updatedAt: tz('updated_at').notNull().defaultNow(),
    lastSentAt: tz('last_sent_at'),
  },
  (t) => [index('search_alerts_user_idx').on(t.userId)],
);

/** An offer found for an alert: e-mailed at once (sentAt set) or waiting for the daily digest. */
export const alertMatches = pgTable(
  'alert_matches',
  {
    alertId: uuid('alert_id')
      .notNull()
      .references(() => searchAlerts.id, { onDelete: 'cascade' }),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    matchedAt: tz('matched_at').notNull(),
    sentAt: tz('sent_at'),
  },
  (t) => [
    primaryKey({ name: 'alert_matches_pkey', columns: [t.alertId, t.offerId] }),
    index('alert_matches_pending_idx')
      .on(t.alertId)
      .where(sql`sent_at is null`),
  ],
);
