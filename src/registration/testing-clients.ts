// HTTP clients for tests of the registration service (real fetch against a running instance).
import { registrationApplication, type RegistrationApplication } from './contract.js';
import { DEMO_APPLICATIONS } from './seed-data.js';
import type { TestRegistrationService } from './testing.js';

/** A JSON response: status, headers and parsed body. */
export type JsonResponse = {
  status: number;
  headers: Headers;
  body: Record<string, unknown> & {
    error?: { code: string; remainingAttempts?: number; retryAfterSeconds?: number };
  };
};

/** Calls the platform API of the service with the platform key (or another key, or none). */
export function apiClient(url: string, platformKey: string | null) {
  const call = async (
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<JsonResponse> => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...(platformKey === null ? {} : { 'x-platform-key': platformKey }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as JsonResponse['body'],
    };
  };
  return {
    requestCode: (uniqueNumber: string) => call('POST', '/api/v1/import-codes', { uniqueNumber }),
    verify: (uniqueNumber: string, code: string) =>
      call('POST', '/api/v1/import-codes/verify', { uniqueNumber, code }),
    application: (uniqueNumber: string, token?: string) =>
      call(
        'GET',
        `/api/v1/applications/${encodeURIComponent(uniqueNumber)}`,
        undefined,
        token === undefined ? {} : { authorization: `Bearer ${token}` },
      ),
  };
}

/** The 6-digit code of an import-code e-mail. */
export function codeIn(mail: { text: string } | undefined): string {
  const match = /récupération : (\d{6})/.exec(mail?.text ?? '');
  if (!match?.[1]) throw new Error(`No code in ${mail?.text ?? '(no mail)'}`);
  return match[1];
}

/** A browser-like client for the web pages: keeps cookies, reads the CSRF token of the last page, never follows redirects. */
export class WebClient {
  private cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly url: string) {}

  private keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (!pair || index < 0) continue;
      const value = pair.slice(index + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line))
        this.cookies.delete(pair.slice(0, index));
      else this.cookies.set(pair.slice(0, index), value);
    }
  }

  private cookieHeader(): Record<string, string> {
    return this.cookies.size
      ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
      : {};
  }

  /** GETs a page and remembers its CSRF token. */
  async get(path: string): Promise<{ status: number; html: string; location: string | null }> {
    const response = await fetch(`${this.url}${path}`, {
      headers: this.cookieHeader(),
      redirect: 'manual',
    });
    this.keep(response);
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, html, location: response.headers.get('location') };
  }

  /** POSTs a form (urlencoded) with the current CSRF token. */
  async post(
    path: string,
    fields: Record<string, string | string[]>,
  ): Promise<{ status: number; html: string; location: string | null }> {
    const form = new URLSearchParams();
    form.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(fields))
      for (const value of Array.isArray(v) ? v : [v]) form.append(k, value);
    const response = await fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...this.cookieHeader() },
      body: form.toString(),
      redirect: 'manual',
    });
    this.keep(response);
    return {
      status: response.status,
      html: await response.text(),
      location: response.headers.get('location'),
    };
  }

  /** Uploads a file the way the page's script does (octet-stream, details in the query, CSRF in a header). */
  async upload(
    uniqueNumber: string,
    query: Record<string, string>,
    content: Uint8Array,
  ): Promise<JsonResponse> {
    const response = await fetch(
      `${this.url}/demandes/${uniqueNumber}/pieces/fichier?${new URLSearchParams(query).toString()}`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'x-csrf-token': this.csrf,
          ...this.cookieHeader(),
        },
        body: Buffer.from(content),
      },
    );
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as JsonResponse['body'],
    };
  }

  /** Opens an application's pages with its number and the applicant's birth date. */
  async access(
    uniqueNumber: string,
    birthDate: string,
  ): Promise<{ status: number; location: string | null }> {
    await this.get('/');
    return this.post('/acces', { uniqueNumber, birthDate });
  }
}

/** A demo application by its letter in the labels of DEMO_APPLICATIONS (`a` → "(a) Personne seule…"). */
export function demoApplication(letter: string): (typeof DEMO_APPLICATIONS)[number] {
  const found = DEMO_APPLICATIONS.find((a) => a.label.startsWith(`(${letter})`));
  if (!found) throw new Error(`No demo application (${letter})`);
  return found;
}

/** Reads an application the way the platform does (code e-mailed, then verified), past the resend limit. */
export async function readThroughApi(
  service: TestRegistrationService,
  uniqueNumber: string,
  email: string,
): Promise<RegistrationApplication> {
  const api = apiClient(service.url, service.platformKey);
  service.clock.advance(61_000);
  const requested = await api.requestCode(uniqueNumber);
  if (requested.status !== 202)
    throw new Error(`import code refused: ${JSON.stringify(requested.body)}`);
  const verified = await api.verify(uniqueNumber, codeIn((await service.mailsTo(email))[0]));
  if (verified.status !== 200)
    throw new Error(`verification refused: ${JSON.stringify(verified.body)}`);
  return registrationApplication.parse(verified.body['application']);
}
