import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { candidacies, offerRounds, offers, rankingSnapshots } from '../../src/db/schema/index.js';
import { closingInstant } from '../../src/domain/candidacies/deadline.js';
import { closeRound, closeRoundWhenDue } from '../../src/modules/candidacies/use-cases/closing.js';
import { formatReplay, replayOffer } from '../../src/modules/candidacies/replay.js';
import type { TestApp } from '../support/test-app.js';
import {
  applicants,
  apply,
  candidacyTestApp,
  codeOf,
  DAYS,
  landlordOffer,
  runClosingSweep,
  staff,
} from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

/** An offer with `n` candidacies whose applicants are ranked by seniority (the first applicant ranks first). */
async function offerWithCandidacies(n: number) {
  const setup = await landlordOffer(t);
  const people = await applicants(
    t,
    Array.from({ length: n }, (_, i) => ({ application: { filedAt: `${2010 + i}-01-15` } })),
  );
  const ids: string[] = [];
  for (const p of people) ids.push((await apply(p.c, setup.offer.id)).id);
  const [round] = await t.database.db
    .select()
    .from(offerRounds)
    .where(eq(offerRounds.offerId, setup.offer.id));
  if (!round) throw new Error('no round');
  return { ...setup, people, ids, round };
}

async function statuses(roundId: string) {
  const rows = await t.database.db
    .select({ id: candidacies.id, status: candidacies.status, rank: candidacies.closingRank })
    .from(candidacies)
    .where(eq(candidacies.roundId, roundId));
  return new Map(rows.map((r) => [r.id, r]));
}

async function closingMails(emails: string[]) {
  const counts = [];
  for (const email of emails) {
    const mails = await t.mailsTo(email);
    counts.push(mails.filter((m) => /5 premiers|pas été retenue/.test(m.subject)).length);
  }
  return counts;
}

describe('closing at the deadline', () => {
  it('schedules a durable job at the deadline when the first candidacy opens the round', async () => {
    const { offer, round } = await offerWithCandidacies(1);
    const jobs = (await t.database.db.execute(
      sql`select start_after, singleton_key, data from pgboss.job where name = 'candidacy.close_round' and data->>'roundId' = ${round.id}`,
    )) as unknown as { rows: { start_after: Date; singleton_key: string }[] };
    expect(jobs.rows).toHaveLength(1);
    expect(new Date(jobs.rows[0]?.start_after ?? 0).toISOString()).toBe(
      closingInstant(offer.applicationDeadline).toISOString(),
    );
    // The job run early (a moved deadline, a fast clock) closes nothing and waits again.
    await closeRoundWhenDue(t.platform.deps, round.id);
    const [still] = await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.id, round.id));
    expect(still?.status).toBe('published');
  });

  it('freezes the ranking, retains the first 5, archives the others with an e-mail; they may apply elsewhere at once', async () => {
    const { offer, people, ids, round } = await offerWithCandidacies(8);
    t.clock.advance(22 * DAYS);
    await runClosingSweep(t);
    const [closed] = await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.id, round.id));
    expect(closed?.status).toBe('closed');
    const [listing] = await t.database.db
      .select({ status: offers.status })
      .from(offers)
      .where(eq(offers.id, offer.id));
    expect(listing?.status).toBe('closed');
    const state = await statuses(round.id);
    expect(ids.map((id) => state.get(id)?.status)).toEqual([
      'retained',
      'retained',
      'retained',
      'retained',
      'retained',
      'not_retained',
      'not_retained',
      'not_retained',
    ]);
    expect(ids.map((id) => state.get(id)?.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await closingMails(people.map((p) => p.email))).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(
      (await people[7]?.c.get(`/api/candidacies/${ids[7]}/position`))?.json().position,
    ).toMatchObject({ live: false, position: 8, total: 8, inTopFive: false });
    const { offer: elsewhere } = await landlordOffer(t, {
      applicationDeadline: new Date(t.clock.now().getTime() + 10 * DAYS).toISOString().slice(0, 10),
    });
    expect(
      (await people[7]?.c.post('/api/candidacies', { offerId: elsewhere.id }))?.statusCode,
    ).toBe(201);
    expect(codeOf((await people[0]?.c.post('/api/candidacies', { offerId: elsewhere.id }))!)).toBe(
      'candidacy.already_active',
    );
    t.clock.advance(-22 * DAYS);
  });

  it('survives a crash between any two steps: same shortlist, every e-mail sent once', async () => {
    const { people, ids, round } = await offerWithCandidacies(12);
    t.clock.advance(22 * DAYS);
    let crashes = 0;
    const crashAt = (step: string, index: number) => async (s: string, i: number) => {
      if (s === step && i === index) {
        crashes += 1;
        throw new Error(`simulated crash after ${s} ${i}`);
      }
    };
    await expect(
      closeRound(t.platform.deps, round.id, { batchSize: 4, afterStep: crashAt('frozen', 0) }),
    ).rejects.toThrow('simulated crash');
    await expect(
      closeRound(t.platform.deps, round.id, { batchSize: 4, afterStep: crashAt('batch', 1) }),
    ).rejects.toThrow('simulated crash');
    const midway = await statuses(round.id);
    expect([...midway.values()].filter((c) => c.status === 'applied')).toHaveLength(4);
    await expect(
      closeRound(t.platform.deps, round.id, { batchSize: 4, afterStep: crashAt('batch', 0) }),
    ).rejects.toThrow('simulated crash');
    // The job's next attempt (or the sweep) finishes the work.
    await runClosingSweep(t);
    expect(crashes).toBe(3);
    const state = await statuses(round.id);
    expect(ids.map((id) => state.get(id)?.status)).toEqual([
      ...Array<string>(5).fill('retained'),
      ...Array<string>(7).fill('not_retained'),
    ]);
    expect(ids.map((id) => state.get(id)?.rank)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    const snapshots = await t.database.db
      .select()
      .from(rankingSnapshots)
      .where(eq(rankingSnapshots.roundId, round.id));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]?.entries.slice(0, 5).map((e) => e.candidacyId)).toEqual(ids.slice(0, 5));
    expect(await closingMails(people.map((p) => p.email))).toEqual(Array<number>(12).fill(1));
    // Running it once more changes nothing.
    await closeRound(t.platform.deps, round.id);
    expect(await closingMails(people.map((p) => p.email))).toEqual(Array<number>(12).fill(1));
    t.clock.advance(-22 * DAYS);
  });
});

