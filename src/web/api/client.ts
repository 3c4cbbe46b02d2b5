import { ApiError, NETWORK_ERROR_CODE, UNEXPECTED_ERROR_CODE, readApiError } from './errors';

// The one HTTP transport of the web app: every call to the API goes through `exchange` below, so
// the same rules hold for JSON, multipart uploads and downloads: same-origin credentials,
// `accept-language`, the CSRF token on every method but GET (fetched again once when the server
// answers `csrf.invalid`), and every failure as an ApiError.

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Reports the share of a request body sent so far (0 to 1). */
export type ProgressListener = (fraction: number) => void;

interface Call {
  method: Method;
  path: string;
  /** A JSON value, or a FormData (multipart) or Blob sent as is. */
  body?: unknown;
  accept?: string;
  /** Set for uploads that show their progress (sent with XMLHttpRequest). */
  onProgress?: ProgressListener | undefined;
}

interface Outgoing {
  method: Method;
  headers: Record<string, string>;
  body?: FormData | Blob | string;
}

let requestLanguage = 'fr';
let csrfToken: Promise<string> | null = null;

/** Sets the language sent in `accept-language`, so the server localises its messages. */
export function setRequestLanguage(language: string): void {
  requestLanguage = language;
}

const networkError = () => new ApiError(0, NETWORK_ERROR_CODE, '');

function sendWithFetch(path: string, outgoing: Outgoing): Promise<Response> {
  return fetch(path, { ...outgoing, credentials: 'same-origin' }).catch(() => {
    throw networkError();
  });
}

/** The answer of an XMLHttpRequest as a Response (only `retry-after` of its headers is read). */
function responseOf(xhr: XMLHttpRequest): Response {
  const retryAfter = xhr.getResponseHeader('retry-after');
  const hasNoBody = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
  return new Response(hasNoBody ? null : xhr.responseText, {
    status: xhr.status,
    headers: retryAfter ? { 'retry-after': retryAfter } : {},
  });
}

// `fetch` cannot report upload progress, so uploads with a progress bar use XMLHttpRequest.
function sendWithProgress(
  path: string,
  outgoing: Outgoing,
  onProgress: ProgressListener,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(outgoing.method, path);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(outgoing.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      try {
        resolve(responseOf(xhr));
      } catch {
        reject(networkError());
      }
    });
    const failed = () => reject(networkError());
    xhr.addEventListener('error', failed);
    xhr.addEventListener('abort', failed);
    xhr.send(outgoing.body ?? null);
  });
}

async function fetchCsrfToken(): Promise<string> {
  const response = await sendWithFetch('/api/csrf', {
    method: 'GET',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw await readApiError(response);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== 'string') throw new ApiError(response.status, 'csrf.missing', '');
  return body.token;
}

/** The CSRF token, fetched once and shared; a failed fetch is retried on the next call. */
export function getCsrfToken(): Promise<string> {
  csrfToken ??= fetchCsrfToken().catch((error: unknown) => {
    csrfToken = null;
    throw error;
  });
  return csrfToken;
}

/** Forgets the CSRF token (after login or logout the server may bind a new one). */
export function resetCsrfToken(): void {
  csrfToken = null;
}

async function outgoingOf(call: Call): Promise<Outgoing> {
  const headers: Record<string, string> = {
    accept: call.accept ?? 'application/json',
    'accept-language': requestLanguage,
  };
  if (call.method !== 'GET') headers['x-csrf-token'] = await getCsrfToken();
  const { method, body } = call;
  if (body === undefined) return { method, headers };
  // A multipart form gets its content type (with the boundary) from the browser.
  if (body instanceof FormData || body instanceof Blob) return { method, headers, body };
  headers['content-type'] = 'application/json';
  return { method, headers, body: JSON.stringify(body) };
}

/**
 * Sends one call, again once with a fresh CSRF token on `csrf.invalid`. A refusal comes back with
 * its ApiError and a response whose body is still unread.
 */
async function exchange(
  call: Call,
  isRetry = false,
): Promise<{ response: Response; error: ApiError | null }> {
  const outgoing = await outgoingOf(call);
  const response = await (call.onProgress
    ? sendWithProgress(call.path, outgoing, call.onProgress)
    : sendWithFetch(call.path, outgoing));
  if (response.ok) return { response, error: null };
  const copy = response.clone();
  const error = await readApiError(response);
  if (!isRetry && response.status === 403 && error.code === 'csrf.invalid') {
    resetCsrfToken();
    return exchange(call, true);
  }
  return { response: copy, error };
}

/** Reads a JSON answer; an empty one (204) reads as `{}`. */
async function readBody<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (text === '') return {} as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, UNEXPECTED_ERROR_CODE, '');
  }
}

async function request<T>(call: Call): Promise<T> {
  const { response, error } = await exchange(call);
  if (error) throw error;
  return readBody<T>(response);
}

/**
 * Typed calls to the AL'in API; every failure is an ApiError. A body is sent as JSON, or as is
 * when it is a FormData (multipart: files and text fields) or a Blob.
 */
export const api = {
  get: <T>(path: string) => request<T>({ method: 'GET', path }),
  post: <T>(path: string, body: unknown = {}) => request<T>({ method: 'POST', path, body }),
  put: <T>(path: string, body: unknown) => request<T>({ method: 'PUT', path, body }),
  patch: <T>(path: string, body: unknown) => request<T>({ method: 'PATCH', path, body }),
  /** The body, when there is one, confirms the deletion (e.g. a password). */
  delete: <T>(path: string, body?: unknown) => request<T>({ method: 'DELETE', path, body }),
};

/** `POST` of a multipart form, reporting the share sent so far (0 to 1). */
export function postWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: ProgressListener,
): Promise<T> {
  return request<T>({ method: 'POST', path, body: form, onProgress });
}

/** The outcome of a request whose refusal (422) still carries a JSON body worth reading. */
export type BodyOrRefusal<T, R> =
  { ok: true; body: T } | { ok: false; refusal: R; error: ApiError };

/** `POST` whose 422 answer is returned with its body (e.g. a report line by line), not thrown. */
export async function postReadingRefusal<T, R>(
  path: string,
  body: unknown,
): Promise<BodyOrRefusal<T, R>> {
  const { response, error } = await exchange({ method: 'POST', path, body });
  if (!error) return { ok: true, body: await readBody<T>(response) };
  if (response.status !== 422) throw error;
  try {
    return { ok: false, refusal: (await response.json()) as R, error };
  } catch {
    throw error;
  }
}

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? fallback;
}

/**
 * Downloads a file the server sends as an attachment (PDF, CSV, JSON...) and hands it to the
 * browser's download manager; a refusal arrives as an ApiError like any other call.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const { response, error } = await exchange({ method: 'GET', path, accept: '*/*' });
  if (error) throw error;
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileNameOf(response, fallbackName);
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `?a=b` from search parameters, or nothing when there are none. */
export function queryString(query: URLSearchParams): string {
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
