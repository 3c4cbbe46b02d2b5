import type { Queryable } from '../db/database.js';
import { auditEvents } from '../db/schema/index.js';

/** Actions written to the audit trail. */
export type AuditAction =
  | 'account.created'
  | 'account.activated'
  | 'login.succeeded'
  | 'login.failed'
  | 'logout'
  | 'password.reset_requested'
  | 'password.reset'
  | 'password.changed'
  | 'staff.created'
  | 'file.imported'
  | 'file.deleted'
  | 'file.viewed'
  | 'file.listed'
  | 'file.exported'
  | 'file.purged'
  | 'file.validated_despite_criteria'
  | 'account.deleted'
  | 'data.exported'
  | 'company.created'
  | 'company.updated'
  | 'policy.changed'
  | 'access_code.issued'
  | 'access_code.resent'
  | 'access_code.revoked'
  | 'access_code.redeemed'
  | 'certificate.issued'
  | 'recovery.requested'
  | 'recovery.proof_viewed'
  | 'recovery.answered'
  | 'recovery.rejected'
  | 'message.attachment_viewed'
  | 'candidacy.viewed'
  | 'candidacy.listed'
  | 'candidacy.history_viewed'
  | 'ranking.rule_changed'
  | 'ranking.replayed'
  | 'round.closed_early';

/** Appends one event to the audit trail (inside the caller's transaction). */
export async function audit(
  q: Queryable,
  event: {
    action: AuditAction;
    actorUserId?: string | null;
    subjectUserId?: string | null;
    ip?: string | null;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await q.insert(auditEvents).values({
    action: event.action,
    actorUserId: event.actorUserId ?? null,
    subjectUserId: event.subjectUserId ?? null,
    ip: event.ip ?? null,
    details: event.details ?? {},
  });
}
