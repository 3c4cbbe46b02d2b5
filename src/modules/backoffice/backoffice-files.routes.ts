import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { applicantFiles, companies, users } from '../../db/schema/index.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import {
  applicantFile,
  fileIdParams,
  fileStatus,
  consentLevel,
  operatorDecisionBody,
  queueQuery,
} from '../applicant-file/file.schemas.js';
import { findFileById } from '../applicant-file/file.repo.js';
import { applicantFileView } from '../applicant-file/file.view.js';
import { decideAsOperator } from '../applicant-file/use-cases/decisions.js';
import { recordViews } from '../employer/employer.repo.js';

const queueItem = z.object({
  id: z.uuid(),
  platformNumber: z.string(),
  uniqueNumber: z.string(),
  status: fileStatus,
  consent: consentLevel.nullable(),
  lastName: z.string(),
  firstName: z.string(),
  email: z.string(),
  companyName: z.string().nullable(),
  employerName: z.string().nullable(),
  submittedAt: z.date().nullable(),
});
const detail = z.object({
  file: applicantFile,
  account: z.object({
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    mobilePhone: z.string().nullable(),
  }),
  companyName: z.string().nullable(),
});

/** Back office: the queue of files awaiting Action Logement, a file's full view, and decisions. */
export async function backofficeFileRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['back office'];
  const operator = requireUser({ roles: ['operator'] });

  r.get(
    '/api/backoffice/files',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: "Files by state, or in every state with 'all' (default: awaiting Action Logement)",
        querystring: queueQuery,
        response: { 200: z.object({ files: z.array(queueItem) }) },
      },
    },
    async (request) => {
      const status = request.query.status ?? 'awaiting_operator';
      const conditions: SQL[] = status === 'all' ? [] : [eq(applicantFiles.status, status)];
      if (request.query.q) {
        const like = `%${request.query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        const match = or(
          ilike(users.lastName, like),
          ilike(users.email, like),
          ilike(applicantFiles.platformNumber, like),
          ilike(applicantFiles.uniqueNumber, like),
        );
        if (match) conditions.push(match);
      }
      const rows = await deps.database.db
        .select({
          id: applicantFiles.id,
          platformNumber: applicantFiles.platformNumber,
          uniqueNumber: applicantFiles.uniqueNumber,
          status: applicantFiles.status,
          consent: applicantFiles.consent,
          lastName: users.lastName,
          firstName: users.firstName,
          email: users.email,
          companyName: companies.name,
          employerName: applicantFiles.employerName,
          submittedAt: applicantFiles.submittedAt,
        })
        .from(applicantFiles)
        .innerJoin(users, eq(users.id, applicantFiles.userId))
        .leftJoin(companies, eq(companies.id, applicantFiles.companyId))
        .where(and(...conditions))
        .orderBy(asc(applicantFiles.submittedAt))
        .limit(500);
      return { files: rows };
    },
  );

  r.get(
    '/api/backoffice/files/:id',
    {
      preHandler: operator,
      schema: { tags, summary: 'A file in full', params: fileIdParams, response: { 200: detail } },
    },
    async (request) => {
      const user = currentUser(request);
      const file = await findFileById(deps.database.db, request.params.id);
      if (!file) throw new AppError('company.not_found');
      const [account] = await deps.database.db
        .select()
        .from(users)
        .where(eq(users.id, file.userId))
        .limit(1);
      const [company] = file.companyId
        ? await deps.database.db
            .select()
            .from(companies)
            .where(eq(companies.id, file.companyId))
            .limit(1)
        : [];
      await recordViews(
        deps.database.db,
        user.id,
        [{ userId: file.userId, fileId: file.id }],
        'file.viewed',
        request.ip,
      );
      return {
        file: await applicantFileView(deps, file),
        account: {
          email: account?.email ?? '',
          firstName: account?.firstName ?? '',
          lastName: account?.lastName ?? '',
          mobilePhone: account?.mobilePhone ?? null,
        },
        companyName: company?.name ?? null,
      };
    },
  );

  r.post(
    '/api/backoffice/files/:id/decision',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Validate or refuse a file',
        params: fileIdParams,
        body: operatorDecisionBody,
        response: { 200: z.object({ status: fileStatus }) },
      },
    },
    async (request) => {
      const file = await decideAsOperator(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return { status: file.status };
    },
  );
}
