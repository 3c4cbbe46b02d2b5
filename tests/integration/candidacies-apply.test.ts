import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { candidacies, candidacyHistory, offers } from '../../src/db/schema/index.js';
import type { TestApp } from '../support/test-app.js';
import {
  applicant,
  apply,
  candidacyTestApp,
  codeOf,
  DAYS,
  landlordOffer,
} from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

describe('"Je postule"', () => {
  it('records the candidacy with its ranking inputs, counts it on the offer and e-mails the applicant', async () => {
    const { offer } = await landlordOffer(t);
    const a = await applicant(t, { application: { reasons: ['eviction'], filedAt: '2024-11-24' } });
    const r = await a.c.post('/api/candidacies', { offerId: offer.id });
    expect(r.statusCode, r.body).toBe(201);
    const view = r.json().candidacy;
    expect(view).toMatchObject({
      status: 'applied',
      stage: 'applied',
      canCancel: true,
      canDecline: false,
      offer: { id: offer.id, typology: 'T2', communeName: expect.any(String), rentCents: 52_000 },
    });
    expect(view.position).toMatchObject({
      live: true,
      position: 1,
      total: 1,
      inTopFive: true,
      score: 400 + 24 * 10 + 10 * 0,
    });
    expect(view.position.reasons).toEqual([
      { criterion: 'priority', situation: 'eviction', points: 400 },
      { criterion: 'seniority', months: 24, points: 240 },
    ]);
    expect(view.steps.map((s: { state: string }) => s.state)).toEqual([
      'current',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    const [stored] = await t.database.db
      .select()
      .from(candidacies)
      .where(eq(candidacies.id, view.id));
    expect(stored?.inputs).toEqual({
      prioritySituations: ['eviction'],
      filedAt: '2024-11-24',
      companyPolicy: null,
    });
    expect(stored?.ruleVersion).toBe(1);
    const [o] = await t.database.db
      .select({ n: offers.candidacyCount })
      .from(offers)
      .where(eq(offers.id, offer.id));
    expect(o?.n).toBe(1);
    const history = await t.database.db
      .select()
      .from(candidacyHistory)
      .where(eq(candidacyHistory.candidacyId, view.id));
    expect(history.map((h) => [h.event, h.toStatus])).toEqual([['apply', 'applied']]);
    const mails = await t.mailsTo(a.email);
    expect(mails.at(-1)?.text).toContain('Ce logement a bien été ajouté à vos candidatures');
  });

  it('refuses with a stable code: file not validated, application expired, offer closed or unknown, not eligible', async () => {
    const { offer } = await landlordOffer(t);
    const pending = await applicant(t, { status: 'awaiting_operator' });
    expect(codeOf(await pending.c.post('/api/candidacies', { offerId: offer.id }))).toBe(
      'candidacy.file_not_validated',
    );
    const expired = await applicant(t, { application: { validUntil: '2026-09-01' } });
    expect(codeOf(await expired.c.post('/api/candidacies', { offerId: offer.id }))).toBe(
      'candidacy.application_inactive',
    );
    const ok = await applicant(t);
    expect(
      codeOf(
        await ok.c.post('/api/candidacies', { offerId: '00000000-0000-4000-8000-000000000000' }),
      ),
    ).toBe('candidacy.offer_not_found');
    const { offer: withdrawn } = await landlordOffer(t, { status: 'withdrawn' });
    expect(codeOf(await ok.c.post('/api/candidacies', { offerId: withdrawn.id }))).toBe(
      'candidacy.offer_closed',
    );
    const { offer: big } = await landlordOffer(t, { typology: 'T5', rentCents: 90_000 });
    expect(codeOf(await ok.c.post('/api/candidacies', { offerId: big.id }))).toBe(
      'candidacy.not_eligible',
    );
    const { offer: past } = await landlordOffer(t, {
      applicationDeadline: new Date(t.clock.now().getTime() + 2 * DAYS).toISOString().slice(0, 10),
    });
    t.clock.advance(3 * DAYS);
    expect(codeOf(await ok.c.post('/api/candidacies', { offerId: past.id }))).toBe(
      'candidacy.offer_closed',
    );
    t.clock.advance(-3 * DAYS);
  });

  it('allows one active candidacy at a time; cancelling frees the applicant and moves the others up', async () => {
    const { offer: first } = await landlordOffer(t);
    const { offer: second } = await landlordOffer(t);
    const a = await applicant(t);
    const b = await applicant(t, { application: { filedAt: '2020-01-01' } });
    const mine = await apply(a.c, first.id);
    const theirs = await apply(b.c, first.id);
    expect(theirs.position).toMatchObject({ position: 1, total: 2 });
    expect((await a.c.get(`/api/candidacies/${mine.id}/position`)).json().position).toMatchObject({
      position: 2,
      total: 2,
    });
    const again = await a.c.post('/api/candidacies', { offerId: second.id });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe('candidacy.already_active');
    const cancelled = await b.c.post(`/api/candidacies/${theirs.id}/cancel`);
    expect(cancelled.json().candidacy).toMatchObject({
      status: 'cancelled',
      canCancel: false,
      position: { position: null },
    });
    expect((await a.c.get(`/api/candidacies/${mine.id}/position`)).json().position).toMatchObject({
      position: 1,
      total: 1,
    });
    expect((await b.c.post('/api/candidacies', { offerId: second.id })).statusCode).toBe(201);
    const list = (await b.c.get('/api/candidacies')).json();
    expect(list.current.offer.id).toBe(second.id);
    expect(list.history.map((h: { status: string }) => h.status)).toEqual(['cancelled']);
    expect(codeOf(await b.c.post(`/api/candidacies/${theirs.id}/cancel`))).toBe(
      'candidacy.not_cancellable',
    );
    expect(codeOf(await a.c.get(`/api/candidacies/${theirs.id}`))).toBe('candidacy.not_found');
  });

  it('previews the position an applicant would have', async () => {
    const { offer } = await landlordOffer(t);
    const senior = await applicant(t, { application: { filedAt: '2016-01-01' } });
    await apply(senior.c, offer.id);
    const newcomer = await applicant(t);
    expect((await newcomer.c.get(`/api/offers/${offer.id}/position-preview`)).json()).toMatchObject(
      { wouldBePosition: 2, total: 1, score: 60 },
    );
  });
});

describe('one active candidacy, enforced by the database', () => {
  it('keeps exactly one of 50 simultaneous "Je postule" by one applicant', async () => {
    const targets = await Promise.all(Array.from({ length: 5 }, () => landlordOffer(t)));
    const a = await applicant(t);
    await a.c.get('/api/candidacies');
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        a.c.post('/api/candidacies', { offerId: targets[i % 5]?.offer.id }),
      ),
    );
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(new Set(answers.filter((r) => r.statusCode !== 201).map(codeOf))).toEqual(
      new Set(['candidacy.already_active']),
    );
    const rows = await t.database.db
      .select()
      .from(candidacies)
      .where(eq(candidacies.applicantUserId, a.userId));
    expect(rows).toHaveLength(1);
  });

  it('refuses a second active row even written straight to the database', async () => {
    const { offer } = await landlordOffer(t);
    const a = await applicant(t);
    const created = await apply(a.c, offer.id);
    const [row] = await t.database.db
      .select()
      .from(candidacies)
      .where(eq(candidacies.id, created.id));
    if (!row) throw new Error('no row');
    const { id: _id, sequence: _s, ...copy } = row;
    await expect(t.database.db.insert(candidacies).values(copy)).rejects.toThrow();
    const [n] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(candidacies)
      .where(eq(candidacies.applicantUserId, a.userId));
    expect(n?.n).toBe(1);
  });
});
