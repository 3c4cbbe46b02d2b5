import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { documentCategory } from '../contract.js';
import type { RegistrationDeps } from '../context.js';
import { findDocumentContent } from '../db/repo.js';
import { MAX_DOCUMENT_BYTES } from '../domain/files.js';
import { loadApplication, readUniqueNumber } from '../use-cases/applications.js';
import { uploadDocument, type UploadProblem } from '../use-cases/documents.js';
import { accessedNumber } from './access.js';
import { renderDocumentsPage, UPLOAD_MESSAGES, UPLOAD_SCRIPT } from './documents-page.js';
import { guard, sendPage } from './respond.js';

/** Largest request body of an upload: a little above the document limit, so that the size check (not the parser) answers. */
export const UPLOAD_BODY_LIMIT = MAX_DOCUMENT_BYTES + 64 * 1024;

const uploadQuery = z.object({
  person: z.enum(['applicant', 'co_applicant']),
  category: documentCategory,
  period: z
    .string()
    .trim()
    .max(7)
    .optional()
    .transform((v) => v || null),
  fileName: z.string().max(255),
});

const problemStatus = (problems: UploadProblem[]): number =>
  problems.includes('document.too_large')
    ? 413
    : problems.includes('application.not_found')
      ? 404
      : 400;

/** "Déposer mes pièces": the list per person and heading, the upload (octet-stream) and the download of a document. */
export async function documentRoutes(app: FastifyInstance, deps: RegistrationDeps): Promise<void> {
  app.get('/static/pieces.js', async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(UPLOAD_SCRIPT),
  );

  app.get<{ Params: { nu: string }; Querystring: { depose?: string } }>(
    '/demandes/:nu/pieces',
    async (request, reply) => {
      const nu = await guard(request, reply, deps);
      if (!nu) return reply;
      const application = await loadApplication(deps.database.db, nu, deps.clock.now());
      if (!application) return reply.callNotFound();
      const banner =
        request.query.depose !== undefined
          ? 'Votre pièce est déposée. Elle sera vérifiée prochainement.'
          : null;
      return sendPage(
        reply,
        200,
        'Déposer mes pièces',
        'Déposer mes pièces',
        renderDocumentsPage(application, reply.generateCsrf(), banner),
        ['/static/pieces.js'],
      );
    },
  );

  app.post<{ Params: { nu: string }; Querystring: Record<string, string> }>(
    '/demandes/:nu/pieces/fichier',
    { preHandler: app.csrfProtection, bodyLimit: UPLOAD_BODY_LIMIT },
    async (request, reply) => {
      const fail = (
        status: number,
        problems: (UploadProblem | 'access.invalid' | 'request.invalid')[],
      ) => {
        const code = problems[0] ?? 'request.invalid';
        return reply.status(status).send({
          error: { code, message: problems.map((p) => UPLOAD_MESSAGES[p]).join(' '), problems },
        });
      };
      const nu = readUniqueNumber(request.params.nu);
      if (!nu || accessedNumber(request, deps.clock.now()) !== nu)
        return fail(401, ['access.invalid']);
      const query = uploadQuery.safeParse(request.query);
      if (!query.success || !Buffer.isBuffer(request.body)) return fail(400, ['request.invalid']);
      const result = await uploadDocument(deps, {
        uniqueNumber: nu,
        ...query.data,
        content: request.body,
      });
      if (!result.ok) return fail(problemStatus(result.problems), result.problems);
      return reply.status(201).send({ id: result.id });
    },
  );

  app.get<{ Params: { nu: string; id: string } }>(
    '/demandes/:nu/pieces/:id',
    async (request, reply) => {
      const nu = await guard(request, reply, deps);
      if (!nu) return reply;
      const id = z.uuid().safeParse(request.params.id);
      const document = id.success ? await findDocumentContent(deps.database.db, nu, id.data) : null;
      if (!document)
        return sendPage(
          reply,
          404,
          'Pièce introuvable',
          'Pièce introuvable',
          `<p><a href="/demandes/${nu}/pieces">Retour à mes pièces</a></p>`,
        );
      return reply
        .type(document.mimeType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(document.content);
    },
  );
}
