import type { z } from 'zod';
import {
  applicationResponse,
  importCodeResponse,
  registrationError,
  verifyResponse,
  type RegistrationApplication,
} from '../../registration/contract.js';
import { AppError } from '../../server/errors.js';

/**
 * What the platform needs from the registration system (SNE or a departmental site). The HTTP
 * implementation below talks to our stand-in; a real connector implements the same interface.
 */
export type RegistrationGateway = {
  /** Asks the registration site to e-mail an import code to the application's address. */
  requestImportCode(uniqueNumber: string): Promise<{ maskedEmail: string; expiresAt: string }>;
  /** Checks the code; returns a lasting access token and the application. */
  verifyImportCode(
    uniqueNumber: string,
    code: string,
  ): Promise<{ accessToken: string; application: RegistrationApplication }>;
  /** Fetches the current application with a token obtained at import. */
  fetchApplication(uniqueNumber: string, accessToken: string): Promise<RegistrationApplication>;
  /** Public address of the site's pages ("Modifier mes informations", "Déposer mes pièces"). */
  publicUrl: string;
};

const TIMEOUT_MS = 10_000;

/** The registration gateway over HTTP. */
export function createHttpRegistrationGateway(options: {
  baseUrl: string;
  publicUrl: string;
  platformKey: string;
}): RegistrationGateway {
  const base = options.baseUrl.replace(/\/$/, '');

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
    token?: string,
  ): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers: {
          'x-platform-key': options.platformKey,
          accept: 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new AppError('registration.unavailable');
    }
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const parsed = schema.safeParse(payload);
      if (!parsed.success) throw new AppError('registration.unavailable');
      return parsed.data;
    }
    const error = registrationError.safeParse(payload);
    if (!error.success) throw new AppError('registration.unavailable');
    const { code, remainingAttempts, retryAfterSeconds } = error.data.error;
    switch (code) {
      case 'application.not_found':
        throw new AppError('import.application_not_found', {
          fields: [{ path: 'uniqueNumber', code: 'unique_number.not_found' }],
        });
      case 'code.invalid':
        throw new AppError('import.code_invalid', {
          fields: [{ path: 'code', code: 'import_code.invalid' }],
          remainingAttempts: remainingAttempts ?? 0,
        });
      case 'code.expired':
        throw new AppError('import.code_expired');
      case 'code.locked':
        throw new AppError('import.code_locked');
      case 'code.throttled':
        throw new AppError('rate.too_many_requests', {
          retryAfterSeconds: retryAfterSeconds ?? 60,
        });
      case 'access.invalid':
        throw new AppError('import.access_revoked');
      case 'request.invalid':
        throw new AppError('registration.unavailable');
    }
  }

  return {
    publicUrl: options.publicUrl.replace(/\/$/, ''),
    requestImportCode: (uniqueNumber) =>
      call('POST', '/api/v1/import-codes', importCodeResponse, { uniqueNumber }),
    verifyImportCode: (uniqueNumber, code) =>
      call('POST', '/api/v1/import-codes/verify', verifyResponse, { uniqueNumber, code }),
    fetchApplication: async (uniqueNumber, accessToken) =>
      (
        await call(
          'GET',
          `/api/v1/applications/${encodeURIComponent(uniqueNumber)}`,
          applicationResponse,
          undefined,
          accessToken,
        )
      ).application,
  };
}
