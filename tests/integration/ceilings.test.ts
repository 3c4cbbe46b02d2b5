import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createUser } from '../../src/db/factories.js';
import { buildApplication } from '../../src/domain/applicant-file/fixtures.js';
import {
  evaluateEligibility,
  type IncomeCeilingRule,
} from '../../src/domain/eligibility/evaluate.js';
import { loadCeilingTable, seedCeilings } from '../../src/modules/ceilings/ceilings.repo.js';
import { loadReferenceData } from '../../src/modules/territory/reference-data.js';
import { createTestApp, HttpClient, type TestApp, loggedInClient } from '../support/test-app.js';

const PASSWORD = 'Bureau-Logement-2026';
let t: TestApp;
let adminId: string;

beforeAll(async () => {
  t = await createTestApp();
  await loadReferenceData(t.database.db);
  const { db } = t.database;
  adminId = (
    await createUser(db, {
      email: 'admin@al.test',
      role: 'operator',
      isAdmin: true,
      firstName: 'Alice',
      lastName: 'Martin',
      password: PASSWORD,
    })
  ).id;
  await createUser(db, {
    email: 'consultant@al.test',
    role: 'operator',
    isAdmin: false,
    password: PASSWORD,
  });
  await createUser(db, { email: 'applicant@al.test', role: 'applicant', password: PASSWORD });
});
afterAll(async () => {
  await t.close();
});

const loggedIn = (email: string) => loggedInClient(t.app, email, PASSWORD);

const put = (c: HttpClient, ceilings: unknown[]) =>
  c.request('PUT', '/api/admin/ceilings', { ceilings });

