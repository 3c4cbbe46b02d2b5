import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../server/context.js';
import { currentSessionId, currentUser, requireUser, sensitiveRoute } from '../../server/guards.js';
import { clearSessionCookie, setSessionCookie } from '../../server/plugins/session.js';
import {
  changePasswordBody,
  emailBody,
  emailResponse,
  emptyResponse,
  loginBody,
  sessionResponse,
  setPasswordBody,
  signUpBody,
  tokenBody,
  tokenInspection,
  userResponse,
} from './account.schemas.js';
import { inspectToken, setPasswordFromLink } from './use-cases/activate.js';
import { login, logout } from './use-cases/login.js';
import { changePassword, requestPasswordReset } from './use-cases/passwords.js';
import { resendActivation, signUp } from './use-cases/sign-up.js';

/** Routes of accounts and sessions: sign-up, activation, login, logout, passwords. */
export async function accountRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  const sensitive = sensitiveRoute(deps.config.RATE_LIMIT_PER_MINUTE);

  r.get(
    '/api/session',
    {
      schema: { tags, summary: 'The logged-in user, or null', response: { 200: sessionResponse } },
    },
    async (request) => ({
      user: request.auth?.user ?? null,
    }),
  );

  r.post(
    '/api/session',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Log in ("Je me connecte")',
        body: loginBody,
        response: { 200: userResponse },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, request.meta, request.auth?.sessionId ?? null);
      setSessionCookie(reply, deps, result.sessionSecret);
      return { user: result.user };
    },
  );

  r.delete(
    '/api/session',
    { schema: { tags, summary: 'Log out', response: { 204: z.null().describe('No content') } } },
    async (request, reply) => {
      if (request.auth)
        await logout(deps, request.auth.sessionId, request.auth.user.id, request.meta);
      clearSessionCookie(reply, deps);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/accounts',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Create an applicant account ("Créer mon compte")',
        body: signUpBody,
        response: { 202: emailResponse },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await signUp(deps, request.body, request.meta)),
  );

  r.post(
    '/api/accounts/confirmation-link',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Send a new activation link',
        body: emailBody,
        response: { 202: emptyResponse },
      },
    },
    async (request, reply) => {
      await resendActivation(deps, request.body.email, request.meta);
      return reply.status(202).send({});
    },
  );

  r.post(
    '/api/account-tokens/inspect',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Whether an e-mailed link is still usable',
        body: tokenBody,
        response: { 200: tokenInspection },
      },
    },
    async (request) => inspectToken(deps, request.body.token),
  );

  r.post(
    '/api/accounts/activate',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Set the first password from the activation or invitation link',
        body: setPasswordBody,
        response: { 200: emailResponse },
      },
    },
    async (request) => setPasswordFromLink(deps, request.body, 'activation', request.meta),
  );

  r.post(
    '/api/password-resets',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Ask for a password-reset link ("Mot de passe oublié ?")',
        body: emailBody,
        response: { 202: emptyResponse },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(deps, request.body.email, request.meta);
      return reply.status(202).send({});
    },
  );

  r.post(
    '/api/password-resets/complete',
    {
      config: sensitive,
      schema: {
        tags,
        summary: 'Set a new password from the reset link',
        body: setPasswordBody,
        response: { 200: emailResponse },
      },
    },
    async (request) => setPasswordFromLink(deps, request.body, 'reset', request.meta),
  );

  r.post(
    '/api/me/password',
    {
      config: sensitive,
      preHandler: requireUser({ allowPendingPasswordChange: true }),
      schema: {
        tags,
        summary: 'Change my password',
        body: changePasswordBody,
        response: { 200: userResponse },
      },
    },
    async (request) => {
      const user = currentUser(request, { allowPendingPasswordChange: true });
      return {
        user: await changePassword(
          deps,
          { user, sessionId: currentSessionId(request) },
          request.body,
          request.meta,
        ),
      };
    },
  );
}
