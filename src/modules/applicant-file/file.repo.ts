import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import {
  applicantFileHistory,
  applicantFiles,
  companies,
  pendingImports,
  platformNumberSeq,
} from '../../db/schema/index.js';
import type { FileEvent, FileStatus } from '../../domain/applicant-file/workflow.js';
import { AppError } from '../../server/errors.js';

/** A file row as stored. */
export type FileRow = typeof applicantFiles.$inferSelect;
/** A company row as stored (with its housing policy). */
export type CompanyRow = typeof companies.$inferSelect;

/** The file of an account, if any. */
export async function findFileByUser(q: Queryable, userId: string): Promise<FileRow | null> {
  const rows = await q
    .select()
    .from(applicantFiles)
    .where(eq(applicantFiles.userId, userId))
    .limit(1);
  return rows[0] ?? null;
}

/** A file by id. */
export async function findFileById(q: Queryable, id: string): Promise<FileRow | null> {
  const rows = await q.select().from(applicantFiles).where(eq(applicantFiles.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The file of an account, or a `file.not_found` error. */
export async function requireFileOfUser(q: Queryable, userId: string): Promise<FileRow> {
  const file = await findFileByUser(q, userId);
  if (!file) throw new AppError('file.not_found');
  return file;
}

/** The next applicant number on the platform (AL-100001, AL-100002…). */
export async function nextPlatformNumber(q: Queryable): Promise<string> {
  const result = (await q.execute(
    sql`select nextval(${platformNumberSeq.seqName}) as n`,
  )) as unknown as { rows: { n: string | number }[] };
  return `AL-${String(result.rows[0]?.n ?? '')}`;
}

/** Inserts a new file. */
export async function insertFile(
  q: Queryable,
  values: typeof applicantFiles.$inferInsert,
): Promise<FileRow> {
  const [row] = await q.insert(applicantFiles).values(values).returning();
  if (!row) throw new Error('insert applicant_files returned nothing');
  return row;
}

/** Updates fields of a file that is still in one of the given states; conflict otherwise. */
export async function updateFileInStates(
  q: Queryable,
  id: string,
  states: readonly FileStatus[],
  patch: Partial<typeof applicantFiles.$inferInsert>,
  now: Date,
): Promise<FileRow> {
  const rows = await q
    .update(applicantFiles)
    .set({ ...patch, updatedAt: now })
    .where(and(eq(applicantFiles.id, id), inArray(applicantFiles.status, [...states])))
    .returning();
  const row = rows[0];
  if (!row) throw new AppError('file.not_editable');
  return row;
}

/**
 * Moves a file from one state to another (only if it is still in `from`) and appends the history
 * row, in the caller's transaction.
 */
export async function transitionFile(
  q: Queryable,
  input: {
    id: string;
    from: FileStatus;
    to: FileStatus;
    event: FileEvent | 'imported';
    actorUserId: string | null;
    reason?: string | null;
    comment?: string | null;
    details?: Record<string, unknown>;
    patch?: Partial<typeof applicantFiles.$inferInsert>;
  },
  now: Date,
): Promise<FileRow> {
  const rows = await q
    .update(applicantFiles)
    .set({ ...input.patch, status: input.to, updatedAt: now })
    .where(and(eq(applicantFiles.id, input.id), eq(applicantFiles.status, input.from)))
    .returning();
  const row = rows[0];
  if (!row) throw new AppError('file.state_changed');
  await appendHistory(q, {
    fileId: input.id,
    event: input.event,
    fromStatus: input.from,
    toStatus: input.to,
    actorUserId: input.actorUserId,
    reason: input.reason ?? null,
    comment: input.comment ?? null,
    details: input.details ?? {},
    createdAt: now,
  });
  return row;
}

/** Appends one history row. */
export async function appendHistory(
  q: Queryable,
  values: typeof applicantFileHistory.$inferInsert,
): Promise<void> {
  await q.insert(applicantFileHistory).values(values);
}

/** The history of a file, oldest first. */
export function fileHistory(q: Queryable, fileId: string) {
  return q
    .select()
    .from(applicantFileHistory)
    .where(eq(applicantFileHistory.fileId, fileId))
    .orderBy(applicantFileHistory.id);
}

/** The company linked to a file, if any. */
export async function findCompany(q: Queryable, id: string | null): Promise<CompanyRow | null> {
  if (!id) return null;
  const rows = await q.select().from(companies).where(eq(companies.id, id)).limit(1);
  return rows[0] ?? null;
}

/** A company by its code, case-insensitively. */
export async function findCompanyByCode(q: Queryable, code: string): Promise<CompanyRow | null> {
  const rows = await q
    .select()
    .from(companies)
    .where(sql`upper(${companies.code}) = upper(${code})`)
    .limit(1);
  return rows[0] ?? null;
}

/** The pending import request of an account. */
export async function findPendingImport(q: Queryable, userId: string) {
  const rows = await q
    .select()
    .from(pendingImports)
    .where(eq(pendingImports.userId, userId))
    .limit(1);
  return rows[0] ?? null;
}

/** Records (or replaces) the pending import request of an account. */
export async function upsertPendingImport(
  q: Queryable,
  values: typeof pendingImports.$inferInsert,
): Promise<void> {
  await q
    .insert(pendingImports)
    .values(values)
    .onConflictDoUpdate({
      target: pendingImports.userId,
      set: {
        uniqueNumber: values.uniqueNumber,
        maskedEmail: values.maskedEmail,
        requestedAt: values.requestedAt,
      },
    });
}

/** Forgets the pending import request of an account. */
export async function deletePendingImport(q: Queryable, userId: string): Promise<void> {
  await q.delete(pendingImports).where(eq(pendingImports.userId, userId));
}