async function historyCount(): Promise<number> {
  const result = (await t.database.db.execute(
    sql`select count(*)::int as n from income_ceiling_changes`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? -1;
}

type Stored = {
  year: number;
  financing: string;
  zone: number;
  category: number;
  amount: number;
  source: string;
};

describe('income ceilings in the back office', () => {
  it('lets operators read, and only operator administrators change', async () => {
    const anonymous = new HttpClient(t.app);
    const applicant = await loggedIn('applicant@al.test');
    const consultant = await loggedIn('consultant@al.test');
    for (const url of ['/api/admin/ceilings', '/api/admin/ceilings/history']) {
      expect((await anonymous.get(url)).json().error.code).toBe('auth.required');
      expect((await applicant.get(url)).json().error.code).toBe('auth.forbidden');
      expect((await consultant.get(url)).statusCode).toBe(200);
    }
    const entry = { year: 2026, financing: 'PLUS', zone: 1, category: 1, amount: 1, comment: null };
    expect((await put(consultant, [entry])).json().error.code).toBe('auth.forbidden');
    expect((await put(applicant, [entry])).statusCode).toBe(403);
    expect((await put(anonymous, [entry])).statusCode).toBe(401);
  });

  it('serves the seeded official tables, PLS derived from PLUS', async () => {
    const consultant = await loggedIn('consultant@al.test');
    const all = (await consultant.get('/api/admin/ceilings')).json().ceilings as Stored[];
    expect(all).toHaveLength(100);
    const y2026 = (await consultant.get('/api/admin/ceilings?year=2026')).json()
      .ceilings as Stored[];
    expect(y2026).toHaveLength(42);
    expect(y2026).toContainEqual(
      expect.objectContaining({
        financing: 'PLUS',
        zone: 1,
        category: 1,
        amount: 26_920,
        source: expect.stringContaining('19 décembre 2025'),
      }),
    );
    expect(y2026).toContainEqual(
      expect.objectContaining({ financing: 'PLUS', zone: 3, category: 0, amount: 6_710 }),
    );
    expect(y2026).toContainEqual(
      expect.objectContaining({
        financing: 'PLS',
        zone: 1,
        category: 2,
        amount: 52_302,
        source: expect.stringContaining('1,3'),
      }),
    );
    const plai = (await consultant.get('/api/admin/ceilings?year=2025&financing=PLAI')).json()
      .ceilings as Stored[];
    expect(plai.filter((c) => c.zone === 2).map((c) => [c.category, c.amount])).toEqual([
      [1, 14_683],
      [2, 23_931],
    ]);
    expect((await consultant.get('/api/admin/ceilings?year=1999')).json().error.code).toBe(
      'validation.failed',
    );
  });

  it('enters and corrects amounts in one transaction, with who, when, old → new and comment', async () => {
    const admin = await loggedIn('admin@al.test');
    const before = await historyCount();
    // Illustrative amounts for the test, not official figures.
    const entries = [
      {
        year: 2026,
        financing: 'PLAI',
        zone: 1,
        category: 1,
        amount: 14_800,
        comment: 'Arrêté publié',
      },
      {
        year: 2025,
        financing: 'PLAI',
        zone: 2,
        category: 3,
        amount: 28_000,
        comment: 'Complément zone 2',
        source: 'Arrêté (test)',
      },
      {
        year: 2026,
        financing: 'PLUS',
        zone: 3,
        category: 1,
        amount: 23_404,
        comment: '  Correction  ',
      },
    ];
    const r = await put(admin, entries);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ changed: 3, unchanged: 0 });
    expect(await historyCount()).toBe(before + 3);

    const history = (await admin.get('/api/admin/ceilings/history')).json().changes as Record<
      string,
      unknown
    >[];
    expect(history[0]).toMatchObject({
      actorUserId: adminId,
      actorName: 'Alice Martin',
      createdAt: '2026-11-24T09:00:00.000Z',
    });
    expect(history).toContainEqual(
      expect.objectContaining({
        year: 2026,
        financing: 'PLUS',
        zone: 3,
        category: 1,
        oldAmount: 23_403,
        newAmount: 23_404,
        comment: 'Correction',
      }),
    );
    expect(history).toContainEqual(
      expect.objectContaining({
        year: 2026,
        financing: 'PLAI',
        oldAmount: null,
        newAmount: 14_800,
      }),
    );
    const only2025 = (await admin.get('/api/admin/ceilings/history?year=2025')).json().changes as {
      year: number;
    }[];
    expect(only2025.map((c) => c.year)).toEqual([2025]);

    const stored = (await t.database.db.execute(sql`
      select amount, source, updated_by_user_id from income_ceilings
      where year = 2025 and financing = 'PLAI' and zone = 2 and category = 3`)) as unknown as {
      rows: Record<string, unknown>[];
    };
    expect(stored.rows).toEqual([
      { amount: 28_000, source: 'Arrêté (test)', updated_by_user_id: adminId },
    ]);
    const kept = (await admin.get('/api/admin/ceilings?year=2026&financing=PLUS')).json()
      .ceilings as Stored[];
    expect(kept.find((c) => c.zone === 3 && c.category === 1)?.source).toContain(
      '19 décembre 2025',
    );

    const again = await put(
      admin,
      entries.map(({ source: _source, ...e }) => e),
    );
    expect(again.json()).toEqual({ changed: 0, unchanged: 3 });
    expect(await historyCount()).toBe(before + 3);
  });

  it('feeds the eligibility engine: a PLAI 2026 ceiling once entered is no longer unknown', async () => {
    const table = await loadCeilingTable(t.database.db);
    const application = buildApplication();
    const rule = (financing: 'PLAI' | 'PLUS') =>
      evaluateEligibility({
        application: {
          ...application,
          resources: { ...application.resources, taxIncomeN2: 14_800 },
        },
        fileValidated: true,
        applicationActive: true,
        offer: {
          communeInsee: '75111',
          typology: 'T1',
          rentCents: 40_000,
          chargesCents: 5_000,
          financing,
        },
        ceilings: table,
        affordabilityFactor: 3,
        today: t.clock.now(),
      }).rules[0] as IncomeCeilingRule;
    expect(rule('PLAI')).toMatchObject({ status: 'passed', ceiling: 14_800, year: 2026, zone: 1 });
    expect(rule('PLUS')).toMatchObject({ status: 'passed', ceiling: 26_920 });
  });

  it('validates every entry and changes nothing when one is wrong', async () => {
    const admin = await loggedIn('admin@al.test');
    const ok = {
      year: 2026,
      financing: 'PLAI',
      zone: 3,
      category: 1,
      amount: 13_000,
      comment: null,
    };
    const before = await historyCount();
    const cases: [unknown[], string, string][] = [
      [[ok, { ...ok, financing: 'PLI' }], 'ceilings.1.financing', 'field.invalid_choice'],
      [[{ ...ok, zone: 4 }], 'ceilings.0.zone', 'field.invalid_choice'],
      [[{ ...ok, category: 7 }], 'ceilings.0.category', 'field.invalid_choice'],
      [[{ ...ok, amount: -1 }], 'ceilings.0.amount', 'field.too_short'],
      [[{ ...ok, amount: 10.5 }], 'ceilings.0.amount', 'field.invalid'],
      [[ok, { ...ok, amount: 13_001 }], 'ceilings.1', 'field.invalid'],
      [[], 'ceilings', 'field.too_short'],
    ];
    for (const [entries, path, code] of cases) {
      const r = await put(admin, entries);
      expect(r.statusCode).toBe(400);
      expect(r.json().error).toMatchObject({
        code: 'validation.failed',
        fields: [expect.objectContaining({ path, code })],
      });
    }
    expect(await historyCount()).toBe(before);
    const plai = (await admin.get('/api/admin/ceilings?year=2026&financing=PLAI')).json()
      .ceilings as Stored[];
    expect(plai.some((c) => c.zone === 3)).toBe(false);
  });

  it('never seeds over a filled table', async () => {
    expect(await seedCeilings(t.database.db)).toBe(0);
    const table = await loadCeilingTable(t.database.db);
    const plus = table.find((r) => r.year === 2026 && r.financing === 'PLUS' && r.zone === 3);
    expect(plus?.amounts[0]).toBe(23_404);
  });

  it('documents the ceilings routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/admin/ceilings'].put.requestBody).toBeDefined();
    expect(Object.keys(doc.paths)).toContain('/api/admin/ceilings/history');
  });
});
