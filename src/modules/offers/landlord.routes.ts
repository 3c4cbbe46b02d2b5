import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { listLandlordOffers, listOfferHistory, requireOwnedOffer } from './offer.repo.js';
import { IMPORT_MAX_BYTES, landlordImportRoutes } from './landlord-import.routes.js';
import { landlordPhotoRoutes } from './landlord-photos.routes.js';
import {
  historyEntry,
  landlordListItem,
  landlordListQuery,
  landlordOfferView,
  offerIdParams,
  offerInput,
} from './offer.schemas.js';
import { landlordOfferView as viewOf } from './offer.view.js';
import { duplicateOffer, publishOffer, withdrawOffer } from './use-cases/lifecycle.js';
import { createOffer, editOffer } from './use-cases/save-offer.js';

const offerResponse = z.object({ offer: landlordOfferView });
/** The landlord portal's offers: list, create, edit, preview, publish, withdraw, duplicate, photos, CSV import. */
export async function landlordOfferRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: deps.config.PHOTO_MAX_BYTES, files: 1, fields: 5 },
    });
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: IMPORT_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const tags = ['landlord offers'];
    const landlord = requireUser({ roles: ['landlord'] });
    const owned = async (request: FastifyRequest, id: string) =>
      requireOwnedOffer(deps.database.db, currentUser(request).landlordId, id);
    const view = async (offer: Parameters<typeof viewOf>[1]) => ({
      offer: await viewOf(deps.database.db, offer),
    });

    r.get(
      '/api/landlord/offers',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: "My organisation's offers",
          querystring: landlordListQuery,
          response: {
            200: z.object({
              total: z.number().int(),
              page: z.number().int(),
              pageSize: z.number().int(),
              offers: z.array(landlordListItem),
            }),
          },
        },
      },
      async (request) => {
        const { landlordId } = currentUser(request);
        const result = await listLandlordOffers(deps.database.db, landlordId ?? '', request.query);
        return { ...result, page: request.query.page, pageSize: request.query.pageSize };
      },
    );

    r.post(
      '/api/landlord/offers',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: 'Create a draft offer',
          body: offerInput,
          response: { 201: offerResponse },
        },
      },
      async (request, reply) => {
        const offer = await createOffer(deps, currentUser(request), request.body);
        return reply.status(201).send(await view(offer));
      },
    );

    await landlordImportRoutes(scope, deps);

    r.get(
      '/api/landlord/offers/:id',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: 'Preview an offer, with its history',
          params: offerIdParams,
          response: { 200: offerResponse.extend({ history: z.array(historyEntry) }) },
        },
      },
      async (request) => {
        const offer = await owned(request, request.params.id);
        return {
          ...(await view(offer)),
          history: await listOfferHistory(deps.database.db, offer.id),
        };
      },
    );

    r.put(
      '/api/landlord/offers/:id',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: 'Edit an offer',
          params: offerIdParams,
          body: offerInput,
          response: { 200: offerResponse },
        },
      },
      async (request) => {
        return view(await editOffer(deps, currentUser(request), request.params.id, request.body));
      },
    );

    r.post(
      '/api/landlord/offers/:id/publish',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: 'Publish (or publish again) an offer',
          params: offerIdParams,
          response: { 200: offerResponse },
        },
      },
      async (request) => {
        return view(await publishOffer(deps, currentUser(request), request.params.id));
      },
    );

    r.post(
      '/api/landlord/offers/:id/withdraw',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: 'Withdraw a published offer',
          params: offerIdParams,
          response: { 200: offerResponse },
        },
      },
      async (request) => {
        return view(await withdrawOffer(deps, currentUser(request), request.params.id));
      },
    );

    r.post(
      '/api/landlord/offers/:id/duplicate',
      {
        preHandler: landlord,
        schema: {
          tags,
          summary: 'Copy an offer into a new draft',
          params: offerIdParams,
          response: { 201: offerResponse },
        },
      },
      async (request, reply) => {
        return reply
          .status(201)
          .send(await view(await duplicateOffer(deps, currentUser(request), request.params.id)));
      },
    );

    await landlordPhotoRoutes(scope, deps);
  });
}
