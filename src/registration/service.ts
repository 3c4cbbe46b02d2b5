import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import type { Mailer } from '../mail/mailer.js';
import type { RegistrationConfig } from './config.js';
import type { RegistrationClock, RegistrationDeps } from './context.js';
import { migrateRegistrationDatabase, openRegistrationDatabase } from './db/database.js';
import { registerRegistrationErrors } from './http-errors.js';
import { createRegistrationMailer } from './mail.js';
import { apiRoutes } from './routes-api.js';
import { devRoutes } from './routes-dev.js';
import { seedRegistrationDemo } from './seed.js';
import { documentRoutes } from './web/documents-routes.js';
import type { FormBody } from './web/form-fields.js';
import { renewalRoutes } from './web/renewal-routes.js';
import { webRoutes } from './web/routes.js';

/** Feature modules, registered in this order. */
const MODULES: ((app: FastifyInstance, deps: RegistrationDeps) => Promise<void>)[] = [
  apiRoutes,
  webRoutes,
  documentRoutes,
  renewalRoutes,
];

function parseForm(body: string): FormBody {
  // A prototype-less object: a field named "__proto__" stays a plain key.
  const values = Object.create(null) as FormBody;
  for (const [key, value] of new URLSearchParams(body)) {
    const previous = values[key];
    values[key] =
      previous === undefined
        ? value
        : Array.isArray(previous)
          ? [...previous, value]
          : [previous, value];
  }
  return values;
}

/** Builds the registration service's HTTP application from its dependencies (nothing read from globals). */
export async function buildRegistrationApp(
  deps: RegistrationDeps,
  options: { logger?: FastifyServerOptions['logger'] } = {},
): Promise<FastifyInstance> {
  const production = deps.config.NODE_ENV === 'production';
  const app = Fastify({
    logger: options.logger ?? { level: deps.config.LOG_LEVEL },
    bodyLimit: 256 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerRegistrationErrors(app);
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, parseForm(String(body))),
  );
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer' },
    (_request, body, done) => done(null, body),
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: production ? [] : null,
      },
    },
  });
  await app.register(cookie, {
    secret: deps.config.REGISTRATION_COOKIE_SECRET ?? randomBytes(32).toString('hex'),
  });
  await app.register(csrf, {
    cookieKey: 'reg_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: production },
  });
  await app.register(rateLimit, { global: false });

  app.get('/health', async () => {
    await deps.database.db.execute(sql`select 1`);
    return { status: 'ok', service: 'registration' };
  });
  for (const register of MODULES) await register(app, deps);
  if (!production) await devRoutes(app, deps);
  return app;
}

/** A running registration service. */
export type RunningRegistrationService = {
  url: string;
  app: FastifyInstance;
  deps: RegistrationDeps;
  seeded: boolean;
  close(): Promise<void>;
};

/** Opens the database (PGlite or PostgreSQL), migrates, seeds the demo when empty outside production, and listens. */
export async function startRegistrationService(
  config: RegistrationConfig,
  options: {
    database?: Database;
    clock?: RegistrationClock;
    mailer?: Mailer;
    logger?: FastifyServerOptions['logger'];
  } = {},
): Promise<RunningRegistrationService> {
  const database = options.database ?? (await openRegistrationDatabase(config));
  try {
    await migrateRegistrationDatabase(database);
    const clock = options.clock ?? { now: () => new Date() };
    const seeded =
      config.NODE_ENV !== 'production' && (await seedRegistrationDemo(database.db, clock.now()));
    const mailer = options.mailer ?? createRegistrationMailer(config, database, clock);
    const deps: RegistrationDeps = { config, database, clock, mailer };
    const app = await buildRegistrationApp(
      deps,
      options.logger === undefined ? {} : { logger: options.logger },
    );
    await app.listen({ port: config.REGISTRATION_PORT, host: config.REGISTRATION_HOST });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.REGISTRATION_PORT;
    const host =
      config.REGISTRATION_HOST === '0.0.0.0' || config.REGISTRATION_HOST === '::'
        ? 'localhost'
        : config.REGISTRATION_HOST;
    return {
      url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
      app,
      deps,
      seeded,
      async close() {
        await app.close();
        mailer.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
