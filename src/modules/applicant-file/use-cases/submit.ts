import {
  nextFileStatus,
  type FileEvent,
  type FileStatus,
} from '../../../domain/applicant-file/workflow.js';
import type { Queryable } from '../../../db/database.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { enqueueFileEligibility } from '../../offers/use-cases/eligibility-jobs.js';
import { enqueueFileMail } from '../file-mail.js';
import { fileProgress, isCompanyReviewNeeded } from '../file-progress.js';
import { findCompany, requireFileOfUser, transitionFile, type FileRow } from '../file.repo.js';

/**
 * Applies a workflow event to a file inside a transaction, or throws the matching error. Every
 * move also enqueues the recomputation of the file's eligibility profile (only a validated file
 * counts among the eligible applicants of the offers).
 */
export async function moveFile(
  deps: AppDeps,
  tx: Queryable,
  file: FileRow,
  event: FileEvent,
  input: {
    actorUserId: string;
    stepsComplete: boolean;
    reason?: string | null;
    comment?: string | null;
    details?: Record<string, unknown>;
    patch?: Partial<FileRow>;
  },
): Promise<FileRow> {
  const company = await findCompany(tx, file.companyId);
  const result = nextFileStatus(file.status, event, {
    companyReviewNeeded: isCompanyReviewNeeded(file, company),
    stepsComplete: input.stepsComplete,
  });
  if (!result.ok) {
    throw new AppError(
      result.refusal.kind === 'guard_failed' ? 'file.steps_incomplete' : 'file.state_changed',
    );
  }
  const now = deps.clock.now();
  const moved = await transitionFile(
    tx,
    {
      id: file.id,
      from: file.status,
      to: result.to as FileStatus,
      event,
      actorUserId: input.actorUserId,
      reason: input.reason ?? null,
      comment: input.comment ?? null,
      details: input.details ?? {},
      patch: { ...input.patch, ...(result.to === 'validated' ? { validatedAt: now } : {}) },
    },
    now,
  );
  await enqueueFileEligibility(deps, tx, file.id);
  return moved;
}

/** "Valider mes données": sends the completed file to the company or straight to Action Logement. */
export async function submitFile(
  deps: AppDeps,
  user: SessionUser,
  meta: RequestMeta,
): Promise<FileRow> {
  const { db } = deps.database;
  const file = await requireFileOfUser(db, user.id);
  const progress = fileProgress(file, deps.clock.now());
  if (!progress.applicationActive) throw new AppError('file.application_inactive');
  if (!progress.identityOk) throw new AppError('file.identity_mismatch');
  return db.transaction(async (tx) => {
    const moved = await moveFile(deps, tx, file, 'submit', {
      actorUserId: user.id,
      stepsComplete: progress.stepsComplete,
      patch: {
        submittedAt: deps.clock.now(),
        refusedBy: null,
        refusalReason: null,
        refusalComment: null,
      },
    });
    await enqueueFileMail(deps, tx, moved, 'submitted', { email: user.email, locale: meta.locale });
    return moved;
  });
}
