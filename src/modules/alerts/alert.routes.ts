import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SavedSearchFilters } from '../../db/schema/index.js';
import type { AppDeps, SessionUser } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { applicantProfile, resolveCenter } from '../offers/use-cases/search.js';
import {
  countAlerts,
  deleteAlert,
  insertAlert,
  listAlerts,
  requireOwnAlert,
  updateAlert,
  type AlertRow,
} from './alert.repo.js';
import { alertIdParams, alertInput, alertPatch, alertView } from './alert.schemas.js';
import { readUnsubscribeToken } from './unsubscribe-token.js';

/** Most alerts an applicant may keep. */
export const MAX_ALERTS = 10;

async function centerColumns(deps: AppDeps, filters: SavedSearchFilters) {
  const center = await resolveCenter(deps.database.db, filters);
  return {
    centerLatitude: center && center.radiusM >= 0 ? center.latitude : null,
    centerLongitude: center && center.radiusM >= 0 ? center.longitude : null,
    centerCommunes: center ? center.communes : null,
  };
}

const view = (a: AlertRow) => ({
  id: a.id,
  name: a.name,
  filters: a.filters,
  frequency: a.frequency,
  active: a.active,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
  lastSentAt: a.lastSentAt,
});

async function createAlert(
  deps: AppDeps,
  user: SessionUser,
  input: z.infer<typeof alertInput>,
): Promise<AlertRow> {
  await applicantProfile(deps, user);
  if ((await countAlerts(deps.database.db, user.id)) >= MAX_ALERTS)
    throw new AppError('alert.limit_reached');
  const now = deps.clock.now();
  return insertAlert(deps.database.db, {
    userId: user.id,
    name: input.name,
    filters: input.filters,
    frequency: input.frequency,
    ...(await centerColumns(deps, input.filters)),
    createdAt: now,
    updatedAt: now,
  });
}

/** Saved searches ("Créer une alerte"): list, create, change, delete, and unsubscribe from an e-mailed link. */
export async function alertRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['alerts'];
  const applicant = requireUser({ roles: ['applicant'] });
  const one = z.object({ alert: alertView });

  r.get(
    '/api/alerts',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'My alerts',
        response: { 200: z.object({ alerts: z.array(alertView) }) },
      },
    },
    async (request) => ({
      alerts: (await listAlerts(deps.database.db, currentUser(request).id)).map(view),
    }),
  );

  r.post(
    '/api/alerts',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Save the current search as an alert',
        body: alertInput,
        response: { 201: one },
      },
    },
    async (request, reply) => {
      return reply
        .status(201)
        .send({ alert: view(await createAlert(deps, currentUser(request), request.body)) });
    },
  );

  r.patch(
    '/api/alerts/:id',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Change an alert',
        params: alertIdParams,
        body: alertPatch,
        response: { 200: one },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const alert = await requireOwnAlert(deps.database.db, user.id, request.params.id);
      const { filters, ...rest } = request.body;
      const updated = await updateAlert(deps.database.db, alert.id, {
        ...rest,
        ...(filters ? { filters, ...(await centerColumns(deps, filters)) } : {}),
        updatedAt: deps.clock.now(),
      });
      if (!updated) throw new AppError('resource.not_found');
      return { alert: view(updated) };
    },
  );

  r.delete(
    '/api/alerts/:id',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Delete an alert',
        params: alertIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      if (!(await deleteAlert(deps.database.db, currentUser(request).id, request.params.id)))
        throw new AppError('resource.not_found');
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/alerts/unsubscribe',
    {
      schema: {
        tags,
        summary: 'Stop an alert from the link of its e-mail (no login needed)',
        querystring: z.object({ token: z.string().max(200) }),
        response: {
          200: z.object({ unsubscribed: z.literal(true), alertName: z.string().nullable() }),
        },
      },
    },
    async (request) => {
      const alertId = readUnsubscribeToken(deps.config, request.query.token);
      if (!alertId) throw new AppError('token.invalid');
      const updated = await updateAlert(deps.database.db, alertId, {
        active: false,
        updatedAt: deps.clock.now(),
      });
      return { unsubscribed: true as const, alertName: updated?.name ?? null };
    },
  );
}
