import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../server/context.js';
import { backofficeCandidacyRoutes } from './backoffice.routes.js';
import { applicantCandidacyRoutes } from './candidacy.routes.js';
import { employerCandidacyRoutes } from './employer.routes.js';
import { landlordCandidacyRoutes } from './landlord.routes.js';

/** Every candidacy route of the four portals (issue 5). */
export async function candidacyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await applicantCandidacyRoutes(app, deps);
  await backofficeCandidacyRoutes(app, deps);
  await landlordCandidacyRoutes(app, deps);
  await employerCandidacyRoutes(app, deps);
}
