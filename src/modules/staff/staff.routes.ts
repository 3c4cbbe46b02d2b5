import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { listCompanies, listLandlords, listUsers } from './staff.repo.js';
import { inviteStaffUser } from './use-cases/create-staff-user.js';

const roleEnum = z.enum(['applicant', 'employer', 'operator', 'landlord']);
const listItem = z.object({
  id: z.uuid(),
  email: z.string(),
  role: roleEnum,
  isAdmin: z.boolean(),
  firstName: z.string(),
  lastName: z.string(),
  status: z.enum(['pending', 'active', 'disabled']),
  companyName: z.string().nullable(),
  landlordName: z.string().nullable(),
  createdAt: z.date().transform((d) => d.toISOString()),
});
const createBody = z.object({
  role: z.enum(['employer', 'operator', 'landlord']),
  civility: z.enum(['mme', 'm']).nullable().default(null),
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  isAdmin: z.boolean().default(false),
  companyId: z.uuid().optional(),
  landlordId: z.uuid().optional(),
});
const named = z.object({ id: z.uuid(), name: z.string() });

/** Back-office administration of staff accounts (operator administrators only). */
export async function staffRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['back office'];
  const adminOnly = requireUser({ roles: ['operator'], admin: true });

  r.get(
    '/api/admin/users',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'List users',
        querystring: z.object({
          role: roleEnum.optional(),
          q: z.string().trim().max(100).optional(),
        }),
        response: { 200: z.object({ users: z.array(listItem) }) },
      },
    },
    async (request) => ({ users: await listUsers(deps.database.db, request.query) }),
  );

  r.post(
    '/api/admin/users',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Open a staff account and e-mail an invitation',
        body: createBody,
        response: {
          201: z.object({ user: z.object({ id: z.uuid(), email: z.string(), role: roleEnum }) }),
        },
      },
    },
    async (request, reply) => {
      const admin = currentUser(request);
      const user = await inviteStaffUser(deps, admin, request.body, request.meta);
      return reply.status(201).send({ user: { id: user.id, email: user.email, role: user.role } });
    },
  );

  r.get(
    '/api/admin/companies',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Companies (for staff accounts)',
        response: { 200: z.object({ companies: z.array(named) }) },
      },
    },
    async () => ({ companies: await listCompanies(deps.database.db) }),
  );

  r.get(
    '/api/admin/landlords',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Landlords (for staff accounts)',
        response: { 200: z.object({ landlords: z.array(named) }) },
      },
    },
    async () => ({ landlords: await listLandlords(deps.database.db) }),
  );
}
