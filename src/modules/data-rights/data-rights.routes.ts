import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { audit } from '../../server/audit.js';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import { messagesFor } from '../../server/i18n/index.js';
import { clearSessionCookie } from '../../server/plugins/session.js';
import { accessLogOf } from './access-log.js';
import {
  accessLogResponse,
  deleteAccountBody,
  deletionConsequencesResponse,
  personalDataResponse,
} from './data-rights.schemas.js';
import { personalDataOf } from './personal-data.js';
import { personalDataPdf } from './personal-data-pdf.js';
import { deleteAccount, keptOnDeletion } from './use-cases/delete-account.js';

/** Personal-data rights of an applicant: download, who accessed the data, account deletion. */
export async function dataRightsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['personal data'];
  const applicant = requireUser({ roles: ['applicant'] });
  const { db } = deps.database;
  const stamp = () => deps.clock.now().toISOString().slice(0, 10);

  r.get(
    '/api/me/data',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Download all my data (JSON)',
        response: { 200: personalDataResponse },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const data = await personalDataOf(deps, user.id, request.locale);
      await audit(db, {
        action: 'data.exported',
        actorUserId: user.id,
        subjectUserId: user.id,
        ip: request.ip,
        details: { format: 'json' },
      });
      reply
        .header('content-disposition', `attachment; filename="mes-donnees-alin-${stamp()}.json"`)
        .header('cache-control', 'no-store');
      return data;
    },
  );

  r.get(
    '/api/me/data.pdf',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Download all my data (readable PDF)',
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const data = await personalDataOf(deps, user.id, request.locale);
      await audit(db, {
        action: 'data.exported',
        actorUserId: user.id,
        subjectUserId: user.id,
        ip: request.ip,
        details: { format: 'pdf' },
      });
      const pdf = await personalDataPdf(data, request.locale);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="mes-donnees-alin-${stamp()}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  r.get(
    '/api/me/access-log',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Who viewed my data (companies, advisers), newest first',
        response: { 200: accessLogResponse },
      },
    },
    async (request) => ({
      entries: await accessLogOf(db, currentUser(request).id, request.locale),
    }),
  );

  r.get(
    '/api/me/deletion',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'What deleting my account erases and keeps',
        response: { 200: deletionConsequencesResponse },
      },
    },
    async (request) => {
      const t = messagesFor(request.locale).accountDeletion;
      return {
        erased: (['account', 'file', 'candidacies', 'messages'] as const).map((key) => ({
          key,
          text: t.erased[key],
        })),
        kept: (['candidacies', 'registration', 'audit', 'fraudReports'] as const).map((key) => ({
          key,
          text: t.kept[key],
        })),
        candidaciesKept: await keptOnDeletion(deps, currentUser(request).id),
      };
    },
  );

  r.delete(
    '/api/me',
    {
      preHandler: applicant,
      config: sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE),
      schema: {
        tags,
        summary: 'Delete my account (password confirmed); logs out everywhere',
        body: deleteAccountBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteAccount(deps, currentUser(request), request.body.password);
      clearSessionCookie(reply, deps);
      return reply.status(204).send(null);
    },
  );
}
