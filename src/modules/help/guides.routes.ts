import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../server/errors.js';
import { findGuide, listGuides } from './guides.js';
import { guideListResponse, guideParams, guideResponse } from './guides.schemas.js';
import { langQuery } from './help.schemas.js';

/** The step-by-step guides of the help centre (public, French or English). */
export async function guideRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['help centre'];

  r.get(
    '/api/help/guides',
    {
      schema: {
        tags,
        summary: 'The step-by-step guides (title, intro, number of steps, related FAQ entries)',
        querystring: langQuery,
        response: { 200: guideListResponse },
      },
    },
    async (request) => {
      const locale = request.query.lang ?? request.locale;
      return { locale, guides: listGuides(locale) };
    },
  );

  r.get(
    '/api/help/guides/:slug',
    {
      schema: {
        tags,
        summary: 'One step-by-step guide: its numbered steps with screenshots of our own pages',
        params: guideParams,
        querystring: langQuery,
        response: { 200: guideResponse },
      },
    },
    async (request) => {
      const locale = request.query.lang ?? request.locale;
      const guide = findGuide(locale, request.params.slug);
      if (!guide) throw new AppError('resource.not_found');
      return { locale, guide };
    },
  );
}
