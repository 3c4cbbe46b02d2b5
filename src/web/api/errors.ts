/** A problem with one field of a request body, as the server reports it. */
export interface ApiFieldError {
  path: string;
  code: string;
  message: string;
}

/** Code given to failures where the server could not be reached at all. */
export const NETWORK_ERROR_CODE = 'network.unavailable';

/** Code given to error responses whose body is not the API's error shape (proxy, crash). */
export const UNEXPECTED_ERROR_CODE = 'http.unexpected';

/** Any failed API call: the server's stable code, its localised message and field problems. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly ApiFieldError[] = [],
    readonly retryAfterSeconds?: number,
    /** Tries left after a wrong import code (`import.code_invalid`). */
    readonly remainingAttempts?: number,
  ) {
    super(message);
  }

  /** True when the server sent a message that can be shown as is. */
  get hasServerMessage(): boolean {
    return this.message.trim() !== '';
  }
}

/** True when the error is an ApiError with one of the given codes. */
export function hasErrorCode(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.code);
}

interface ErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    fields?: unknown;
    retryAfterSeconds?: unknown;
    remainingAttempts?: unknown;
  };
}

function isFieldError(value: unknown): value is ApiFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.path === 'string' &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string'
  );
}

function retryAfterFromHeader(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  const seconds = header === null ? Number.NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}

/** Reads an error response into an ApiError, tolerating bodies that are not JSON. */
export async function readApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON: keep the empty body and report an unexpected error below.
  }
  const error = body.error ?? {};
  const code = typeof error.code === 'string' ? error.code : UNEXPECTED_ERROR_CODE;
  const message = typeof error.message === 'string' ? error.message : '';
  const fields = Array.isArray(error.fields) ? error.fields.filter(isFieldError) : [];
  const retryAfter =
    typeof error.retryAfterSeconds === 'number'
      ? error.retryAfterSeconds
      : retryAfterFromHeader(response);
  const remaining =
    typeof error.remainingAttempts === 'number' ? error.remainingAttempts : undefined;
  return new ApiError(response.status, code, message, fields, retryAfter, remaining);
}
