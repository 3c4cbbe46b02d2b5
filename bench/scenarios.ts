// What the benchmark asks: logged-in applicants (their sessions), and one request builder per
// scenario, varying the applicant, the place and the offer from one request to the next.
import type { InjectOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Platform } from '../src/server/runtime.js';
import { hashPassword } from '../src/server/security/passwords.js';
import type { BenchCommune } from './generate.js';

/** A logged-in applicant and what their profile allows. */
export type BenchSession = {
  cookie: string;
  typologyMin: number;
  typologyMax: number;
  maxTotalCents: number;
};
/** A named request builder. */
export type Scenario = { name: string; request(i: number): InjectOptions };
const PASSWORD = 'Bench-Alin-2026';
type Rows<T> = { rows: T[] };
const at = <T>(list: readonly T[], i: number): T => {
  const value = list[i % list.length];
  if (value === undefined) throw new Error('empty list');
  return value;
};

/** Adds the bare endpoint: one primary-key query, serialised through a zod schema like every route. */
export function addBareRoute(platform: Platform): void {
  platform.app.withTypeProvider<ZodTypeProvider>().get(
    '/api/bench/bare/:id',
    {
      schema: {
        hide: true,
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ id: z.uuid(), reference: z.string(), status: z.string() }) },
      },
    },
    async (request) => {
      const result = (await platform.deps.database.db.execute(
        sql`select id, reference, status from offers where id = ${request.params.id}`,
      )) as unknown as Rows<{ id: string; reference: string; status: string }>;
      return result.rows[0] ?? { id: request.params.id, reference: '', status: 'missing' };
    },
  );
}

/** Logs in `count` applicants with a validated file and an eligibility profile. */
export async function prepareSessions(platform: Platform, count: number): Promise<BenchSession[]> {
  const { db } = platform.deps.database;
  const picked = (
    (await db.execute(sql`
    select u.id, u.email, p.typology_min as "typologyMin", p.typology_max as "typologyMax", p.max_total_cents as "maxTotalCents"
    from eligibility_profiles p join users u on u.id = p.user_id
    where p.key_mask <> 0 order by p.file_id limit ${count}`)) as unknown as Rows<{
      id: string;
      email: string;
      typologyMin: number;
      typologyMax: number;
      maxTotalCents: number;
    }>
  ).rows;
  const hash = await hashPassword(PASSWORD);
  const sessions: BenchSession[] = [];
  for (const user of picked) {
    await db.execute(
      sql`update users set password_hash = ${hash}, email_verified_at = now(), data_use_accepted_at = now() where id = ${user.id}`,
    );
    const csrf = await platform.app.inject({ method: 'GET', url: '/api/csrf' });
    const csrfCookie = csrf.cookies.find((c) => c.name === 'alin_csrf');
    const login = await platform.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: user.email, password: PASSWORD },
      headers: {
        cookie: `alin_csrf=${csrfCookie?.value ?? ''}`,
        'x-csrf-token': (csrf.json() as { token: string }).token,
      },
    });
    const session = login.cookies.find((c) => c.name === 'alin_session');
    if (login.statusCode !== 200 || !session)
      throw new Error(`bench login failed: ${login.statusCode} ${login.body}`);
    sessions.push({
      cookie: `alin_session=${session.value}`,
      typologyMin: user.typologyMin,
      typologyMax: user.typologyMax,
      maxTotalCents: user.maxTotalCents,
    });
  }
  if (sessions.length === 0) throw new Error('no applicant with an eligibility profile');
  return sessions;
}

/** The timed scenarios. */
export async function benchScenarios(
  platform: Platform,
  sessions: BenchSession[],
  communes: BenchCommune[],
): Promise<Scenario[]> {
  const { db } = platform.deps.database;
  const offerIds = (
    (await db.execute(
      sql`select id from offers where status = 'published' order by md5(id::text) limit 2000`,
    )) as unknown as Rows<{ id: string }>
  ).rows.map((r) => r.id);
  const cities = communes.slice(0, 40);
  const regions = [...new Set(communes.map((c) => c.region))];
  const departments = [...new Set(communes.slice(0, 300).map((c) => c.department))];
  const typologies = (s: BenchSession) =>
    Array.from(
      { length: s.typologyMax - s.typologyMin + 1 },
      (_, k) => `T${s.typologyMin + k}`,
    ).join(',');
  return [
    {
      name: 'eligible search: typologies, max rent, 5 km around a city',
      request: (i) => {
        const s = at(sessions, i);
        const city = at(cities, i * 7);
        return {
          method: 'GET',
          url: `/api/offers?typologies=${typologies(s)}&maxRent=${Math.ceil(s.maxTotalCents / 100)}&commune=${city.insee}&distance=5000`,
          headers: { cookie: s.cookie },
        };
      },
    },
    {
      name: 'eligible search: no filter (all eligible offers, page 1)',
      request: (i) => ({
        method: 'GET',
        url: '/api/offers',
        headers: { cookie: at(sessions, i).cookie },
      }),
    },
    {
      name: 'showcase search: by region or department',
      request: (i) => ({
        method: 'GET',
        url:
          i % 2 === 0
            ? `/api/showcase/offers?region=${at(regions, i)}`
            : `/api/showcase/offers?department=${at(departments, i)}`,
      }),
    },
    {
      name: 'offer page (applicant: verdict, similar offers)',
      request: (i) => ({
        method: 'GET',
        url: `/api/offers/${at(offerIds, i * 13)}`,
        headers: { cookie: at(sessions, i).cookie },
      }),
    },
    {
      name: 'bare endpoint: one primary-key query',
      request: (i) => ({ method: 'GET', url: `/api/bench/bare/${at(offerIds, i * 17)}` }),
    },
  ];
}
