import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  AppError,
  errorStatus,
  type ErrorCode,
  type FieldCode,
  type FieldProblem,
} from '../errors.js';
import { format, messagesFor, pickLocale } from '../i18n/index.js';

type ZodIssueLike = {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  origin?: string;
  params?: { fieldCode?: FieldCode };
};

/** Maps one zod issue to a stable field code. */
export function fieldCodeOf(issue: ZodIssueLike): {
  code: FieldCode;
  params: Record<string, number>;
} {
  if (issue.params?.fieldCode) return { code: issue.params.fieldCode, params: {} };
  switch (issue.code) {
    case 'invalid_type':
      return {
        code:
          issue.input === undefined || issue.input === null ? 'field.required' : 'field.invalid',
        params: {},
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { code: 'field.required', params: {} };
      return { code: 'field.too_short', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'field.too_long', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return {
        code: issue.format === 'email' ? 'field.invalid_email' : 'field.invalid',
        params: {},
      };
    case 'invalid_value':
      return {
        code:
          issue.input === undefined || issue.input === ''
            ? 'field.required'
            : 'field.invalid_choice',
        params: {},
      };
    default:
      return { code: 'field.invalid', params: {} };
  }
}

function valueAt(root: unknown, segments: string[]): unknown {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Sends the API error body in the request's language. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  extra: {
    fields?: (FieldProblem & { params?: Record<string, number> })[];
    retryAfterSeconds?: number;
    remainingAttempts?: number;
  } = {},
): FastifyReply {
  const messages = messagesFor(
    request.locale ?? pickLocale(undefined, request.headers['accept-language']),
  );
  const seconds = extra.retryAfterSeconds;
  if (seconds !== undefined) reply.header('retry-after', String(seconds));
  return reply.status(errorStatus[code]).send({
    error: {
      code,
      message: format(messages.errors[code], {
        seconds: seconds ?? 0,
        remaining: extra.remainingAttempts ?? 0,
      }),
      ...(extra.fields
        ? {
            fields: extra.fields.map((f) => ({
              path: f.path,
              code: f.code,
              message: format(messages.fields[f.code], f.params ?? {}),
            })),
          }
        : {}),
      ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}),
      ...(extra.remainingAttempts !== undefined
        ? { remainingAttempts: extra.remainingAttempts }
        : {}),
    },
  });
}

/** One error handler for the whole API: stable codes, localised messages, never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    try {
      return handleError(error, request, reply);
    } catch (handlerError) {
      request.log.error({ err: handlerError, original: error }, 'error handler failed');
      return reply.status(500).send({
        error: {
          code: 'internal.error',
          message: messagesFor(request.locale ?? 'fr').errors['internal.error'],
        },
      });
    }
  });
}

function handleError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  {
    if (error instanceof AppError) return sendError(request, reply, error.code, error.extra);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => {
        const details = v.params as Omit<ZodIssueLike, 'code' | 'path'>;
        const segments = v.instancePath.split('/').filter(Boolean);
        // zod 4 leaves the input out of its issues: read it back to tell "missing" from "wrong".
        const input = valueAt(
          error.validationContext === 'querystring' ? request.query : request.body,
          segments,
        );
        const issue: ZodIssueLike = { ...details, input, code: v.keyword, path: [] };
        return { path: segments.join('.'), ...fieldCodeOf(issue) };
      });
      return sendError(request, reply, 'validation.failed', { fields });
    }
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return sendError(request, reply, 'csrf.invalid');
    }
    if (error.statusCode === 429) {
      const retry = Number(reply.getHeader('retry-after') ?? 60);
      return sendError(request, reply, 'rate.too_many_requests', { retryAfterSeconds: retry });
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(request, reply, 'request.too_large');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return sendError(request, reply, 'request.unsupported_media_type');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, 'request.malformed');
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(request, reply, 'internal.error');
  }
}
