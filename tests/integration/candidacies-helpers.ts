// Helpers of the candidacy integration tests (not a test file itself): applicants, staff and
// offers built straight in the database, and an HTTP client on a session opened directly.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import { createLandlord, createUser } from '../../src/db/factories.js';
import { candidacies } from '../../src/db/schema/index.js';
import {
  createApplicants,
  openSession,
  type ApplicantSpec,
  type CreatedApplicant,
} from '../../src/modules/candidacies/fixtures.js';
import { createOffer } from '../../src/modules/offers/offer.factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** A test platform whose sessions outlive the clock jumps of the candidacy journeys. */
export function candidacyTestApp(): Promise<TestApp> {
  return createTestApp({ SESSION_TTL_HOURS: '720', CANDIDACY_STREAM_POLL_MS: '30' });
}

/** An HTTP client on an existing session (cookie + CSRF token), for app.inject. */
export class SessionClient {
  private csrf: { token: string; cookie: string } | null = null;
  constructor(
    private readonly app: FastifyInstance,
    readonly session: string,
  ) {}

  /** The cookie header of this client. */
  cookieHeader(): string {
    return [
      `alin_session=${this.session}`,
      ...(this.csrf ? [`alin_csrf=${this.csrf.cookie}`] : []),
    ].join('; ');
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> {
    if (method !== 'GET' && !this.csrf) {
      const r = await this.app.inject({
        method: 'GET',
        url: '/api/csrf',
        headers: { cookie: this.cookieHeader() },
      });
      const cookie = r.cookies.find((c) => c.name === 'alin_csrf')?.value ?? '';
      this.csrf = { token: (r.json() as { token: string }).token, cookie };
    }
    return this.app.inject({
      method,
      url,
      headers: {
        cookie: this.cookieHeader(),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf.token } : {}),
      },
      ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
    });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body: unknown = {}) {
    return this.request('POST', url, body);
  }
}

/** Applicants with validated files, each with a client. */
export async function applicants(
  t: TestApp,
  specs: ApplicantSpec[],
): Promise<(CreatedApplicant & { c: SessionClient })[]> {
  const now = t.clock.now();
  const created = await createApplicants(t.database.db, now, specs);
  const out = [];
  for (const a of created)
    out.push({
      ...a,
      c: new SessionClient(t.app, await openSession(t.database.db, a.userId, now)),
    });
  return out;
}

/** One applicant with a validated file. */
export async function applicant(t: TestApp, spec: ApplicantSpec = {}) {
  const [one] = await applicants(t, [spec]);
  if (!one) throw new Error('no applicant created');
  return one;
}

/** A staff user with a client (operator, administrator, landlord, employer). */
export async function staff(t: TestApp, values: Parameters<typeof createUser>[1]) {
  const user = await createUser(t.database.db, { password: 'Motdepasse-Test-1', ...values });
  return {
    user,
    c: new SessionClient(t.app, await openSession(t.database.db, user.id, t.clock.now())),
  };
}

/** A landlord organisation with one user, and a published offer of it (deadline in 21 days). */
export async function landlordOffer(t: TestApp, overrides: Parameters<typeof createOffer>[3] = {}) {
  const landlord = await createLandlord(t.database.db);
  const { user, c } = await staff(t, {
    role: 'landlord',
    landlordId: landlord.id,
    email: `bailleur.${landlord.id.slice(0, 8)}@bailleur.test`,
  });
  const offer = await createOffer(t.database.db, landlord.id, t.clock.now(), overrides);
  return { landlord, user, c, offer };
}

/** Applies and checks the answer. */
export async function apply(c: SessionClient, offerId: string) {
  const r = await c.post('/api/candidacies', { offerId });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().candidacy as {
    id: string;
    status: string;
    position: { position: number; total: number };
  };
}

/** The error code of an API answer. */
export function codeOf(r: LightMyRequestResponse): string {
  return (r.json() as { error?: { code?: string } }).error?.code ?? `(no error: ${r.statusCode})`;
}

/** Runs the closing sweep with the test clock (as the scheduled job does), then every due job. */
export async function runClosingSweep(t: TestApp): Promise<void> {
  await t.platform.deps.jobs.enqueue(t.database.db, 'candidacy.close_due', {});
  await t.platform.deps.jobs.drain();
}

/** Days in milliseconds. */
export const DAYS = 86_400_000;

/** An offer whose `n` applicants (ranked by seniority, first = best) applied, closed early by an operator. */
export async function closedOffer(t: TestApp, n: number, specs: ApplicantSpec[] = []) {
  const setup = await landlordOffer(t);
  const people = await applicants(
    t,
    Array.from({ length: n }, (_, i) => ({
      application: { filedAt: `${2010 + i}-01-15` },
      ...specs[i],
    })),
  );
  const ids: string[] = [];
  for (const p of people) ids.push((await apply(p.c, setup.offer.id)).id);
  const operator = await staff(t, { role: 'operator' });
  const closed = await operator.c.post(`/api/backoffice/offers/${setup.offer.id}/close`);
  expect(closed.statusCode, closed.body).toBe(200);
  return { ...setup, people, ids, operator };
}

/** An offer closed with `n` applicants, every retained file validated and sent to the landlord. */
export async function sentOffer(t: TestApp, n: number, specs: ApplicantSpec[] = []) {
  const setup = await closedOffer(t, n, specs);
  for (const id of setup.ids.slice(0, 5)) {
    const r = await setup.operator.c.post(`/api/backoffice/candidacies/${id}/review`, {
      decision: 'validate',
    });
    expect(r.statusCode, r.body).toBe(200);
  }
  const sent = await setup.operator.c.post(`/api/backoffice/offers/${setup.offer.id}/send`);
  expect(sent.statusCode, sent.body).toBe(200);
  return setup;
}

/** The states of candidacies, in the order of the ids. */
export async function statusesOf(t: TestApp, ids: string[]): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: candidacies.id, status: candidacies.status })
    .from(candidacies)
    .where(inArray(candidacies.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)?.status ?? 'missing');
}
