import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { accountRoutes } from '../modules/accounts/account.routes.js';
import { applicantFileRoutes } from '../modules/applicant-file/file.routes.js';
import { backofficeFileRoutes } from '../modules/backoffice/backoffice-files.routes.js';
import { employerRoutes } from '../modules/employer/employer.routes.js';
import { csrfRoutes } from '../modules/platform/csrf.routes.js';
import { devMailboxRoutes } from '../modules/platform/dev-mailbox.routes.js';
import { healthRoutes } from '../modules/platform/health.routes.js';
import { staffRoutes } from '../modules/staff/staff.routes.js';
import { territoryRoutes } from '../modules/territory/territory.routes.js';
import { ceilingRoutes } from '../modules/ceilings/ceilings.routes.js';
import { landlordOfferRoutes } from '../modules/offers/landlord.routes.js';
import { offerSearchRoutes } from '../modules/offers/search.routes.js';
import { alertRoutes } from '../modules/alerts/alert.routes.js';
import { companiesModule } from '../modules/companies/companies.module.js';
import { accessCodesModule } from '../modules/access-codes/access-codes.module.js';
import { messageRoutes } from '../modules/messages/messages.routes.js';
import { recoveryRoutes } from '../modules/recovery/recovery.routes.js';
import { helpModule } from '../modules/help/help.module.js';
import { dataRightsRoutes } from '../modules/data-rights/data-rights.routes.js';
import { candidacyRoutes } from '../modules/candidacies/candidacies.routes.js';
import { tileImageSource } from '../config/map-tiles.js';
import type { AppDeps } from './context.js';
import { registerErrorHandling, sendError } from './plugins/errors.js';
import { registerSessionLoading } from './plugins/session.js';

/** Feature modules, registered in this order. Each receives the app and the dependencies. */
const MODULES: ((app: FastifyInstance, deps: AppDeps) => Promise<void>)[] = [
  healthRoutes,
  async (app) => csrfRoutes(app),
  accountRoutes,
  staffRoutes,
  applicantFileRoutes,
  employerRoutes,
  backofficeFileRoutes,
  territoryRoutes,
  ceilingRoutes,
  landlordOfferRoutes,
  offerSearchRoutes,
  alertRoutes,
  companiesModule,
  accessCodesModule,
  messageRoutes,
  recoveryRoutes,
  helpModule,
  dataRightsRoutes,
  candidacyRoutes,
];

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Builds the HTTP application from its dependencies (nothing is read from globals). */
export async function buildApp(
  deps: AppDeps,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const production = deps.config.NODE_ENV === 'production';
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.LOG_LEVEL },
    trustProxy: deps.config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  const tileSource = tileImageSource(deps.config.MAP_TILE_URL);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Leaflet draws the offers map with <img> tiles from the configured tile server.
        imgSrc: ["'self'", 'data:', 'blob:', ...(tileSource ? [tileSource] : [])],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
  });
  await app.register(cookie);
  await app.register(csrf, {
    getToken: (request) => {
      const header = request.headers['x-csrf-token'];
      return Array.isArray(header) ? header[0] : header;
    },
    cookieKey: production ? '__Host-alin_csrf' : 'alin_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: production },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: "AL'in API",
        version: '0.1.0',
        description: 'Social-housing offer platform for private-sector employees.',
      },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: production ? '__Host-alin_session' : 'alin_session',
          },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSessionLoading(app, deps);
  app.addHook('onRequest', (request, reply, done) => {
    if (STATE_CHANGING.has(request.method) && request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done);
    } else {
      done();
    }
  });

  for (const register of MODULES) await register(app, deps);
  if (!production) await devMailboxRoutes(app, deps);
  await registerWebApp(app, deps);
  return app;
}

/** Serves the built web app, with the SPA fallback to index.html for client-side routes. */
async function registerWebApp(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const root = path.resolve(deps.config.WEB_DIST);
  const hasWeb = existsSync(path.join(root, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/health');
    if (wantsPage && hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return sendError(request, reply, 'route.not_found');
  });
}
