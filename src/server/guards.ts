import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Role, SessionUser } from './context.js';
import { AppError } from './errors.js';

/** Who may call a route. */
export type AccessRule = {
  roles?: readonly Role[];
  admin?: boolean;
  allowPendingPasswordChange?: boolean;
};

/** A preHandler that refuses anonymous callers, wrong roles, and staff who must change their password. */
export function requireUser(rule: AccessRule = {}): preHandlerAsyncHookHandler {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    currentUser(request, rule);
  };
}

/** The logged-in user of a request that passed requireUser (throws otherwise). */
export function currentUser(request: FastifyRequest, rule: AccessRule = {}): SessionUser {
  const user = request.auth?.user;
  if (!user) throw new AppError('auth.required');
  if (user.mustChangePassword && !rule.allowPendingPasswordChange) {
    throw new AppError('auth.password_change_required');
  }
  if (rule.roles && !rule.roles.includes(user.role)) throw new AppError('auth.forbidden');
  if (rule.admin && !user.isAdmin) throw new AppError('auth.forbidden');
  return user;
}

/** The session id of a logged-in request. */
export function currentSessionId(request: FastifyRequest): string {
  if (!request.auth) throw new AppError('auth.required');
  return request.auth.sessionId;
}

/** Route options for a sensitive route: a per-IP limit on top of the per-account growing delays. */
export function sensitiveRoute(perMinute: number) {
  return { rateLimit: { max: perMinute, timeWindow: '1 minute' } };
}