describe('closing early, audit and ranking rule', () => {
  it('lets an operator close early; the frozen ranking replays identically from its inputs and from the sources', async () => {
    const { offer, round, ids } = await offerWithCandidacies(6);
    const applicantClient = (await applicants(t, [{}]))[0]?.c;
    expect(
      (await applicantClient?.post(`/api/backoffice/offers/${offer.id}/close`))?.statusCode,
    ).toBe(403);
    const operator = await staff(t, { role: 'operator' });
    const closed = await operator.c.post(`/api/backoffice/offers/${offer.id}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().round).toMatchObject({ status: 'closed', pending: 5, validated: 0 });
    const audit = (await operator.c.get(`/api/backoffice/offers/${offer.id}/ranking`)).json();
    expect(audit.snapshot.ruleVersion).toBe(1);
    expect(audit.snapshot.entries.map((e: { candidacyId: string }) => e.candidacyId)).toEqual(ids);
    const replay = (
      await operator.c.post(`/api/backoffice/offers/${offer.id}/ranking/replay`)
    ).json();
    expect(replay).toMatchObject({
      identical: true,
      identicalFromSources: true,
      digest: audit.snapshot.digest,
      replayedDigest: audit.snapshot.digest,
    });
    // The audit command (npm run ranking:replay -- <offerId>) gives the same verdict.
    const report = await replayOffer(t.database.db, offer.id);
    expect(report).toMatchObject([
      { roundNo: 1, identical: true, identicalFromSources: true, size: 6 },
    ]);
    expect(formatReplay(offer.id, report)).toContain(
      'identical to the frozen ranking: yes; identical from the stored candidacies and rule: yes',
    );
    // A stored input changed behind the platform's back is caught.
    await t.database.db
      .update(candidacies)
      .set({
        inputs: { prioritySituations: ['homeless'], filedAt: '2030-01-01', companyPolicy: null },
      })
      .where(eq(candidacies.id, ids[5] ?? ''));
    expect(
      (await operator.c.post(`/api/backoffice/offers/${offer.id}/ranking/replay`)).json(),
    ).toMatchObject({ identical: true, identicalFromSources: false });
    const events = (await t.database.db.execute(
      sql`select action from audit_events where details->>'roundId' = ${round.id} or (action = 'round.closed_early' and details->>'offerId' = ${offer.id})`,
    )) as unknown as { rows: { action: string }[] };
    expect(events.rows.map((e) => e.action)).toEqual(
      expect.arrayContaining(['round.closed_early', 'ranking.replayed']),
    );
  });

  it('versions the ranking rule (administrators only) and rescores the open offers', async () => {
    const operator = await staff(t, { role: 'operator' });
    const admin = await staff(t, { role: 'operator', isAdmin: true });
    const { rules } = (await operator.c.get('/api/backoffice/ranking-rules')).json();
    const current = rules[0];
    const { offer } = await landlordOffer(t);
    const [senior, priority] = await applicants(t, [
      { application: { filedAt: '2012-01-01' } },
      { application: { reasons: ['violence'] } },
    ]);
    if (!senior || !priority) throw new Error('no applicants');
    const seniorCandidacy = await apply(senior.c, offer.id);
    expect(seniorCandidacy.position).toMatchObject({ position: 1 });
    const body = {
      expectedVersion: current.version,
      comment: 'Ancienneté plafonnée à 2 ans',
      params: { ...current.params, seniority: { pointsPerMonth: 10, maxMonths: 24 } },
    };
    expect((await operator.c.post('/api/backoffice/ranking-rules', body)).statusCode).toBe(403);
    const changed = await admin.c.post('/api/backoffice/ranking-rules', body);
    expect(changed.statusCode, changed.body).toBe(201);
    expect(changed.json().rule.version).toBe(current.version + 1);
    expect(codeOf(await admin.c.post('/api/backoffice/ranking-rules', body))).toBe(
      'ranking.rule_conflict',
    );
    await apply(priority.c, offer.id);
    await t.platform.deps.jobs.drain();
    const position = (await senior.c.get(`/api/candidacies/${seniorCandidacy.id}/position`)).json()
      .position;
    expect(position).toMatchObject({ position: 2, ruleVersion: current.version + 1, score: 240 });
    const history = (await operator.c.get('/api/backoffice/ranking-rules')).json().rules;
    expect(history.map((r: { version: number }) => r.version)).toEqual([
      current.version + 1,
      current.version,
    ]);
    const [stored] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(candidacies)
      .where(and(eq(candidacies.offerId, offer.id), eq(candidacies.ruleVersion, current.version)));
    expect(stored?.n).toBe(0);
  });
});
