import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parisDay, workingDaysLate } from '../../domain/calendar/working-days.js';
import { audit } from '../../server/audit.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import { findUserById } from '../accounts/account.repo.js';
import { findCompany, findFileByUser } from '../applicant-file/file.repo.js';
import { sendStoredFile } from '../messages/stored-file.js';
import { registerMultipart } from '../messages/uploads.js';
import {
  companiesOfSiret,
  findRecoveryRequest,
  listRecoveryRequests,
  proofOf,
  type RecoveryRow,
} from './recovery.repo.js';
import {
  answerBody,
  recoveryCreatedResponse,
  recoveryDetailResponse,
  recoveryForm,
  recoveryListQuery,
  recoveryListResponse,
  recoveryParams,
  rejectBody,
} from './recovery.schemas.js';
import { answerRecovery, rejectRecovery } from './use-cases/handle-recovery.js';
import { requestRecovery } from './use-cases/request-recovery.js';

/** "Récupérer mon code": the form, and the back-office queue that answers it within 3 working days. */
export async function recoveryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const tags = ['back office: code recovery'];
  const operator = requireUser({ roles: ['operator'] });
  const view = (row: RecoveryRow) => {
    const today = parisDay(deps.clock.now());
    const late = row.status === 'pending' ? workingDaysLate(row.dueOn, today) : 0;
    return {
      ...row,
      hasProof: row.proofFileId !== null,
      overdue: row.status === 'pending' && row.dueOn < today,
      workingDaysLate: late,
      accountMatched: row.userId !== null,
    };
  };
  const load = async (id: string) => {
    const row = await findRecoveryRequest(db, id);
    if (!row) throw new AppError('recovery.not_found');
    return row;
  };

  await app.register(async (scope) => {
    await registerMultipart(scope, { maxFiles: 1 });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/recovery-requests',
      {
        config: sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE),
        schema: {
          tags: ['help centre'],
          summary:
            '"Récupérer mon code": identity, account e-mail, employer, SIRET, reason and proof of employment (multipart/form-data; anonymous or logged in)',
          consumes: ['multipart/form-data'],
          body: recoveryForm,
          response: { 202: recoveryCreatedResponse },
        },
      },
      async (request, reply) =>
        reply
          .status(202)
          .send(
            await requestRecovery(deps, request.auth?.user ?? null, request.body, request.meta),
          ),
    );
  });

  r.get(
    '/api/backoffice/recovery-requests',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Lost-code requests by due date (overdue ones flagged)',
        querystring: recoveryListQuery,
        response: { 200: recoveryListResponse },
      },
    },
    async (request) => {
      const { status, overdue } = request.query;
      const rows = await listRecoveryRequests(db, {
        status,
        overdueOn: overdue === 'true' ? parisDay(deps.clock.now()) : undefined,
      });
      return { requests: rows.map(view) };
    },
  );

  r.get(
    '/api/backoffice/recovery-requests/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'A request, the matching account and companies',
        params: recoveryParams,
        response: { 200: recoveryDetailResponse },
      },
    },
    async (request) => {
      const row = await load(request.params.id);
      const account = row.userId ? await findUserById(db, row.userId) : null;
      const file = account ? await findFileByUser(db, account.id) : null;
      const company = file ? await findCompany(db, file.companyId) : null;
      return {
        request: view(row),
        account: account
          ? {
              id: account.id,
              email: account.email,
              firstName: account.firstName,
              lastName: account.lastName,
              birthDate: account.birthDate,
              file: file
                ? {
                    platformNumber: file.platformNumber,
                    personalCode: file.personalCode,
                    companyName: company?.name ?? null,
                    employerSiret: file.employerSiret,
                  }
                : null,
            }
          : null,
        companiesWithSiret: await companiesOfSiret(db, row.siret),
      };
    },
  );

  r.get(
    '/api/backoffice/recovery-requests/:id/proof',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Download the proof of employment (logged for the applicant)',
        params: recoveryParams,
      },
    },
    async (request, reply) => {
      const row = await load(request.params.id);
      const proof = await proofOf(db, row.proofFileId);
      if (!proof) throw new AppError('recovery.not_found');
      await audit(db, {
        action: 'recovery.proof_viewed',
        actorUserId: currentUser(request).id,
        subjectUserId: row.userId,
        ip: request.ip,
        details: { recoveryRequestId: row.id },
      });
      return sendStoredFile(reply, proof);
    },
  );

  r.post(
    '/api/backoffice/recovery-requests/:id/answer',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Answer with a secure message (the applicant gets an e-mail without the code)',
        params: recoveryParams,
        body: answerBody,
        response: { 200: recoveryDetailResponse.pick({ request: true }) },
      },
    },
    async (request) => {
      await answerRecovery(
        deps,
        currentUser(request),
        request.params.id,
        request.body.message,
        request.meta,
      );
      return { request: view(await load(request.params.id)) };
    },
  );

  r.post(
    '/api/backoffice/recovery-requests/:id/reject',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Close without a code, with a note (and optionally a message)',
        params: recoveryParams,
        body: rejectBody,
        response: { 200: recoveryDetailResponse.pick({ request: true }) },
      },
    },
    async (request) => {
      await rejectRecovery(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
        request.meta,
      );
      return { request: view(await load(request.params.id)) };
    },
  );
}
