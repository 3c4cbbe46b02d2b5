import type { Queryable } from '../../db/database.js';
import { auditEvents } from '../../db/schema/index.js';

/** Writes one audit line per applicant whose candidacy data a staff member just saw. */
export async function recordCandidacyViews(
  q: Queryable,
  input: {
    actorUserId: string;
    action: 'candidacy.viewed' | 'candidacy.listed' | 'candidacy.history_viewed';
    ip: string;
    subjects: { applicantUserId: string | null; candidacyId: string }[];
  },
): Promise<void> {
  if (input.subjects.length === 0) return;
  await q.insert(auditEvents).values(
    input.subjects.map((s) => ({
      action: input.action,
      actorUserId: input.actorUserId,
      subjectUserId: s.applicantUserId,
      ip: input.ip,
      details: { candidacyId: s.candidacyId },
    })),
  );
}
