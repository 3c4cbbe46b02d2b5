import { addWorkingDays, parisDay } from '../../../domain/calendar/working-days.js';
import type { Queryable } from '../../../db/database.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { findUserById } from '../../accounts/account.repo.js';
import {
  findThread,
  insertMessage,
  insertThread,
  updateThread,
  type ThreadRow,
} from '../message.repo.js';

/** Working days the back office has to answer (DOMAIN.md §7). */
export const ANSWER_WORKING_DAYS = 3;

/** The date an answer is due for a message received now. */
export function answerDueOn(now: Date): string {
  return addWorkingDays(parisDay(now), ANSWER_WORKING_DAYS);
}

/** Opens a thread with its first message (in the caller's transaction). */
export async function openThread(
  q: Queryable,
  input: {
    applicantUserId: string;
    kind: ThreadRow['kind'];
    category?: string | null;
    subject: string;
    recoveryRequestId?: string | null;
    first: {
      side: 'applicant' | 'backoffice';
      authorUserId: string | null;
      body: string;
      attachmentIds?: string[];
    };
    now: Date;
    close?: boolean;
  },
): Promise<ThreadRow> {
  const fromApplicant = input.first.side === 'applicant';
  const thread = await insertThread(q, {
    applicantUserId: input.applicantUserId,
    kind: input.kind,
    category: input.category ?? null,
    subject: input.subject,
    status: input.close ? 'closed' : fromApplicant ? 'awaiting_backoffice' : 'awaiting_applicant',
    recoveryRequestId: input.recoveryRequestId ?? null,
    dueOn: fromApplicant ? answerDueOn(input.now) : null,
    lastMessageAt: input.now,
    createdAt: input.now,
  });
  await insertMessage(q, { threadId: thread.id, ...input.first, now: input.now });
  return thread;
}

/**
 * Queues the e-mail telling the applicant a message is waiting in their space. It goes to the
 * account's own address only and never carries the message (which may hold a code).
 */
export async function notifyApplicant(
  deps: AppDeps,
  q: Queryable,
  thread: Pick<ThreadRow, 'applicantUserId' | 'subject'>,
): Promise<void> {
  const applicant = await findUserById(q, thread.applicantUserId);
  if (!applicant) return;
  await deps.jobs.enqueue(q, 'mail.send', {
    to: applicant.email,
    locale: applicant.locale,
    template: 'new_message',
    subject: thread.subject,
    link: `${deps.config.PUBLIC_URL.replace(/\/$/, '')}/espace/messages`,
  });
}

/** The back office writes in a thread (and may close it); the applicant is notified by e-mail. */
export async function replyAsBackoffice(
  deps: AppDeps,
  operator: SessionUser,
  threadId: string,
  input: { body: string; close: boolean },
): Promise<ThreadRow> {
  const { db } = deps.database;
  const thread = await findThread(db, threadId);
  if (!thread) throw new AppError('message.not_found');
  if (thread.status === 'closed') throw new AppError('message.thread_closed');
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    await insertMessage(tx, {
      threadId,
      side: 'backoffice',
      authorUserId: operator.id,
      body: input.body,
      now,
    });
    const status = input.close ? 'closed' : 'awaiting_applicant';
    await updateThread(tx, threadId, { status, dueOn: null, lastMessageAt: now });
    await notifyApplicant(deps, tx, thread);
    return { ...thread, status, dueOn: null, lastMessageAt: now };
  });
}

/** The applicant answers in one of their threads; the back office's answer is then due in 3 working days. */
export async function replyAsApplicant(
  deps: AppDeps,
  user: SessionUser,
  threadId: string,
  body: string,
): Promise<ThreadRow> {
  const { db } = deps.database;
  const thread = await findThread(db, threadId);
  if (!thread || thread.applicantUserId !== user.id) throw new AppError('message.not_found');
  if (thread.status === 'closed') throw new AppError('message.thread_closed');
  const now = deps.clock.now();
  const dueOn = answerDueOn(now);
  await db.transaction(async (tx) => {
    await insertMessage(tx, { threadId, side: 'applicant', authorUserId: user.id, body, now });
    await updateThread(tx, threadId, { status: 'awaiting_backoffice', dueOn, lastMessageAt: now });
  });
  return { ...thread, status: 'awaiting_backoffice', dueOn, lastMessageAt: now };
}

/** The back office closes a thread. */
export async function closeThread(deps: AppDeps, threadId: string): Promise<void> {
  const thread = await findThread(deps.database.db, threadId);
  if (!thread) throw new AppError('message.not_found');
  await updateThread(deps.database.db, threadId, { status: 'closed', dueOn: null });
}
