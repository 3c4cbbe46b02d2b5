import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../server/context.js';
import { companyPolicyRoutes } from './company-policy.routes.js';
import { companyRoutes } from './companies.routes.js';

/** Companies: back-office onboarding, the housing policy (HR) and its view by employees. */
export async function companiesModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await companyRoutes(app, deps);
  await companyPolicyRoutes(app, deps);
}
