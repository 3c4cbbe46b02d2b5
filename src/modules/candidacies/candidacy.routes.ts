import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { requireOwnCandidacy } from './access.js';
import {
  applyBody,
  candidacyIdParams,
  candidacyResponse,
  declineBody,
  messageResponse,
  messagesResponse,
  myCandidaciesResponse,
  offerIdParams,
  positionPreviewResponse,
  positionQuery,
  positionResponse,
  replyBody,
} from './candidacy.schemas.js';
import { findActiveCandidacy, listApplicantCandidacies } from './candidacy.repo.js';
import { candidacySummaries, candidacyView } from './candidacy.view.js';
import { listMessages, markRead } from './contact.repo.js';
import { pollPosition, previewPosition, streamPosition } from './position-stream.js';
import { applyToOffer } from './use-cases/apply.js';
import { declineAsApplicant } from './use-cases/attribution.js';
import { cancelCandidacy } from './use-cases/cancel.js';
import { replyAsApplicant } from './use-cases/contact.js';

/** The applicant's candidacies: "Je postule", "Mes candidatures en cours", position, messages. */
export async function applicantCandidacyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['candidacies (applicant)'];
  const applicant = requireUser({ roles: ['applicant'] });
  const { db } = deps.database;

  r.post(
    '/api/candidacies',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: '"Je postule": apply to an offer (one active candidacy at a time)',
        body: applyBody,
        response: { 201: candidacyResponse },
      },
    },
    async (request, reply) => {
      const { candidacy, offer } = await applyToOffer(
        deps,
        currentUser(request),
        request.body.offerId,
      );
      return reply.status(201).send({ candidacy: await candidacyView(db, candidacy, offer) });
    },
  );

  r.get(
    '/api/candidacies',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: '"Mes candidatures en cours" and "Historique de mes candidatures"',
        response: { 200: myCandidaciesResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const active = await findActiveCandidacy(db, user.id);
      const rows = await listApplicantCandidacies(db, user.id);
      return {
        current: active ? await candidacyView(db, active) : null,
        history: await candidacySummaries(
          db,
          rows.filter((row) => row.id !== active?.id),
        ),
      };
    },
  );

  r.get(
    '/api/candidacies/:id',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'One of my candidacies, with its tracker',
        params: candidacyIdParams,
        response: { 200: candidacyResponse },
      },
    },
    async (request) => ({
      candidacy: await candidacyView(
        db,
        await requireOwnCandidacy(db, currentUser(request), request.params.id),
      ),
    }),
  );

  r.post(
    '/api/candidacies/:id/cancel',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: '"Annuler cette candidature" (until the file is sent to the landlord)',
        params: candidacyIdParams,
        response: { 200: candidacyResponse },
      },
    },
    async (request) => ({
      candidacy: await candidacyView(
        db,
        await cancelCandidacy(deps, currentUser(request), request.params.id),
      ),
    }),
  );

  r.post(
    '/api/candidacies/:id/decline',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Refuse the home attributed (or promised by rank) to me',
        params: candidacyIdParams,
        body: declineBody,
        response: { 200: candidacyResponse },
      },
    },
    async (request) => ({
      candidacy: await candidacyView(
        db,
        await declineAsApplicant(
          deps,
          currentUser(request),
          request.params.id,
          request.body.reason ?? null,
        ),
      ),
    }),
  );

  r.get(
    '/api/candidacies/:id/position',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary:
          'Position x of y (polling fallback of the stream; long polling with `after` and `wait`)',
        params: candidacyIdParams,
        querystring: positionQuery,
        response: { 200: positionResponse },
      },
    },
    async (request) => {
      await requireOwnCandidacy(db, currentUser(request), request.params.id);
      return {
        position: await pollPosition(
          deps,
          request.params.id,
          request.query.after,
          request.query.wait,
        ),
      };
    },
  );

  r.get(
    '/api/candidacies/:id/position/stream',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Live position (server-sent events)',
        description:
          'text/event-stream. Each `position` event carries the same JSON as `position` in GET /api/candidacies/:id/position; sent at once, then on every change. Comments every 15 s keep the connection open.',
        params: candidacyIdParams,
      },
    },
    async (request, reply) => {
      await requireOwnCandidacy(db, currentUser(request), request.params.id);
      await streamPosition(deps, request, reply, request.params.id);
    },
  );

  r.get(
    '/api/candidacies/:id/messages',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'The conversation with the landlord (marks its messages read)',
        params: candidacyIdParams,
        response: { 200: messagesResponse },
      },
    },
    async (request) => {
      const candidacy = await requireOwnCandidacy(db, currentUser(request), request.params.id);
      await markRead(db, candidacy.id, 'landlord', deps.clock.now());
      return { messages: await listMessages(db, candidacy.id) };
    },
  );

  r.post(
    '/api/candidacies/:id/messages',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'Answer the landlord (optionally choosing a proposed visit slot)',
        params: candidacyIdParams,
        body: replyBody,
        response: { 201: messageResponse },
      },
    },
    async (request, reply) => {
      const message = await replyAsApplicant(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ message });
    },
  );

  r.get(
    '/api/offers/:id/position-preview',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'The position I would have if I applied now',
        params: offerIdParams,
        response: { 200: positionPreviewResponse },
      },
    },
    async (request) => previewPosition(deps, currentUser(request), request.params.id),
  );
}
