import { compareIdentity } from '../../../domain/applicant-file/identity-match.js';
import { parseUniqueNumber } from '../../../domain/identifiers/unique-number.js';
import { applicantFiles, users } from '../../../db/schema/index.js';
import { eq } from 'drizzle-orm';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError, invalidFields } from '../../../server/errors.js';
import { newReadableCode } from '../../../server/security/tokens.js';
import { findUserById } from '../../accounts/account.repo.js';
import { retractFileProfile } from '../../offers/use-cases/eligibility-jobs.js';
import { enqueueFileMail } from '../file-mail.js';
import {
  deletePendingImport,
  findFileByUser,
  findPendingImport,
  insertFile,
  nextPlatformNumber,
  appendHistory,
  upsertPendingImport,
  type FileRow,
} from '../file.repo.js';

/** Step "Numéro unique": checks the number and has the registration site e-mail a code. */
export async function requestImport(
  deps: AppDeps,
  user: SessionUser,
  input: { uniqueNumber: string },
): Promise<{ uniqueNumber: string; maskedEmail: string; expiresAt: string }> {
  const parsed = parseUniqueNumber(input.uniqueNumber);
  if (!parsed.ok) {
    throw new AppError('import.invalid_number', {
      fields: [{ path: 'uniqueNumber', code: `unique_number.${parsed.reason}` }],
    });
  }
  const { db } = deps.database;
  if (await findFileByUser(db, user.id)) throw new AppError('file.already_imported');
  const uniqueNumber = parsed.value.normalized;
  // Network call outside any transaction (PGlite holds one connection).
  const sent = await deps.registration.requestImportCode(uniqueNumber);
  await upsertPendingImport(db, {
    userId: user.id,
    uniqueNumber,
    maskedEmail: sent.maskedEmail,
    requestedAt: deps.clock.now(),
  });
  return { uniqueNumber, ...sent };
}

/** The pending request of the account, to show the code form after a reload. */
export async function pendingImport(deps: AppDeps, user: SessionUser) {
  const pending = await findPendingImport(deps.database.db, user.id);
  return pending ? { uniqueNumber: pending.uniqueNumber, maskedEmail: pending.maskedEmail } : null;
}

/**
 * Step "Saisir ma demande": the e-mailed code proves the person owns the application; the data
 * is imported, the applicant gets a platform number and a personal code. One account per number
 * is enforced by a unique index, so two accounts racing for one number cannot both win.
 */
export async function verifyImport(
  deps: AppDeps,
  user: SessionUser,
  input: { code: string },
  meta: RequestMeta,
): Promise<FileRow> {
  const { db } = deps.database;
  const pending = await findPendingImport(db, user.id);
  if (!pending) throw new AppError('import.no_pending_request');
  if (await findFileByUser(db, user.id)) throw new AppError('file.already_imported');
  const code = input.code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) throw invalidFields([{ path: 'code', code: 'import_code.invalid' }]);
  const { accessToken, application } = await deps.registration.verifyImportCode(
    pending.uniqueNumber,
    code,
  );
  const account = await findUserById(db, user.id);
  const identity = compareIdentity(
    {
      lastName: account?.lastName ?? user.lastName,
      firstName: user.firstName,
      birthDate: account?.birthDate ?? null,
    },
    application.applicant,
  );
  const now = deps.clock.now();
  try {
    return await db.transaction(async (tx) => {
      const file = await insertFile(tx, {
        userId: user.id,
        uniqueNumber: application.uniqueNumber,
        platformNumber: await nextPlatformNumber(tx),
        personalCode: newReadableCode(10),
        registrationToken: accessToken,
        snapshot: application,
        importedAt: now,
        refreshedAt: now,
        identityMismatch: identity.mismatches,
      });
      if (!account?.birthDate && identity.matches) {
        await tx
          .update(users)
          .set({ birthDate: application.applicant.birthDate, updatedAt: now })
          .where(eq(users.id, user.id));
      }
      await deletePendingImport(tx, user.id);
      await appendHistory(tx, {
        fileId: file.id,
        event: 'imported',
        fromStatus: null,
        toStatus: 'incomplete',
        actorUserId: user.id,
        details: { uniqueNumber: file.uniqueNumber, identityMismatch: identity.mismatches },
        createdAt: now,
      });
      await audit(tx, {
        action: 'file.imported',
        actorUserId: user.id,
        subjectUserId: user.id,
        ip: meta.ip,
        details: { uniqueNumber: file.uniqueNumber },
      });
      await enqueueFileMail(
        deps,
        tx,
        file,
        'imported',
        { email: user.email, locale: meta.locale },
        { personalCode: file.personalCode },
      );
      return file;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'applicant_files_unique_number_key'))
      throw new AppError('file.number_taken');
    if (isUniqueViolation(error, 'applicant_files_user_id_key'))
      throw new AppError('file.already_imported');
    throw error;
  }
}

/** Handbook #4: deletes the imported application so that the right one can be imported. */
export async function deleteImport(
  deps: AppDeps,
  user: SessionUser,
  meta: RequestMeta,
): Promise<void> {
  const { db } = deps.database;
  const file = await findFileByUser(db, user.id);
  if (!file) throw new AppError('file.not_found');
  if (file.status === 'awaiting_company' || file.status === 'awaiting_operator')
    throw new AppError('file.not_editable');
  await db.transaction(async (tx) => {
    // A validated file leaves the eligible counts now: its profile goes with it.
    await retractFileProfile(tx, file.id);
    await tx.delete(applicantFiles).where(eq(applicantFiles.id, file.id));
    await audit(tx, {
      action: 'file.deleted',
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: meta.ip,
      details: { uniqueNumber: file.uniqueNumber },
    });
  });
}

/** Whether a database error is the violation of a given unique index (PGlite and pg alike). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth += 1) {
    const e = current as { code?: string; constraint?: string; message?: string; cause?: unknown };
    if (e.code === '23505' && (e.constraint === constraint || e.message?.includes(constraint)))
      return true;
    current = e.cause;
  }
  return false;
}
