import type { OperatorRefusalReason } from '../../../domain/applicant-file/refusal-reasons.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { messagesFor } from '../../../server/i18n/index.js';
import { findUserById } from '../../accounts/account.repo.js';
import { enqueueFileMail } from '../file-mail.js';
import { fileProgress } from '../file-progress.js';
import { findFileById, type FileRow } from '../file.repo.js';
import { moveFile } from './submit.js';

/** A company's decision on an employee's file. */
export type CompanyDecision = { decision: 'validate' } | { decision: 'refuse'; reason: string };
/** Action Logement's decision on a file. */
export type OperatorDecision =
  | { decision: 'validate' }
  | { decision: 'refuse'; reason: OperatorRefusalReason; comment?: string | undefined };

/**
 * The file as an HR user of `companyId` may act on it: it must be attached to that company and not
 * anonymous. Anything else is answered as "not found", revealing nothing of other companies' files.
 */
export async function requireCompanyFile(
  deps: AppDeps,
  companyId: string | null,
  fileId: string,
): Promise<FileRow> {
  const file = await findFileById(deps.database.db, fileId);
  if (
    !file ||
    !companyId ||
    file.companyId !== companyId ||
    file.consent === 'anonymous' ||
    file.consent === null
  ) {
    throw new AppError('company.not_found');
  }
  return file;
}

async function applicantOf(deps: AppDeps, file: FileRow) {
  const applicant = await findUserById(deps.database.db, file.userId);
  if (!applicant) throw new AppError('file.not_found');
  return applicant;
}

/** The employer validates or refuses (with a reason) a file waiting for it. */
export async function decideAsCompany(
  deps: AppDeps,
  hr: SessionUser,
  fileId: string,
  decision: CompanyDecision,
  _meta: RequestMeta,
): Promise<FileRow> {
  const file = await requireCompanyFile(deps, hr.companyId, fileId);
  const applicant = await applicantOf(deps, file);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    if (decision.decision === 'validate') {
      const moved = await moveFile(deps, tx, file, 'company_validate', {
        actorUserId: hr.id,
        stepsComplete: true,
      });
      await enqueueFileMail(deps, tx, moved, 'company_validated', {
        email: applicant.email,
        locale: applicant.locale,
      });
      return moved;
    }
    const moved = await moveFile(deps, tx, file, 'company_refuse', {
      actorUserId: hr.id,
      stepsComplete: true,
      reason: 'company',
      comment: decision.reason,
      patch: {
        refusedBy: 'company',
        refusalReason: null,
        refusalComment: decision.reason,
        updatedAt: now,
      },
    });
    await enqueueFileMail(
      deps,
      tx,
      moved,
      'company_refused',
      { email: applicant.email, locale: applicant.locale },
      { reason: decision.reason },
    );
    return moved;
  });
}

/** Action Logement validates the file, or refuses it with a reason from the list and a comment. */
export async function decideAsOperator(
  deps: AppDeps,
  operator: SessionUser,
  fileId: string,
  decision: OperatorDecision,
): Promise<FileRow> {
  const file = await findFileById(deps.database.db, fileId);
  if (!file) throw new AppError('company.not_found');
  const applicant = await applicantOf(deps, file);
  return deps.database.db.transaction(async (tx) => {
    if (decision.decision === 'validate') {
      if (!fileProgress(file, deps.clock.now()).applicationActive)
        throw new AppError('file.application_inactive');
      const moved = await moveFile(deps, tx, file, 'operator_validate', {
        actorUserId: operator.id,
        stepsComplete: true,
      });
      await enqueueFileMail(deps, tx, moved, 'operator_validated', {
        email: applicant.email,
        locale: applicant.locale,
      });
      return moved;
    }
    const label = messagesFor(applicant.locale).refusalReasons[decision.reason];
    const moved = await moveFile(deps, tx, file, 'operator_refuse', {
      actorUserId: operator.id,
      stepsComplete: true,
      reason: decision.reason,
      comment: decision.comment ?? null,
      patch: {
        refusedBy: 'operator',
        refusalReason: decision.reason,
        refusalComment: decision.comment ?? null,
      },
    });
    const reason = decision.comment ? `${label}. ${decision.comment}` : label;
    await enqueueFileMail(
      deps,
      tx,
      moved,
      'operator_refused',
      { email: applicant.email, locale: applicant.locale },
      { reason },
    );
    return moved;
  });
}
