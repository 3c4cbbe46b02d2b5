import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../server/context.js';
import { accessCodeRoutes } from './access-codes.routes.js';
import { certificateRoutes } from './certificate.routes.js';

/** Personal codes: access codes sent by HR, and the applicant's certificate with its verification. */
export async function accessCodesModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await accessCodeRoutes(app, deps);
  await certificateRoutes(app, deps);
}
