import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { format, messagesFor } from '../../server/i18n/index.js';
import { readUpload } from './landlord-photos.routes.js';
import { IMPORT_COLUMNS, importOffers, type ImportLine } from './use-cases/import-offers.js';

/** Largest CSV file accepted, bytes. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
const reportLine = z.object({
  line: z.number().int(),
  reference: z.string(),
  ok: z.boolean(),
  problems: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
});
const importReport = z.object({
  created: z.number().int(),
  published: z.boolean(),
  lines: z.array(reportLine),
});
const importFailure = z.object({
  error: z.object({ code: z.literal('offer.import_invalid'), message: z.string() }),
  lines: z.array(reportLine),
});

function localiseLines(lines: ImportLine[], locale: FastifyRequest['locale']) {
  const fields = messagesFor(locale).fields;
  return lines.map((l) => ({
    ...l,
    problems: l.problems.map((p) => ({
      path: p.path,
      code: p.code,
      message: format(fields[p.code], p.params ?? {}),
    })),
  }));
}

/** The landlord's CSV import: the file's header line, and the import with its line-by-line report. */
export async function landlordImportRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['landlord offers'];
  const landlord = requireUser({ roles: ['landlord'] });

  r.get(
    '/api/landlord/offers/import/template',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Header line of the CSV import file',
        response: { 200: z.string() },
      },
    },
    async (_request, reply) => {
      return reply.type('text/csv; charset=utf-8').send(`${IMPORT_COLUMNS.join(';')}\n`);
    },
  );

  r.post(
    '/api/landlord/offers/import',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary:
          'Import offers from a CSV file (text/csv body or multipart "file"): all lines or none',
        querystring: z.object({ publish: z.enum(['true', 'false']).default('false') }),
        response: { 201: importReport, 422: importFailure },
      },
    },
    async (request, reply) => {
      const text =
        typeof request.body === 'string'
          ? request.body
          : (await readUpload(request, IMPORT_MAX_BYTES, 'request.too_large')).toString('utf8');
      const report = await importOffers(deps, currentUser(request), text, {
        publish: request.query.publish === 'true',
      });
      const lines = localiseLines(report.lines, request.locale);
      if (report.lines.some((l) => !l.ok)) {
        return reply.status(422).send({
          error: {
            code: 'offer.import_invalid' as const,
            message: messagesFor(request.locale).errors['offer.import_invalid'],
          },
          lines,
        });
      }
      return reply.status(201).send({ ...report, lines });
    },
  );
}
