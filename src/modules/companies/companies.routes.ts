import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { findCompanyById, listCompanies } from './company.repo.js';
import {
  companiesResponse,
  companyIdParams,
  companyResponse,
  invitationResult,
  inviteHrBody,
  onboardCompanyBody,
  onboardResponse,
  updateCompanyBody,
} from './company.schemas.js';
import { toCompanyView } from './company.view.js';
import { inviteHrUsers, onboardCompany } from './use-cases/onboard-company.js';
import { changeCompany } from './use-cases/update-company.js';

/** Back office: onboarding and administration of client companies (operator staff). */
export async function companyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['back office: companies'];
  const operator = requireUser({ roles: ['operator'] });
  const { db } = deps.database;
  const load = async (id: string) => {
    const company = await findCompanyById(db, id);
    if (!company) throw new AppError('resource.not_found');
    return company;
  };

  r.post(
    '/api/backoffice/companies',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Onboard a company and invite its HR users',
        body: onboardCompanyBody,
        response: { 201: onboardResponse },
      },
    },
    async (request, reply) => {
      const result = await onboardCompany(deps, currentUser(request), request.body, request.meta);
      return reply.status(201).send({
        company: await toCompanyView(db, result.company),
        invitations: result.invitations,
      });
    },
  );

  r.get(
    '/api/backoffice/companies',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Companies, by name',
        querystring: z.object({ q: z.string().trim().max(100).optional() }),
        response: { 200: companiesResponse },
      },
    },
    async (request) => {
      const rows = await listCompanies(db, request.query);
      return {
        companies: rows.map(({ company: c, hrUsers }) => ({
          id: c.id,
          name: c.name,
          siren: c.siren,
          code: c.code,
          sizeBand: c.sizeBand,
          sector: c.sector,
          hrUsers,
          createdAt: c.createdAt,
        })),
      };
    },
  );

  r.get(
    '/api/backoffice/companies/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'A company, its policy and HR users',
        params: companyIdParams,
        response: { 200: companyResponse },
      },
    },
    async (request) => ({ company: await toCompanyView(db, await load(request.params.id)) }),
  );

  r.patch(
    '/api/backoffice/companies/:id',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Change a company (name, SIRETs, size, sector)',
        params: companyIdParams,
        body: updateCompanyBody,
        response: { 200: companyResponse },
      },
    },
    async (request) => {
      const company = await changeCompany(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
        request.meta,
      );
      return { company: await toCompanyView(db, company) };
    },
  );

  r.post(
    '/api/backoffice/companies/:id/hr-users',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Invite more HR users of a company',
        params: companyIdParams,
        body: inviteHrBody,
        response: { 200: z.object({ invitations: z.array(invitationResult) }) },
      },
    },
    async (request) => {
      const company = await load(request.params.id);
      return {
        invitations: await inviteHrUsers(
          deps,
          currentUser(request),
          company.id,
          request.body.hrUsers,
          request.meta,
        ),
      };
    },
  );
}
