import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { RegistrationErrorCode } from './contract.js';
import { RegistrationError, registrationErrorMessage, registrationErrorStatus } from './errors.js';
import { UPLOAD_MESSAGES } from './web/documents-page.js';
import { sendPage } from './web/respond.js';

/** True for the URLs that answer JSON (the API, the dev mailbox API, health, and the upload endpoint). */
function wantsJson(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  return path.startsWith('/api/') || path === '/health' || path.endsWith('/pieces/fichier');
}

/** Sends a contract error body `{ error: { code, message, ... } }`. */
function sendApiError(
  reply: FastifyReply,
  code: RegistrationErrorCode,
  extra: RegistrationError['extra'] = {},
): FastifyReply {
  if (extra.retryAfterSeconds !== undefined)
    reply.header('retry-after', String(extra.retryAfterSeconds));
  return reply
    .status(registrationErrorStatus[code])
    .send({ error: { code, message: registrationErrorMessage[code], ...extra } });
}

const PAGE_ERRORS = {
  csrf: [
    403,
    'La page a expiré',
    '<p>Pour votre sécurité, ce formulaire n’est plus valable. Revenez en arrière, rechargez la page et recommencez.</p>',
  ],
  rate: [
    429,
    'Trop de tentatives',
    '<p>Trop de tentatives en peu de temps. Patientez quelques minutes avant de réessayer.</p>',
  ],
  bad: [400, 'Requête incorrecte', '<p>La requête est incomplète ou mal formée.</p>'],
  tooLarge: [413, 'Envoi trop volumineux', '<p>Les données envoyées sont trop volumineuses.</p>'],
  internal: [
    500,
    'Erreur du service',
    '<p>Une erreur inattendue s’est produite. Réessayez dans quelques instants.</p>',
  ],
} as const;

function classify(error: FastifyError): keyof typeof PAGE_ERRORS | 'validation' {
  if (hasZodFastifySchemaValidationErrors(error)) return 'validation';
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET')
    return 'csrf';
  if (error.statusCode === 429) return 'rate';
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'tooLarge';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'bad';
  return 'internal';
}

/** One error handler: contract codes in JSON for the API, a French page for the web pages, never a stack trace. */
export function registerRegistrationErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RegistrationError) return sendApiError(reply, error.code, error.extra);
    const kind = classify(error);
    if (kind === 'internal') request.log.error({ err: error }, 'unexpected error');
    if (wantsJson(request)) {
      if (kind === 'validation' || kind === 'bad') return sendApiError(reply, 'request.invalid');
      if (kind === 'tooLarge')
        return reply.status(413).send({
          error: { code: 'document.too_large', message: UPLOAD_MESSAGES['document.too_large'] },
        });
      if (kind === 'csrf')
        return reply.status(403).send({
          error: { code: 'csrf.invalid', message: PAGE_ERRORS.csrf[2].replace(/<[^>]+>/g, '') },
        });
      if (kind === 'rate')
        return reply
          .status(429)
          .send({ error: { code: 'rate.too_many_requests', message: 'Trop de requêtes.' } });
      return reply
        .status(500)
        .send({ error: { code: 'internal.error', message: PAGE_ERRORS.internal[1] } });
    }
    const [status, title, body] = PAGE_ERRORS[kind === 'validation' ? 'bad' : kind];
    return sendPage(
      reply,
      status,
      title,
      title,
      `${body}<p><a href="/">Retour à l’accueil</a></p>`,
    );
  });

  app.setNotFoundHandler((request, reply) => {
    if (wantsJson(request))
      return reply
        .status(404)
        .send({ error: { code: 'route.not_found', message: 'Adresse inconnue.' } });
    return sendPage(
      reply,
      404,
      'Page introuvable',
      'Page introuvable',
      '<p>Cette page n’existe pas.</p><p><a href="/">Retour à l’accueil</a></p>',
    );
  });
}
