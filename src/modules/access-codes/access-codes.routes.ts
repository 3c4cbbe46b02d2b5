import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import {
  registerMultipart,
  sniffDocumentType,
  UPLOAD_MAX_BYTES,
  type UploadedPart,
} from '../messages/uploads.js';
import { accessCodeState, listCompanyCodes, type AccessCodeRow } from './access-code.repo.js';
import {
  accessCodeParams,
  accessCodeResponse,
  accessCodesQuery,
  accessCodesResponse,
  importListBody,
  importListResponse,
  issueAccessCodeBody,
  resendBody,
} from './access-code.schemas.js';
import { parseEmployeeCsv, type CsvEmployee } from './employee-csv.js';
import {
  issueAccessCode,
  issueAccessCodesFromList,
  resendAccessCode,
  revokeAccessCode,
} from './use-cases/issue-codes.js';

/** A code as HR sees it. */
function toView(row: AccessCodeRow, now: Date) {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    codeHint: row.codeHint,
    state: accessCodeState(row, now),
    issuedAt: row.issuedAt,
    expiresAt: row.expiresAt,
    sentCount: row.sentCount,
    lastSentAt: row.lastSentAt,
    revokedAt: row.revokedAt,
    usedAt: row.usedAt,
  };
}

/** Reads an uploaded employee list: text (UTF-8, or Windows-1252 as spreadsheets save it), never a binary document. */
function readList(part: UploadedPart): CsvEmployee[] {
  if (part.tooLarge || part.data.length > UPLOAD_MAX_BYTES)
    throw new AppError('upload.too_large', {
      fields: [{ path: 'file', code: 'upload.too_large' }],
    });
  if (sniffDocumentType(part.data) || part.data.includes(0)) throw new AppError('csv.invalid');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(part.data);
  } catch {
    text = new TextDecoder('windows-1252').decode(part.data);
  }
  const rows = parseEmployeeCsv(text);
  if (!rows) throw new AppError('csv.invalid');
  return rows;
}

/** Employer portal: personal access codes sent to employees not yet registered. */
export async function accessCodeRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['employer portal: access codes'];
  const hr = requireUser({ roles: ['employer'] });
  const now = () => deps.clock.now();

  r.get(
    '/api/employer/access-codes',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: 'The codes the company issued, newest first',
        querystring: accessCodesQuery,
        response: { 200: accessCodesResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      if (!user.companyId) throw new AppError('auth.forbidden');
      const rows = await listCompanyCodes(deps.database.db, user.companyId, request.query, now());
      return { accessCodes: rows.map((row) => toView(row, now())) };
    },
  );

  r.post(
    '/api/employer/access-codes',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: 'E-mail a personal access code to one employee',
        body: issueAccessCodeBody,
        response: { 201: accessCodeResponse },
      },
    },
    async (request, reply) => {
      const row = await issueAccessCode(deps, currentUser(request), request.body, request.meta);
      return reply.status(201).send({ accessCode: toView(row, now()) });
    },
  );

  r.post(
    '/api/employer/access-codes/:id/resend',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: 'Send a new code in place of an unused one (the old one stops working)',
        params: accessCodeParams,
        body: resendBody,
        response: { 200: accessCodeResponse },
      },
    },
    async (request) => ({
      accessCode: toView(
        await resendAccessCode(
          deps,
          currentUser(request),
          request.params.id,
          request.body.locale,
          request.meta,
        ),
        now(),
      ),
    }),
  );

  r.post(
    '/api/employer/access-codes/:id/revoke',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: 'Cancel an unused code at once',
        params: accessCodeParams,
        response: { 200: accessCodeResponse },
      },
    },
    async (request) => ({
      accessCode: toView(
        await revokeAccessCode(deps, currentUser(request), request.params.id, request.meta),
        now(),
      ),
    }),
  );

  await app.register(async (scope) => {
    await registerMultipart(scope, { maxFiles: 1 });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/employer/access-codes/import',
      {
        preHandler: hr,
        schema: {
          tags,
          summary: 'E-mail codes to a list of employees (CSV upload, multipart/form-data)',
          consumes: ['multipart/form-data'],
          body: importListBody,
          response: { 200: importListResponse },
        },
      },
      async (request) => {
        const rows = readList(request.body.file);
        const lines = await issueAccessCodesFromList(
          deps,
          currentUser(request),
          rows,
          request.body.locale,
          request.meta,
        );
        return {
          issued: lines.filter((l) => l.status === 'issued').length,
          refused: lines.filter((l) => l.status === 'refused').length,
          lines,
        };
      },
    );
  });
}
