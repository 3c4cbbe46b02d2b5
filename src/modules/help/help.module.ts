import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../server/context.js';
import { fraudRoutes } from './fraud.routes.js';
import { guideRoutes } from './guides.routes.js';
import { helpRoutes } from './help.routes.js';

/** Help centre: FAQ, step-by-step guides, codes explained, contact details and form, fraud reports. */
export async function helpModule(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await helpRoutes(app, deps);
  await guideRoutes(app);
  await fraudRoutes(app, deps);
}
