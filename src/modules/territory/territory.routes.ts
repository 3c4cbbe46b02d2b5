import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { listDepartments, listRegions, searchCommunes } from './territory.repo.js';

const communeHit = z.object({
  inseeCode: z.string(),
  name: z.string(),
  postcodes: z.array(z.string()),
  departmentCode: z.string(),
  departmentName: z.string(),
  regionName: z.string(),
  /** Zone of the income ceilings. */
  zone: z.literal([1, 2, 3]),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
const region = z.object({ code: z.string(), name: z.string() });
const department = z.object({
  code: z.string(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
});

/** Public territory reference data: commune search, regions and departments. */
export async function territoryRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['territory'];

  r.get(
    '/api/communes',
    {
      schema: {
        tags,
        summary: 'Find communes by name (accents optional), postcode or INSEE code (20 at most)',
        querystring: z.object({ q: z.string().trim().min(1).max(100) }),
        response: { 200: z.object({ communes: z.array(communeHit) }) },
      },
    },
    async (request) => ({ communes: await searchCommunes(deps.database.db, request.query.q) }),
  );

  r.get(
    '/api/territory/regions',
    {
      schema: {
        tags,
        summary: 'Regions (metropolitan France and overseas departments)',
        response: { 200: z.object({ regions: z.array(region) }) },
      },
    },
    async () => ({ regions: await listRegions(deps.database.db) }),
  );

  r.get(
    '/api/territory/departments',
    {
      schema: {
        tags,
        summary: 'Departments, optionally of one region',
        querystring: z.object({ region: z.string().trim().max(3).optional() }),
        response: { 200: z.object({ departments: z.array(department) }) },
      },
    },
    async (request) => ({
      departments: await listDepartments(deps.database.db, request.query.region),
    }),
  );
}
