import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';

const state = z.enum(['ok', 'error']);

/** GET /health: whether the database and the job queue answer. */
export async function healthRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Health of the database and the job queue',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: state,
            jobs: state,
            engine: z.enum(['pglite', 'postgres']),
          }),
          503: z.object({
            status: z.literal('degraded'),
            database: state,
            jobs: state,
            engine: z.enum(['pglite', 'postgres']),
          }),
        },
      },
    },
    async (_request, reply) => {
      const database = await deps.database.raw
        .executeSql('select 1 as ok', [])
        .then(() => 'ok' as const)
        .catch(() => 'error' as const);
      const jobs = (await deps.jobs.isHealthy()) ? ('ok' as const) : ('error' as const);
      const engine = deps.database.kind;
      if (database === 'ok' && jobs === 'ok')
        return { status: 'ok' as const, database, jobs, engine };
      return reply.status(503).send({ status: 'degraded' as const, database, jobs, engine });
    },
  );
}
