import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../../db/database.js';
import { employeeAccessCodes } from '../../../db/schema/index.js';
import { audit } from '../../../server/audit.js';
import type { FieldProblem } from '../../../server/errors.js';
import {
  accessCodeState,
  findAccessCode,
  unusableCodeProblem,
  type AccessCodeRow,
} from '../access-code.repo.js';

/**
 * The code an applicant typed in the company step, if it can attach `fileId` to its company: it
 * must exist, not be revoked nor expired, and not have been used by another file (the same file
 * may save its company step again). The code is bound to its company, not to the e-mail it was
 * sent to (employees often register with a personal address): HR sees the name it was issued to
 * next to the file's at validation.
 */
export async function checkAccessCode(
  q: Queryable,
  typed: string,
  fileId: string,
  now: Date,
): Promise<{ ok: true; code: AccessCodeRow } | { ok: false; problem: FieldProblem }> {
  const code = await findAccessCode(q, typed);
  if (code?.usedByFileId === fileId) return { ok: true, code };
  const state = code ? accessCodeState(code, now) : null;
  if (!code || state !== 'active')
    return {
      ok: false,
      problem: {
        path: 'personalAccessCode',
        code: unusableCodeProblem(state === 'active' ? null : state),
      },
    };
  return { ok: true, code };
}

/** Marks the code used by the file (in the caller's transaction); false when another file took it first. */
export async function consumeAccessCode(
  q: Queryable,
  code: AccessCodeRow,
  file: { id: string; userId: string },
  now: Date,
  ip: string | null,
): Promise<boolean> {
  const rows = await q
    .update(employeeAccessCodes)
    .set({
      usedAt: sql`coalesce(${employeeAccessCodes.usedAt}, ${now.toISOString()}::timestamptz)`,
      usedByFileId: file.id,
    })
    .where(
      and(
        eq(employeeAccessCodes.id, code.id),
        isNull(employeeAccessCodes.revokedAt),
        or(
          eq(employeeAccessCodes.usedByFileId, file.id),
          and(isNull(employeeAccessCodes.usedAt), gt(employeeAccessCodes.expiresAt, now)),
        ),
      ),
    )
    .returning({ id: employeeAccessCodes.id });
  if (rows.length === 0) return false;
  if (code.usedByFileId !== file.id) {
    await audit(q, {
      action: 'access_code.redeemed',
      actorUserId: file.userId,
      subjectUserId: file.userId,
      ip,
      details: { companyId: code.companyId, accessCodeId: code.id, fileId: file.id },
    });
  }
  return true;
}
