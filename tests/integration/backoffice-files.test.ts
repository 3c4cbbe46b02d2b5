import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { applicants, candidacyTestApp, codeOf, staff } from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

const STATES = [
  'incomplete',
  'awaiting_company',
  'awaiting_operator',
  'validated',
  'refused',
] as const;

describe('back-office list of files', () => {
  it("filters by state, and lists every state with status=all (the web's « Tous les états »)", async () => {
    const people = await applicants(
      t,
      STATES.map((status) => ({ status, lastName: 'FILTRAGE' })),
    );
    const operator = await staff(t, { role: 'operator' });
    const list = async (query: string) => {
      const r = await operator.c.get(`/api/backoffice/files?q=filtrage${query}`);
      expect(r.statusCode, r.body).toBe(200);
      return (r.json().files as { id: string; status: string }[])
        .map((f) => [f.status, f.id])
        .sort();
    };
    const expected = people.map((p, i) => [STATES[i], p.fileId]).sort();
    expect(await list('&status=all')).toEqual(expected);
    expect(await list('')).toEqual([['awaiting_operator', people[2]?.fileId]]);
    expect(await list('&status=refused')).toEqual([['refused', people[4]?.fileId]]);
    expect(codeOf(await operator.c.get('/api/backoffice/files?status=tous'))).toBe(
      'validation.failed',
    );
    expect((await people[0]!.c.get('/api/backoffice/files?status=all')).statusCode).toBe(403);
  });
});
