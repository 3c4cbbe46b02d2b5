import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { applicantFiles, auditEvents, users } from '../../db/schema/index.js';
import type { FileRow } from '../applicant-file/file.repo.js';

/** The files of a company's employees that the company may see at all (not anonymous). */
export async function listCompanyFiles(
  q: Queryable,
  companyId: string,
  status: FileRow['status'] | undefined,
  limit = 500,
): Promise<{ file: FileRow; email: string }[]> {
  const conditions: SQL[] = [
    eq(applicantFiles.companyId, companyId),
    inArray(applicantFiles.consent, ['limited', 'full']),
  ];
  if (status) conditions.push(eq(applicantFiles.status, status));
  const rows = await q
    .select({ file: applicantFiles, email: users.email })
    .from(applicantFiles)
    .innerJoin(users, eq(users.id, applicantFiles.userId))
    .where(and(...conditions))
    .orderBy(desc(applicantFiles.submittedAt))
    .limit(limit);
  return rows;
}

/** Writes one audit row per employee whose personal data a staff member just saw. */
export async function recordViews(
  q: Queryable,
  actorUserId: string,
  subjects: { userId: string; fileId: string }[],
  action: 'file.viewed' | 'file.listed' | 'file.exported',
  ip: string,
): Promise<void> {
  if (subjects.length === 0) return;
  await q.insert(auditEvents).values(
    subjects.map((s) => ({
      action,
      actorUserId,
      subjectUserId: s.userId,
      ip,
      details: { fileId: s.fileId },
    })),
  );
}
