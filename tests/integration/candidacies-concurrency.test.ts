import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { offerRounds, offers } from '../../src/db/schema/index.js';
import type { TestApp } from '../support/test-app.js';
import { applicants, candidacyTestApp, landlordOffer } from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

describe('500 applicants applying to one offer at once', () => {
  it('gives positions 1..500 with no gap and no duplicate, and counts 500', async () => {
    const { offer } = await landlordOffer(t);
    // Some ties on purpose: five seniorities, so the time of application and the recording order decide.
    const people = await applicants(
      t,
      Array.from({ length: 500 }, (_, i) => ({ application: { filedAt: `202${i % 5}-03-01` } })),
    );
    await Promise.all(people.map((p) => p.c.get('/api/candidacies')));
    const answers = await Promise.all(
      people.map((p) => p.c.post('/api/candidacies', { offerId: offer.id })),
    );
    expect(answers.filter((r) => r.statusCode !== 201).map((r) => r.body)).toEqual([]);
    const ids = answers.map((r) => r.json().candidacy.id as string);
    const positions = await Promise.all(
      ids.map(
        async (id, i) =>
          (await people[i]?.c.get(`/api/candidacies/${id}/position`))?.json().position as {
            position: number;
            total: number;
            score: number;
          },
      ),
    );
    expect(positions.map((p) => p.position).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 500 }, (_, i) => i + 1),
    );
    expect(new Set(positions.map((p) => p.total))).toEqual(new Set([500]));
    // Higher scores come first.
    const byPosition = [...positions].sort((a, b) => a.position - b.position);
    for (let i = 1; i < byPosition.length; i += 1)
      expect(byPosition[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(byPosition[i]?.score ?? 0);
    const [o] = await t.database.db
      .select({ n: offers.candidacyCount })
      .from(offers)
      .where(eq(offers.id, offer.id));
    const [round] = await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.offerId, offer.id));
    expect(o?.n).toBe(500);
    expect(round?.candidacyCount).toBe(500);
  }, 900_000);
});
