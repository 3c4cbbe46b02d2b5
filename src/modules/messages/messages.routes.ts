import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import {
  findAttachment,
  findThread,
  markRead,
  messagesOf,
  threadsOfApplicant,
} from './message.repo.js';
import {
  applicantThreadResponse,
  applicantThreadsResponse,
  attachmentParams,
  replyBody,
  threadParams,
} from './message.schemas.js';
import { messageBackofficeRoutes } from './messages-backoffice.routes.js';
import { sendStoredFile } from './stored-file.js';
import { replyAsApplicant } from './use-cases/threads.js';

/** Secure messages, the applicant's side (the back office's side is in messages-backoffice.routes.ts). */
export async function messageRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const applicant = requireUser({ roles: ['applicant'] });
  const mine = async (userId: string, id: string) => {
    const thread = await findThread(db, id);
    if (!thread || thread.applicantUserId !== userId) throw new AppError('message.not_found');
    return thread;
  };
  r.get(
    '/api/messages',
    {
      preHandler: applicant,
      schema: {
        tags: ['messages'],
        summary: 'My conversations with Action Logement',
        response: { 200: applicantThreadsResponse },
      },
    },
    async (request) => {
      const rows = await threadsOfApplicant(db, currentUser(request).id);
      return { threads: rows.map((row) => ({ ...row.thread, unread: row.unread })) };
    },
  );

  r.get(
    '/api/messages/:id',
    {
      preHandler: applicant,
      schema: {
        tags: ['messages'],
        summary: 'One conversation (marks its messages read)',
        params: threadParams,
        response: { 200: applicantThreadResponse },
      },
    },
    async (request) => {
      const thread = await mine(currentUser(request).id, request.params.id);
      await markRead(db, thread.id, 'applicant', deps.clock.now());
      return { thread: { ...thread, unread: 0 }, messages: await messagesOf(db, thread.id) };
    },
  );

  r.post(
    '/api/messages/:id',
    {
      preHandler: applicant,
      schema: {
        tags: ['messages'],
        summary: 'Answer in a conversation',
        params: threadParams,
        body: replyBody,
        response: { 201: applicantThreadResponse },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const thread = await replyAsApplicant(deps, user, request.params.id, request.body.body);
      return reply
        .status(201)
        .send({ thread: { ...thread, unread: 0 }, messages: await messagesOf(db, thread.id) });
    },
  );

  r.get(
    '/api/messages/:id/attachments/:fileId',
    {
      preHandler: applicant,
      schema: { tags: ['messages'], summary: 'Download an attachment', params: attachmentParams },
    },
    async (request, reply) => {
      const thread = await mine(currentUser(request).id, request.params.id);
      const file = await findAttachment(db, thread.id, request.params.fileId);
      if (!file) throw new AppError('message.not_found');
      return sendStoredFile(reply, file);
    },
  );
  await messageBackofficeRoutes(app, deps);
}
