import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { formatCompanyCode } from '../../domain/companies/company-code.js';
import type { AppDeps } from '../../server/context.js';
import { AppError, invalidFields } from '../../server/errors.js';
import { currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import {
  accessCodeState,
  findAccessCode,
  unusableCodeProblem,
} from '../access-codes/access-code.repo.js';
import { findCompanyByCode, findFileByUser } from '../applicant-file/file.repo.js';
import { findCompanyById } from './company.repo.js';
import {
  companyResponse,
  employeePolicyResponse,
  policyBody,
  policyPreviewBody,
  policyPreviewResponse,
  policyVersionsResponse,
} from './company.schemas.js';
import { policyHistory, toCompanyView, toPolicyView } from './company.view.js';
import { criteriaForFile } from './employee-criteria.js';
import { currentPolicy, currentPolicyOf, maxPolicyPoints } from './policy.js';
import { savePolicy } from './use-cases/save-policy.js';

/** The company's housing policy: set by its HR administrators, read by HR and by its employees. */
export async function companyPolicyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const hr = requireUser({ roles: ['employer'] });
  const hrAdmin = requireUser({ roles: ['employer'], admin: true });
  const applicant = requireUser({ roles: ['applicant'] });
  const ownCompany = async (companyId: string | null) => {
    const company = companyId ? await findCompanyById(db, companyId) : null;
    if (!company) throw new AppError('auth.forbidden');
    return company;
  };

  r.get(
    '/api/employer/company',
    {
      preHandler: hr,
      schema: {
        tags: ['employer portal'],
        summary: 'My company, its code, policy and HR users',
        response: { 200: companyResponse },
      },
    },
    async (request) => ({
      company: await toCompanyView(db, await ownCompany(currentUser(request).companyId)),
    }),
  );

  r.get(
    '/api/employer/policy/versions',
    {
      preHandler: hr,
      schema: {
        tags: ['employer portal'],
        summary: 'Every version of the housing policy, newest first',
        response: { 200: policyVersionsResponse },
      },
    },
    async (request) => ({
      versions: await policyHistory(db, await ownCompany(currentUser(request).companyId)),
    }),
  );

  r.put(
    '/api/employer/policy',
    {
      preHandler: hrAdmin,
      schema: {
        tags: ['employer portal'],
        summary: 'Save the housing policy (HR administrators; writes a new version)',
        body: policyBody,
        response: { 200: companyResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await savePolicy(deps, user, request.body, request.meta);
      return { company: await toCompanyView(db, await ownCompany(user.companyId)) };
    },
  );

  r.get(
    '/api/file/company-policy',
    {
      preHandler: applicant,
      schema: {
        tags: ['applicant file'],
        summary: "The housing policy of my file's company, and its criteria checked on my file",
        response: { 200: employeePolicyResponse },
      },
    },
    async (request) => {
      const file = await findFileByUser(db, currentUser(request).id);
      if (!file) throw new AppError('file.not_found');
      const found = await currentPolicyOf(db, file.companyId);
      if (!found) throw new AppError('policy.no_company');
      return {
        company: { name: found.company.name, isTempAgency: found.company.isTempAgency },
        policy: toPolicyView(found.policy),
        maxPriorityPoints: await maxPolicyPoints(db),
        criteria: criteriaForFile(found.policy, file, deps.clock.now()),
      };
    },
  );

  r.post(
    '/api/file/company-policy/preview',
    {
      preHandler: applicant,
      config: sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE),
      schema: {
        tags: ['applicant file'],
        summary:
          'The company and policy a company code or personal access code leads to, before the company step is saved',
        body: policyPreviewBody,
        response: { 200: policyPreviewResponse },
      },
    },
    async (request) => {
      const { companyCode, personalAccessCode } = request.body;
      let companyId: string | null = null;
      if (personalAccessCode) {
        const code = await findAccessCode(db, personalAccessCode);
        const state = code ? accessCodeState(code, deps.clock.now()) : null;
        if (!code || state !== 'active')
          throw invalidFields([
            {
              path: 'personalAccessCode',
              code: unusableCodeProblem(state === 'active' ? null : state),
            },
          ]);
        companyId = code.companyId;
      } else if (companyCode) {
        const company = await findCompanyByCode(db, formatCompanyCode(companyCode));
        if (!company) throw invalidFields([{ path: 'companyCode', code: 'company.code_unknown' }]);
        companyId = company.id;
      }
      const company = companyId ? await findCompanyById(db, companyId) : null;
      if (!company) throw invalidFields([{ path: 'companyCode', code: 'company.code_unknown' }]);
      return {
        company: { name: company.name, isTempAgency: company.isTempAgency },
        policy: toPolicyView(await currentPolicy(db, company)),
        maxPriorityPoints: await maxPolicyPoints(db),
      };
    },
  );
}
