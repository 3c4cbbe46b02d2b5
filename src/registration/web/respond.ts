import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RegistrationDeps } from '../context.js';
import { readUniqueNumber } from '../use-cases/applications.js';
import { accessedNumber } from './access.js';
import type { FormBody } from './form-fields.js';
import { page } from './html.js';

/** Sends an HTML page. */
export function sendPage(
  reply: FastifyReply,
  status: number,
  title: string,
  h1: string,
  body: string,
  scripts?: string[],
): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(page({ title, h1, body, ...(scripts ? { scripts } : {}) }));
}

/** The body of a form post (the urlencoded parser gives an object of strings). */
export function formBody(request: FastifyRequest): FormBody {
  return typeof request.body === 'object' && request.body !== null
    ? (request.body as FormBody)
    : {};
}

/** The unique number of a `/demandes/:nu` page when this browser has access to it; otherwise replies (redirect or 404). */
export async function guard(
  request: FastifyRequest<{ Params: { nu: string } }>,
  reply: FastifyReply,
  deps: RegistrationDeps,
): Promise<string | null> {
  const nu = readUniqueNumber(request.params.nu);
  if (!nu) {
    await sendPage(
      reply,
      404,
      'Demande introuvable',
      'Demande introuvable',
      '<p>Ce numéro unique n’est pas valable.</p><p><a href="/">Retour à l’accueil</a></p>',
    );
    return null;
  }
  if (accessedNumber(request, deps.clock.now()) !== nu) {
    const path = request.url.split('?')[0] ?? '';
    await reply.redirect(
      `/?numero=${encodeURIComponent(nu)}&suite=${encodeURIComponent(path)}`,
      303,
    );
    return null;
  }
  return nu;
}
