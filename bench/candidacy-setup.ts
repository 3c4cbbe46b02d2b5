// What the candidacy benchmarks start from: a clock they move by hand, a published offer (the
// offers factory's default, which the applicants below are eligible to), applicants with validated
// files built straight in the database (src/modules/candidacies/fixtures.ts, no password hashing),
// and an HTTP client per applicant on a session opened directly, with its CSRF token.
import type { FastifyInstance, InjectOptions } from 'fastify';
import { createLandlord } from '../src/db/factories.js';
import type { Db } from '../src/db/database.js';
import { addMonthsUtc } from '../src/domain/applicant-file/validity.js';
import {
  createApplicants,
  openSession,
  type ApplicantSpec,
  type CreatedApplicant,
} from '../src/modules/candidacies/fixtures.js';
import { createOffer } from '../src/modules/offers/offer.factories.js';
import type { OfferRow } from '../src/modules/offers/offer.repo.js';
import type { Clock } from '../src/server/context.js';
import { intBetween, seededRandom } from './random.js';

/** A clock the benchmark sets by hand (to pass an offer's deadline). */
export class BenchClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A correctness verdict: OK, or the first reason it failed. */
export type Check = { ok: boolean; reason: string };

/** The verdict of a list of failures. */
export function verdict(failures: string[], okReason: string): Check {
  return failures.length === 0
    ? { ok: true, reason: okReason }
    : { ok: false, reason: failures.join('; ') };
}

/** A published offer of a new landlord (T2 PLUS in Paris, deadline in 21 days). */
export async function benchOffer(db: Db, now: Date, name: string): Promise<OfferRow> {
  const landlord = await createLandlord(db, { name });
  return createOffer(db, landlord.id, now);
}

/**
 * `count` applicants eligible to the bench offer, with rankings that tie on purpose: seniorities
 * of 0 to 150 months (capped at 120 by the rule) and 3 % in a priority situation.
 */
export async function benchApplicants(
  db: Db,
  now: Date,
  count: number,
  seed: number,
): Promise<CreatedApplicant[]> {
  const random = seededRandom(seed);
  const today = now.toISOString().slice(0, 10);
  const specs: ApplicantSpec[] = Array.from({ length: count }, () => ({
    application: {
      filedAt: addMonthsUtc(today, -intBetween(random, 0, 150)),
      ...(random() < 0.03
        ? { currentHousing: { situation: 'homeless' as const, monthlyRentCents: null } }
        : {}),
    },
  }));
  return createApplicants(db, now, specs);
}

/** An applicant's HTTP client: the session cookie, and the CSRF token for writes. */
export type BenchClient = {
  userId: string;
  get(url: string): InjectOptions;
  post(url: string, payload: Record<string, unknown>): InjectOptions;
};

/** Opens a session for the applicant and fetches its CSRF token (as a browser would). */
export async function benchClient(
  app: FastifyInstance,
  db: Db,
  applicant: CreatedApplicant,
  now: Date,
): Promise<BenchClient> {
  const session = `alin_session=${await openSession(db, applicant.userId, now)}`;
  const csrf = await app.inject({ method: 'GET', url: '/api/csrf', headers: { cookie: session } });
  const csrfCookie = csrf.cookies.find((c) => c.name === 'alin_csrf')?.value ?? '';
  const token = (csrf.json() as { token: string }).token;
  const cookie = `${session}; alin_csrf=${csrfCookie}`;
  return {
    userId: applicant.userId,
    get: (url) => ({ method: 'GET', url, headers: { cookie } }),
    post: (url, payload) => ({
      method: 'POST',
      url,
      headers: { cookie, 'x-csrf-token': token },
      payload,
    }),
  };
}
