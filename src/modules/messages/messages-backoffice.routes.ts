import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { parisDay } from '../../domain/calendar/working-days.js';
import { audit } from '../../server/audit.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { findUserById } from '../accounts/account.repo.js';
import {
  backofficeThreads,
  findAttachment,
  findThread,
  markRead,
  messagesOf,
  type ThreadRow,
} from './message.repo.js';
import {
  attachmentParams,
  backofficeReplyBody,
  backofficeThreadResponse,
  backofficeThreadsQuery,
  backofficeThreadsResponse,
  startThreadBody,
  threadParams,
} from './message.schemas.js';
import { sendStoredFile } from './stored-file.js';
import {
  closeThread,
  notifyApplicant,
  openThread,
  replyAsBackoffice,
} from './use-cases/threads.js';

/** Secure messages, the back office's side: the queue by due date, reading, answering, closing. */
export async function messageBackofficeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const operator = requireUser({ roles: ['operator'] });
  const backofficeView = async (thread: ThreadRow, unread: number) => {
    const account = await findUserById(db, thread.applicantUserId);
    const overdue =
      thread.status === 'awaiting_backoffice' &&
      thread.dueOn !== null &&
      thread.dueOn < parisDay(deps.clock.now());
    return {
      ...thread,
      unread,
      overdue,
      applicant: {
        id: thread.applicantUserId,
        email: account?.email ?? '',
        firstName: account?.firstName ?? '',
        lastName: account?.lastName ?? '',
      },
    };
  };

  const tags = ['back office: messages'];
  r.get(
    '/api/backoffice/messages',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Conversations, by due date (contact requests, recovery answers)',
        querystring: backofficeThreadsQuery,
        response: { 200: backofficeThreadsResponse },
      },
    },
    async (request) => {
      const { status, kind, overdue } = request.query;
      const rows = await backofficeThreads(db, {
        status,
        kind,
        overdueOn: overdue === 'true' ? parisDay(deps.clock.now()) : undefined,
      });
      const today = parisDay(deps.clock.now());
      return {
        threads: rows.map((row) => ({
          ...row.thread,
          unread: row.unread,
          overdue:
            row.thread.status === 'awaiting_backoffice' &&
            row.thread.dueOn !== null &&
            row.thread.dueOn < today,
          applicant: {
            id: row.thread.applicantUserId,
            email: row.email,
            firstName: row.firstName,
            lastName: row.lastName,
          },
        })),
      };
    },
  );

  r.post(
    '/api/backoffice/messages',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Write to an applicant (new conversation)',
        body: startThreadBody,
        response: { 201: backofficeThreadResponse },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const account = await findUserById(db, request.body.applicantUserId);
      if (!account || account.role !== 'applicant') throw new AppError('resource.not_found');
      const now = deps.clock.now();
      const thread = await db.transaction(async (tx) => {
        const created = await openThread(tx, {
          applicantUserId: account.id,
          kind: 'general',
          subject: request.body.subject,
          first: { side: 'backoffice', authorUserId: user.id, body: request.body.body },
          now,
        });
        await notifyApplicant(deps, tx, created);
        return created;
      });
      return reply.status(201).send({
        thread: await backofficeView(thread, 0),
        messages: await messagesOf(db, thread.id),
      });
    },
  );

  r.get(
    '/api/backoffice/messages/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'One conversation (marks the applicant’s messages read)',
        params: threadParams,
        response: { 200: backofficeThreadResponse },
      },
    },
    async (request) => {
      const thread = await findThread(db, request.params.id);
      if (!thread) throw new AppError('message.not_found');
      await markRead(db, thread.id, 'backoffice', deps.clock.now());
      return { thread: await backofficeView(thread, 0), messages: await messagesOf(db, thread.id) };
    },
  );

  r.post(
    '/api/backoffice/messages/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Answer (the applicant is told by e-mail, without the message)',
        params: threadParams,
        body: backofficeReplyBody,
        response: { 201: backofficeThreadResponse },
      },
    },
    async (request, reply) => {
      const thread = await replyAsBackoffice(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({
        thread: await backofficeView(thread, 0),
        messages: await messagesOf(db, thread.id),
      });
    },
  );

  r.post(
    '/api/backoffice/messages/:id/close',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Close a conversation',
        params: threadParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await closeThread(deps, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/backoffice/messages/:id/attachments/:fileId',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Download an attachment (logged for the applicant)',
        params: attachmentParams,
      },
    },
    async (request, reply) => {
      const thread = await findThread(db, request.params.id);
      const file = thread ? await findAttachment(db, thread.id, request.params.fileId) : null;
      if (!thread || !file) throw new AppError('message.not_found');
      await audit(db, {
        action: 'message.attachment_viewed',
        actorUserId: currentUser(request).id,
        subjectUserId: thread.applicantUserId,
        ip: request.ip,
        details: { threadId: thread.id, fileId: file.id },
      });
      return sendStoredFile(reply, file);
    },
  );
}
