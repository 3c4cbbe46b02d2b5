import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import { newReadableCode } from '../../server/security/tokens.js';
import {
  findFraudReport,
  insertFraudReport,
  listFraudReports,
  updateFraudReport,
  type FraudReportRow,
} from './fraud.repo.js';
import {
  fraudCreatedResponse,
  fraudListQuery,
  fraudListResponse,
  fraudParams,
  fraudReportBody,
  fraudResponse,
  fraudUpdateBody,
} from './help.schemas.js';

function toView(row: FraudReportRow) {
  return { ...row, fromAccount: row.reporterUserId !== null };
}

/** Fraud reports: anyone may report (all services are free); the fraud team handles them in the back office. */
export async function fraudRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const operator = requireUser({ roles: ['operator'] });

  r.post(
    '/api/help/fraud-reports',
    {
      config: sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE),
      schema: {
        tags: ['help centre'],
        summary: 'Report a request for money (anyone, logged in or not)',
        body: fraudReportBody,
        response: { 201: fraudCreatedResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const now = deps.clock.now();
      const row = await insertFraudReport(db, {
        reference: `FR-${newReadableCode(8).replace(/(.{4})(?=.)/g, '$1-')}`,
        reporterUserId: request.auth?.user.id ?? null,
        contactEmail: body.contactEmail ?? null,
        contactPhone: body.contactPhone || null,
        channel: body.channel,
        amountRequestedCents:
          body.amountRequestedEuros === undefined
            ? null
            : Math.round(body.amountRequestedEuros * 100),
        occurredOn: body.occurredOn ?? null,
        description: body.description,
        createdAt: now,
        updatedAt: now,
      });
      return reply.status(201).send({ reference: row.reference });
    },
  );

  const tags = ['back office: fraud reports'];
  r.get(
    '/api/backoffice/fraud-reports',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Fraud reports, newest first',
        querystring: fraudListQuery,
        response: { 200: fraudListResponse },
      },
    },
    async (request) => ({
      reports: (await listFraudReports(db, request.query.status)).map(toView),
    }),
  );

  r.get(
    '/api/backoffice/fraud-reports/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'One fraud report',
        params: fraudParams,
        response: { 200: fraudResponse },
      },
    },
    async (request) => {
      const row = await findFraudReport(db, request.params.id);
      if (!row) throw new AppError('fraud.not_found');
      return { report: toView(row) };
    },
  );

  r.patch(
    '/api/backoffice/fraud-reports/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Record how a report is handled',
        params: fraudParams,
        body: fraudUpdateBody,
        response: { 200: fraudResponse },
      },
    },
    async (request) => {
      const row = await updateFraudReport(db, request.params.id, {
        status: request.body.status,
        ...(request.body.handlingNote !== undefined
          ? { handlingNote: request.body.handlingNote }
          : {}),
        handledByUserId: currentUser(request).id,
        updatedAt: deps.clock.now(),
      });
      if (!row) throw new AppError('fraud.not_found');
      return { report: toView(row) };
    },
  );
}
