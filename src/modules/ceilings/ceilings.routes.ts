import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { listCeilingChanges, listCeilings } from './ceilings.repo.js';
import { updateCeilings } from './use-cases/update-ceilings.js';

const year = z.number().int().min(2000).max(2100);
const financing = z.enum(['PLAI', 'PLUS', 'PLS', 'PLI']);
const zone = z.literal([1, 2, 3]);
/** 1–6: household category; 0: the amount per person above category 6. */
const category = z.literal([0, 1, 2, 3, 4, 5, 6]);
const iso = z.date().transform((d) => d.toISOString());

const storedCeiling = z.object({
  year,
  financing,
  zone,
  category,
  amount: z.number().int(),
  source: z.string(),
  updatedAt: iso,
});
const entry = z.object({
  year,
  // PLI ceilings follow the A bis/A/B1/B2-C zoning, not zones 1–3: not entered here.
  financing: z.enum(['PLAI', 'PLUS', 'PLS']),
  zone,
  category,
  amount: z.number().int().min(0).max(1_000_000),
  comment: z.string().trim().max(500).nullable().default(null),
  source: z.string().trim().max(300).nullable().optional(),
});
const change = z.object({
  id: z.number().int(),
  year,
  financing,
  zone,
  category,
  oldAmount: z.number().int().nullable(),
  newAmount: z.number().int(),
  comment: z.string().nullable(),
  actorUserId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  createdAt: iso,
});

/** Back-office routes of the income ceilings (versioned data: year × financing × zone × category). */
export async function ceilingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['back office'];
  const operators = requireUser({ roles: ['operator'] });
  const adminOnly = requireUser({ roles: ['operator'], admin: true });

  r.get(
    '/api/admin/ceilings',
    {
      preHandler: operators,
      schema: {
        tags,
        summary: 'Income ceilings, optionally of one year and financing type',
        querystring: z.object({
          year: z.coerce.number().pipe(year).optional(),
          financing: financing.optional(),
        }),
        response: { 200: z.object({ ceilings: z.array(storedCeiling) }) },
      },
    },
    async (request) => ({ ceilings: await listCeilings(deps.database.db, request.query) }),
  );

  r.put(
    '/api/admin/ceilings',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Enter or correct income ceilings (one transaction, with history)',
        body: z.object({ ceilings: z.array(entry).min(1).max(500) }),
        response: { 200: z.object({ changed: z.number().int(), unchanged: z.number().int() }) },
      },
    },
    async (request) => {
      const admin = currentUser(request, { roles: ['operator'], admin: true });
      return updateCeilings(deps.database.db, admin, request.body.ceilings, deps.clock.now());
    },
  );

  r.get(
    '/api/admin/ceilings/history',
    {
      preHandler: operators,
      schema: {
        tags,
        summary: 'History of the changes to the income ceilings, newest first',
        querystring: z.object({
          year: z.coerce.number().pipe(year).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ changes: z.array(change) }) },
      },
    },
    async (request) => ({ changes: await listCeilingChanges(deps.database.db, request.query) }),
  );
}
