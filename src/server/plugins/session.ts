import type { FastifyInstance, FastifyReply } from 'fastify';
import { loadSessionUser } from '../../modules/accounts/account.repo.js';
import type { AppDeps } from '../context.js';
import { pickLocale } from '../i18n/index.js';
import { hashSecret } from '../security/tokens.js';

/** Name of the session cookie (the __Host- prefix pins it to https, this host and path /). */
export function sessionCookieName(production: boolean): string {
  return production ? '__Host-alin_session' : 'alin_session';
}

/** Sets the httpOnly, SameSite session cookie. */
export function setSessionCookie(reply: FastifyReply, deps: AppDeps, secret: string): void {
  const production = deps.config.NODE_ENV === 'production';
  reply.setCookie(sessionCookieName(production), secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: production,
    // No max-age: the browser keeps the cookie for its session, the server enforces the sliding expiry.
    path: '/',
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  const production = deps.config.NODE_ENV === 'production';
  reply.clearCookie(sessionCookieName(production), {
    path: '/',
    secure: production,
    httpOnly: true,
    sameSite: 'lax',
  });
}

/** Attaches the locale, request metadata and the logged-in user (if any) to every request. */
export function registerSessionLoading(app: FastifyInstance, deps: AppDeps): void {
  const cookieName = sessionCookieName(deps.config.NODE_ENV === 'production');
  const ttlMs = deps.config.SESSION_TTL_HOURS * 3600_000;
  app.decorateRequest('auth', null);
  app.decorateRequest('locale', 'fr');
  app.decorateRequest('meta', null as never);
  app.addHook('onRequest', async (request) => {
    request.locale = pickLocale(request.cookies['alin_lang'], request.headers['accept-language']);
    request.meta = {
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      locale: request.locale,
    };
    const secret = request.cookies[cookieName];
    if (!secret || secret.length > 200 || !request.url.startsWith('/api/')) return;
    const sessionId = hashSecret(secret);
    const user = await loadSessionUser(deps.database.db, sessionId, deps.clock.now(), ttlMs);
    if (user) request.auth = { sessionId, user };
  });
}
