import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { offerIdParams, photoOrderBody, photoParams, photoView } from './offer.schemas.js';
import { photoView as photoOf } from './offer.view.js';
import { addPhoto, checkPhotoUpload, deletePhoto, reorderPhotos } from './use-cases/photos.js';

/** Reads the one file of a multipart request (refused above `maxBytes` with `tooLarge`). */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
  tooLarge: 'photo.too_large' | 'request.too_large',
): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError('request.unsupported_media_type');
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (!part) throw new AppError('photo.missing');
  try {
    return await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError(tooLarge);
    throw error;
  }
}

/** The landlord's photo routes: upload (multipart), delete, reorder (inside the multipart scope). */
export async function landlordPhotoRoutes(scope: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = scope.withTypeProvider<ZodTypeProvider>();
  const tags = ['landlord offers'];
  const landlord = requireUser({ roles: ['landlord'] });

  r.post(
    '/api/landlord/offers/:id/photos',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Add a photo (multipart field "photo"; JPEG, PNG or WebP)',
        params: offerIdParams,
        response: { 201: z.object({ photo: photoView }) },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await checkPhotoUpload(deps, user, request.params.id);
      const bytes = await readUpload(request, deps.config.PHOTO_MAX_BYTES, 'photo.too_large');
      const photo = await addPhoto(deps, user, request.params.id, bytes);
      return reply.status(201).send({ photo: photoOf(photo) });
    },
  );

  r.delete(
    '/api/landlord/offers/:id/photos/:photoId',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Delete a photo',
        params: photoParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deletePhoto(deps, currentUser(request), request.params.id, request.params.photoId);
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/api/landlord/offers/:id/photos/order',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Reorder the photos',
        params: offerIdParams,
        body: photoOrderBody,
        response: { 200: z.object({ photos: z.array(photoView) }) },
      },
    },
    async (request) => {
      const photos = await reorderPhotos(
        deps,
        currentUser(request),
        request.params.id,
        request.body.photoIds,
      );
      return { photos: photos.map(photoOf) };
    },
  );
}
