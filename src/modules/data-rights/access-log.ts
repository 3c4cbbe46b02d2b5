import { and, desc, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/database.js';
import { auditEvents, companies, landlords, users } from '../../db/schema/index.js';
import { messagesFor, type Locale } from '../../server/i18n/index.js';

/** The audit actions that are someone looking at the user's personal data. */
export const ACCESS_ACTIONS = [
  'file.viewed',
  'file.listed',
  'file.exported',
  'file.validated_despite_criteria',
  'recovery.proof_viewed',
  'message.attachment_viewed',
  'candidacy.viewed',
  'candidacy.listed',
  'candidacy.history_viewed',
] as const;

/** One access to the user's data, as the user sees it: the organisation, never the staff member's name or e-mail. */
export type AccessLogEntry = {
  at: Date;
  action: (typeof ACCESS_ACTIONS)[number];
  what: string;
  actor: {
    role: 'employer' | 'operator' | 'landlord' | 'applicant' | 'system';
    organisation: string | null;
    label: string;
  };
};

/** Who accessed the user's data, newest first (other people's accesses only). */
export async function accessLogOf(
  q: Queryable,
  userId: string,
  locale: Locale,
  limit = 1000,
): Promise<AccessLogEntry[]> {
  const actor = alias(users, 'actor');
  const rows = await q
    .select({
      at: auditEvents.createdAt,
      action: auditEvents.action,
      role: actor.role,
      companyName: companies.name,
      landlordName: landlords.name,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(companies, eq(companies.id, actor.companyId))
    .leftJoin(landlords, eq(landlords.id, actor.landlordId))
    .where(
      and(
        eq(auditEvents.subjectUserId, userId),
        inArray(auditEvents.action, [...ACCESS_ACTIONS]),
        or(isNull(auditEvents.actorUserId), ne(auditEvents.actorUserId, userId)),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit);
  const t = messagesFor(locale).accessLog;
  return rows.map((row) => {
    const role = row.role ?? 'system';
    const organisation =
      role === 'employer'
        ? row.companyName
        : role === 'landlord'
          ? row.landlordName
          : role === 'operator'
            ? 'Action Logement Services'
            : null;
    const action = row.action as AccessLogEntry['action'];
    return {
      at: row.at,
      action,
      what: t.actions[action] ?? t.actions.other,
      actor: {
        role,
        organisation,
        label:
          organisation && role !== 'operator'
            ? `${t.roles[role]} (${organisation})`
            : t.roles[role],
      },
    };
  });
}
