import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  applicationResponse,
  importCodeResponse,
  registrationError,
  verifyResponse,
} from './contract.js';
import type { RegistrationDeps } from './context.js';
import { RegistrationError } from './errors.js';
import {
  readApplicationWithToken,
  requestImportCode,
  verifyImportCode,
} from './use-cases/import-codes.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the header carries the shared platform key (compared in constant time). */
export function isPlatformKey(header: string | string[] | undefined, expected: string): boolean {
  return typeof header === 'string' && timingSafeEqual(digest(header), digest(expected));
}

const uniqueNumberInput = z.string().min(1).max(40);
const errors = {
  400: registrationError,
  401: registrationError,
  404: registrationError,
  410: registrationError,
  423: registrationError,
  429: registrationError,
};

/** The API the platform calls (contract.ts): import codes, their verification, and the application read with a token. */
export async function apiRoutes(app: FastifyInstance, deps: RegistrationDeps): Promise<void> {
  await app.register(async (api) => {
    api.addHook('onRequest', async (request) => {
      if (!isPlatformKey(request.headers['x-platform-key'], deps.config.REGISTRATION_PLATFORM_KEY))
        throw new RegistrationError('access.invalid');
    });
    const r = api.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/api/v1/import-codes',
      {
        schema: {
          summary:
            "E-mails a 6-digit code to the application's applicant (valid 24 h, resend throttled)",
          body: z.object({ uniqueNumber: uniqueNumberInput }),
          response: { 202: importCodeResponse, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(202).send(await requestImportCode(deps, request.body.uniqueNumber)),
    );

    r.post(
      '/api/v1/import-codes/verify',
      {
        schema: {
          summary: 'Checks the code; returns an access token and the application',
          body: z.object({ uniqueNumber: uniqueNumberInput, code: z.string().min(1).max(20) }),
          response: { 200: verifyResponse, ...errors },
        },
      },
      async (request) => verifyImportCode(deps, request.body),
    );

    r.get(
      '/api/v1/applications/:uniqueNumber',
      {
        schema: {
          summary: 'The application, read fresh (Authorization: Bearer <accessToken>)',
          params: z.object({ uniqueNumber: uniqueNumberInput }),
          response: { 200: applicationResponse, ...errors },
        },
      },
      async (request) => {
        const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
        return {
          application: await readApplicationWithToken(
            deps,
            request.params.uniqueNumber,
            match?.[1] ?? null,
          ),
        };
      },
    );
  });
}
