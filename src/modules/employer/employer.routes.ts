import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { areCriteriaMet } from '../../domain/companies/criteria.js';
import { audit } from '../../server/audit.js';
import type { AppDeps, SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { findUserById } from '../accounts/account.repo.js';
import { fileIdParams } from '../applicant-file/file.schemas.js';
import type { FileRow } from '../applicant-file/file.repo.js';
import { decideAsCompany, requireCompanyFile } from '../applicant-file/use-cases/decisions.js';
import { criteriaForFile } from '../companies/employee-criteria.js';
import { currentPolicyOf } from '../companies/policy.js';
import { employeeFilesCsv } from './employee-csv-export.js';
import {
  employeeFileDetail,
  employeeFileView,
  matchesSearch,
  type Criteria,
  type EmployeeFileView,
} from './employee-view.js';
import { listCompanyFiles, recordViews } from './employer.repo.js';
import {
  employeeFileDetailResponse,
  employeeFilesResponse,
  employerDecisionBody,
  employerFilesQuery,
} from './employer.schemas.js';

const NO_CRITERIA: Criteria = { minSeniorityMonths: null, contractTypes: [], workplaces: [] };

/** Employer portal: the company's employees' files (within consent), search, CSV export and the validation queue. */
export async function employerRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['employer portal'];
  const hr = requireUser({ roles: ['employer'] });
  const { db } = deps.database;
  const criteriaOf = async (companyId: string | null): Promise<Criteria> =>
    (await currentPolicyOf(db, companyId))?.policy ?? NO_CRITERIA;

  /** The company's files matching the filters, as the company may see them. */
  async function visibleFiles(
    user: SessionUser,
    query: { status?: FileRow['status'] | undefined; q?: string | undefined },
    limit: number,
  ) {
    if (!user.companyId) throw new AppError('auth.forbidden');
    const criteria = await criteriaOf(user.companyId);
    const now = deps.clock.now();
    const rows = await listCompanyFiles(db, user.companyId, query.status, limit);
    const views: { view: EmployeeFileView; userId: string }[] = [];
    for (const row of rows) {
      const view = await employeeFileView(db, row.file, row.email, criteria, now);
      if (matchesSearch(view, query.q)) views.push({ view, userId: row.file.userId });
    }
    return views;
  }

  r.get(
    '/api/employer/files',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: "Employees' files the company may see (filters: status, name)",
        querystring: employerFilesQuery,
        response: { 200: employeeFilesResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const views = await visibleFiles(user, request.query, 500);
      await recordViews(
        db,
        user.id,
        views.map((v) => ({ userId: v.userId, fileId: v.view.id })),
        'file.listed',
        request.ip,
      );
      return { files: views.map((v) => v.view) };
    },
  );

  r.get(
    '/api/employer/files.csv',
    {
      preHandler: hr,
      schema: {
        tags,
        summary:
          'CSV export of exactly what the company may see (same filters; logged for each employee)',
        querystring: employerFilesQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const views = await visibleFiles(user, request.query, 5000);
      await recordViews(
        db,
        user.id,
        views.map((v) => ({ userId: v.userId, fileId: v.view.id })),
        'file.exported',
        request.ip,
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="dossiers-salaries-${deps.clock.now().toISOString().slice(0, 10)}.csv"`,
        )
        .header('cache-control', 'no-store')
        .send(
          employeeFilesCsv(
            views.map((v) => v.view),
            request.locale,
          ),
        );
    },
  );

  r.get(
    '/api/employer/files/:id',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: "One employee's file, its criteria and its history (audited)",
        params: fileIdParams,
        response: { 200: employeeFileDetailResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const file = await requireCompanyFile(deps, user.companyId, request.params.id);
      const account = await findUserById(db, file.userId);
      const detail = await employeeFileDetail(
        db,
        file,
        account?.email ?? '',
        await criteriaOf(file.companyId),
        deps.clock.now(),
      );
      await recordViews(
        db,
        user.id,
        [{ userId: file.userId, fileId: file.id }],
        'file.viewed',
        request.ip,
      );
      return { file: detail };
    },
  );

  r.post(
    '/api/employer/files/:id/decision',
    {
      preHandler: hr,
      schema: {
        tags,
        summary: "Validate (criteria checked) or refuse an employee's file",
        params: fileIdParams,
        body: employerDecisionBody,
        response: { 200: employeeFileDetailResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const body = request.body;
      const file = await requireCompanyFile(deps, user.companyId, request.params.id);
      const criteria = await criteriaOf(file.companyId);
      const results = criteriaForFile(criteria, file, deps.clock.now());
      const exception = body.decision === 'validate' && !areCriteriaMet(results);
      if (exception && !body.acknowledgeUnmetCriteria) {
        throw new AppError('employer.criteria_not_met', {
          fields: results
            .filter((c) => c.status !== 'met')
            .map((c) => ({ path: `criteria.${c.criterion}`, code: 'field.invalid' })),
        });
      }
      const decided = await decideAsCompany(
        deps,
        user,
        file.id,
        body.decision === 'validate' ? { decision: 'validate' } : body,
        request.meta,
      );
      if (exception) {
        await audit(db, {
          action: 'file.validated_despite_criteria',
          actorUserId: user.id,
          subjectUserId: file.userId,
          ip: request.ip,
          details: { fileId: file.id, criteria: results },
        });
      }
      const account = await findUserById(db, decided.userId);
      return {
        file: await employeeFileDetail(
          db,
          decided,
          account?.email ?? '',
          criteria,
          deps.clock.now(),
        ),
      };
    },
  );
}
