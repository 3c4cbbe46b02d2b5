import { z } from 'zod';
import { searchFilters } from '../offers/search.schemas.js';

const iso = z.date().transform((d) => d.toISOString());
/** How often an alert e-mails: at each matching offer, or once a day. */
export const alertFrequency = z.enum(['immediate', 'daily']);

/** "Créer une alerte": the current search's filters, a name and a frequency. */
export const alertInput = z.object({
  name: z.string().trim().min(1).max(80),
  filters: searchFilters,
  frequency: alertFrequency.default('immediate'),
});
/** A change of an alert (any of its fields; `active: true` turns an unsubscribed alert back on). */
export const alertPatch = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  filters: searchFilters.optional(),
  frequency: alertFrequency.optional(),
  active: z.boolean().optional(),
});
/** An alert as listed. */
export const alertView = z.object({
  id: z.uuid(),
  name: z.string(),
  filters: searchFilters,
  frequency: alertFrequency,
  active: z.boolean(),
  createdAt: iso,
  updatedAt: iso,
  lastSentAt: iso.nullable(),
});
/** `:id` of an alert. */
export const alertIdParams = z.object({ id: z.uuid() });
