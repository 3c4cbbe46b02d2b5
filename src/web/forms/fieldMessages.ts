import { ApiError, type ApiFieldError } from '../api/errors';

/**
 * Replaces some of the server's field messages with more specific ones (the server says "Ce champ
 * est obligatoire." where the form can name the field). Other errors are returned unchanged.
 */
export function withFieldMessages(
  error: unknown,
  messageFor: (field: ApiFieldError) => string | undefined,
): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  const fields = error.fields.map((field) => ({
    ...field,
    message: messageFor(field) ?? field.message,
  }));
  return new ApiError(
    error.status,
    error.code,
    error.message,
    fields,
    error.retryAfterSeconds,
    error.remainingAttempts,
  );
}
