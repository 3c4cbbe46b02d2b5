import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { offerIdParams, photoParams } from './offer.schemas.js';
import { offerPage, searchPage, searchQuery, showcaseQuery } from './search.schemas.js';
import { offerPage as buildOfferPage } from './use-cases/offer-page.js';
import { readPhoto } from './use-cases/photos.js';
import { applicantProfile, runSearch } from './use-cases/search.js';

const PUBLIC_PHOTO_CACHE = 'public, max-age=86400, immutable';

/** Offer search and display: the public showcase, the applicant's eligible offers, the offer page, photos, map settings. */
export async function offerSearchRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['offers'];
  const applicant = requireUser({ roles: ['applicant'] });

  r.get(
    '/api/showcase/offers',
    {
      schema: {
        tags,
        summary:
          'Public showcase ("vitrine"): published showcase offers; not every offer is visible without an account',
        querystring: showcaseQuery,
        response: { 200: searchPage },
      },
    },
    async (request) => {
      const { sort, page, pageSize, ...filters } = request.query;
      return runSearch(deps, { showcase: true, profile: null }, filters, { sort, page, pageSize });
    },
  );

  r.get(
    '/api/offers',
    {
      preHandler: applicant,
      schema: {
        tags,
        summary: 'The offers the applicant is eligible for (validated file, active application)',
        querystring: searchQuery,
        response: { 200: searchPage },
      },
    },
    async (request) => {
      const { profile } = await applicantProfile(deps, currentUser(request));
      const { sort, page, pageSize, ...filters } = request.query;
      return runSearch(deps, { showcase: false, profile }, filters, { sort, page, pageSize });
    },
  );

  r.get(
    '/api/offers/map-config',
    {
      schema: {
        tags,
        summary: 'Tile server of the offers map',
        response: { 200: z.object({ tileUrl: z.string(), attribution: z.string() }) },
      },
    },
    async () => ({
      tileUrl: deps.config.MAP_TILE_URL,
      attribution: deps.config.MAP_TILE_ATTRIBUTION,
    }),
  );

  r.get(
    '/api/offers/:id',
    {
      schema: {
        tags,
        summary: 'The offer page; for an applicant, the eligibility verdict rule by rule',
        params: offerIdParams,
        response: { 200: offerPage },
      },
    },
    async (request) => {
      return buildOfferPage(deps, request.auth?.user ?? null, request.params.id);
    },
  );

  r.get(
    '/api/offers/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'A photo: gallery size (WebP) or full size (JPEG)',
        params: photoParams,
        querystring: z.object({ size: z.enum(['gallery', 'full']).default('gallery') }),
      },
    },
    async (request, reply) => {
      const { id, photoId } = request.params;
      const size = request.query.size;
      const photo = await readPhoto(deps, id, photoId, size);
      const isPublic =
        photo !== null && (photo.status === 'published' || photo.status === 'closed');
      const isOwner = photo !== null && request.auth?.user.landlordId === photo.landlordId;
      if (!photo || (!isPublic && !isOwner)) throw new AppError('resource.not_found');
      const etag = `"${photoId}-${size}"`;
      reply.header('cache-control', isPublic ? PUBLIC_PHOTO_CACHE : 'private, no-cache');
      reply.header('etag', etag);
      if (request.headers['if-none-match'] === etag) return reply.status(304).send();
      return reply.type(size === 'gallery' ? 'image/webp' : 'image/jpeg').send(photo.bytes);
    },
  );
}
