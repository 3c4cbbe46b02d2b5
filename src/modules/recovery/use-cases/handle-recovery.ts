import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { messagesFor } from '../../../server/i18n/index.js';
import { findUserById } from '../../accounts/account.repo.js';
import { notifyApplicant, openThread } from '../../messages/use-cases/threads.js';
import { findRecoveryRequest, handleRecoveryRequest, type RecoveryRow } from '../recovery.repo.js';

/** The subject of the answer's thread, in the applicant's language. */
async function subjectFor(deps: AppDeps, request: RecoveryRow, userId: string): Promise<string> {
  const applicant = await findUserById(deps.database.db, userId);
  return `${messagesFor(applicant?.locale ?? 'fr').recoverySubjects[request.codeKind]} (${request.reference})`;
}

async function pending(deps: AppDeps, id: string): Promise<RecoveryRow> {
  const request = await findRecoveryRequest(deps.database.db, id);
  if (!request) throw new AppError('recovery.not_found');
  if (request.status !== 'pending') throw new AppError('recovery.already_handled');
  return request;
}

/**
 * The consultant, having checked the proof, answers through a secure message in the applicant's
 * space: the message may hold the code; the e-mail only says a message is waiting, and only the
 * account's own address receives it. Never by SMS.
 */
export async function answerRecovery(
  deps: AppDeps,
  operator: SessionUser,
  id: string,
  message: string,
  meta: RequestMeta,
): Promise<string> {
  const request = await pending(deps, id);
  if (!request.userId) throw new AppError('recovery.no_account');
  const applicantUserId = request.userId;
  const subject = await subjectFor(deps, request, applicantUserId);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    const thread = await openThread(tx, {
      applicantUserId,
      kind: 'recovery',
      category: request.codeKind,
      subject,
      recoveryRequestId: request.id,
      first: { side: 'backoffice', authorUserId: operator.id, body: message },
      now,
    });
    if (
      !(await handleRecoveryRequest(tx, id, {
        status: 'answered',
        handledByUserId: operator.id,
        handledAt: now,
        threadId: thread.id,
      }))
    ) {
      throw new AppError('recovery.already_handled');
    }
    await audit(tx, {
      action: 'recovery.answered',
      actorUserId: operator.id,
      subjectUserId: applicantUserId,
      ip: meta.ip,
      details: { recoveryRequestId: id },
    });
    await notifyApplicant(deps, tx, thread);
    return thread.id;
  });
}

/** The consultant closes a request without giving a code (proof not convincing...), with a note and optionally a message. */
export async function rejectRecovery(
  deps: AppDeps,
  operator: SessionUser,
  id: string,
  input: { note: string; message?: string | undefined },
  meta: RequestMeta,
): Promise<string | null> {
  const request = await pending(deps, id);
  const subject = request.userId ? await subjectFor(deps, request, request.userId) : '';
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    let threadId: string | null = null;
    if (input.message && request.userId) {
      const thread = await openThread(tx, {
        applicantUserId: request.userId,
        kind: 'recovery',
        category: request.codeKind,
        subject,
        recoveryRequestId: request.id,
        first: { side: 'backoffice', authorUserId: operator.id, body: input.message },
        now,
      });
      threadId = thread.id;
      await notifyApplicant(deps, tx, thread);
    }
    if (
      !(await handleRecoveryRequest(tx, id, {
        status: 'rejected',
        handledByUserId: operator.id,
        handledAt: now,
        handlingNote: input.note,
        threadId,
      }))
    ) {
      throw new AppError('recovery.already_handled');
    }
    await audit(tx, {
      action: 'recovery.rejected',
      actorUserId: operator.id,
      subjectUserId: request.userId,
      ip: meta.ip,
      details: { recoveryRequestId: id },
    });
    return threadId;
  });
}
