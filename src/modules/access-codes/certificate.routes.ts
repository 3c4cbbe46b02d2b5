import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import { issueCertificate, verifyCertificate } from './certificate.js';

/** The applicant's certificate (PDF) and its public verification. */
export async function certificateRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['personal codes'];

  r.get(
    '/api/file/certificate.pdf',
    {
      preHandler: requireUser({ roles: ['applicant'] }),
      schema: {
        tags,
        summary:
          'Download my certificate (PDF: name, numbers, personal code, company, date, verification reference)',
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { reference, pdf } = await issueCertificate(deps, currentUser(request), request.meta);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="attestation-alin-${reference}.pdf"`)
        .header('cache-control', 'no-store')
        .header('x-certificate-reference', reference)
        .send(pdf);
    },
  );

  r.get(
    '/api/certificates/:reference',
    {
      config: sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE),
      schema: {
        tags,
        summary: 'Check a certificate by its reference (public: name, date and validity only)',
        params: z.object({ reference: z.string().trim().min(1).max(40) }),
        response: {
          200: z.object({
            reference: z.string(),
            valid: z.boolean(),
            holderName: z.string().nullable(),
            issuedOn: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => verifyCertificate(deps, request.params.reference),
  );
}
