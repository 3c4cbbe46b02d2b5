// Re-publication of an offer nobody was allocated (issue 5) through the offer workflow's
// `republish` transition: new round, history row, and the same jobs as a first publication (the
// eligible-applicant count and the alert e-mails).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { offerHistory, offerRounds, offers } from '../../src/db/schema/index.js';
import type { TestApp } from '../support/test-app.js';
import {
  applicants,
  apply,
  candidacyTestApp,
  codeOf,
  DAYS,
  landlordOffer,
  sentOffer,
  staff,
  type SessionClient,
} from './candidacies-helpers.js';
import { ensureReferenceData, runEligibilityJobs } from './offers-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
  await ensureReferenceData(t);
});
afterAll(async () => t.close());

const day = (offsetDays: number) =>
  new Date(t.clock.now().getTime() + offsetDays * DAYS).toISOString().slice(0, 10);
const offerRow = async (id: string) =>
  (await t.database.db.select().from(offers).where(eq(offers.id, id)))[0];
const historyOf = async (id: string) =>
  t.database.db
    .select()
    .from(offerHistory)
    .where(eq(offerHistory.offerId, id))
    .orderBy(asc(offerHistory.id));
const roundsOf = async (id: string) =>
  (
    await t.database.db
      .select({ roundNo: offerRounds.roundNo, status: offerRounds.status })
      .from(offerRounds)
      .where(eq(offerRounds.offerId, id))
      .orderBy(asc(offerRounds.roundNo))
  ).map((r) => [r.roundNo, r.status]);
const alertMails = async (email: string) =>
  (await t.mailsTo(email)).filter((m) => m.subject.includes('alerte'));
const republish = (
  c: SessionClient,
  offerId: string,
  applicationDeadline: string,
  availableOn = day(40),
) => c.post(`/api/landlord/offers/${offerId}/republish`, { applicationDeadline, availableOn });

/** Every candidacy of the offer's round judged inadmissible by the commission: nobody allocated. */
async function concludeUnallocated(c: SessionClient, offerId: string, ids: string[]) {
  const commission = await c.post(`/api/landlord/offers/${offerId}/commission`, {
    meetingDate: day(1),
    decisions: ids.map((id) => ({
      candidacyId: id,
      decision: 'inadmissible',
      reason: 'irregular_residence',
    })),
  });
  expect(commission.statusCode, commission.body).toBe(201);
}

describe('re-publication of an offer nobody was allocated', () => {
  it('opens a new round, logs it, recounts the eligible applicants and e-mails the alerts it matches', async () => {
    const { offer, c: landlord, user } = await landlordOffer(t, { status: 'draft' });
    const people = await applicants(
      t,
      [1, 2, 3].map((i) => ({ application: { filedAt: `${2010 + i}-01-15` } })),
    );
    const [watcher, newcomer] = await applicants(t, [{}, {}]);
    if (!watcher || !newcomer) throw new Error('applicants missing');
    await runEligibilityJobs(t); // profiles of the five files (setup)
    const watch = await watcher.c.post('/api/alerts', { name: 'Tout', filters: {} });
    expect(watch.statusCode, watch.body).toBe(201);

    // First publication: counted, the watcher's alert e-mailed.
    const published = await landlord.post(`/api/landlord/offers/${offer.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(await alertMails(watcher.email)).toHaveLength(1);
    expect(await offerRow(offer.id)).toMatchObject({ status: 'published', eligibleApplicants: 5 });

    // The round runs its course and ends with nobody allocated; the listing closes.
    const ids: string[] = [];
    for (const p of people) ids.push((await apply(p.c, offer.id)).id);
    const operator = await staff(t, { role: 'operator' });
    expect((await operator.c.post(`/api/backoffice/offers/${offer.id}/close`)).statusCode).toBe(
      200,
    );
    for (const id of ids)
      await operator.c.post(`/api/backoffice/candidacies/${id}/review`, { decision: 'validate' });
    expect((await operator.c.post(`/api/backoffice/offers/${offer.id}/send`)).statusCode).toBe(200);
    await concludeUnallocated(landlord, offer.id, ids);
    expect(await roundsOf(offer.id)).toEqual([[1, 'unallocated']]);
    expect((await offerRow(offer.id))?.status).toBe('closed');
    // The early closing of the round is the offer's `close_round` transition, with its reason.
    expect((await historyOf(offer.id)).find((h) => h.toStatus === 'closed')).toMatchObject({
      event: 'close_round',
      fromStatus: 'published',
      details: { reason: 'operator_request' },
    });

    // Meanwhile one more file is validated (a closed offer's count does not move) and the
    // newcomer saves an alert.
    await applicants(t, [{}]);
    await runEligibilityJobs(t);
    expect((await offerRow(offer.id))?.eligibleApplicants).toBe(5);
    const late = await newcomer.c.post('/api/alerts', { name: 'Paris', filters: {} });
    expect(late.statusCode, late.body).toBe(201);

    t.clock.advance(DAYS);
    const again = await republish(landlord, offer.id, day(14));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ roundNo: 2, applicationDeadline: day(14) });
    expect(await offerRow(offer.id)).toMatchObject({
      status: 'published',
      applicationDeadline: day(14),
      availableOn: day(40),
      publishedAt: t.clock.now(),
      candidacyCount: 0,
      eligibleApplicants: 0,
      eligibleCountedAt: null,
    });
    expect((await historyOf(offer.id)).at(-1)).toMatchObject({
      event: 'republish',
      fromStatus: 'closed',
      toStatus: 'published',
      actorUserId: user.id,
      details: { roundNo: 2, applicationDeadline: day(14), availableOn: day(40) },
      createdAt: t.clock.now(),
    });
    expect(await roundsOf(offer.id)).toEqual([
      [1, 'republished'],
      [2, 'published'],
    ]);

    // The publication jobs: the count (six files now), the alerts (the newcomer's for the first
    // time; the watcher had this offer already, so no second e-mail).
    await t.platform.deps.jobs.drain();
    expect(await offerRow(offer.id)).toMatchObject({
      eligibleApplicants: 6,
      eligibleCountedAt: t.clock.now(),
    });
    const mails = await alertMails(newcomer.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`/offres/${offer.id}`);
    expect(await alertMails(watcher.email)).toHaveLength(1);

    // Applications are open again.
    expect((await apply(people[0]!.c, offer.id)).position).toMatchObject({ position: 1 });
  });

  it('re-publishes an offer closed without a single candidacy (round 1 opens with the first application)', async () => {
    const { offer, c } = await landlordOffer(t, { status: 'closed' });
    const again = await republish(c, offer.id, day(10));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual({ roundId: null, roundNo: 1, applicationDeadline: day(10) });
    expect((await historyOf(offer.id)).at(-1)).toMatchObject({
      event: 'republish',
      details: { roundNo: 1 },
    });
    await t.platform.deps.jobs.drain();
    expect((await offerRow(offer.id))?.eligibleCountedAt).toEqual(t.clock.now());
  });
});

describe('re-publication refused', () => {
  it('refuses an allocated offer, a round still under way and a published offer with the workflow code', async () => {
    const allocated = await sentOffer(t, 3);
    const decided = await allocated.c.post(
      `/api/landlord/offers/${allocated.offer.id}/commission`,
      {
        meetingDate: day(1),
        decisions: [
          { candidacyId: allocated.ids[0], decision: 'attribution' },
          {
            candidacyId: allocated.ids[1],
            decision: 'non_attribution',
            reason: 'Dossier incomplet',
          },
          {
            candidacyId: allocated.ids[2],
            decision: 'non_attribution',
            reason: 'Dossier incomplet',
          },
        ],
      },
    );
    expect(decided.statusCode, decided.body).toBe(201);
    const lease = await allocated.c.post(`/api/landlord/candidacies/${allocated.ids[0]}/lease`, {
      signedOn: day(10),
      moveInOn: day(20),
    });
    expect(lease.statusCode, lease.body).toBe(200);
    expect(await roundsOf(allocated.offer.id)).toEqual([[1, 'allocated']]);
    const before = await historyOf(allocated.offer.id);
    expect(codeOf(await republish(allocated.c, allocated.offer.id, day(14)))).toBe(
      'offer.transition_not_allowed',
    );
    expect((await offerRow(allocated.offer.id))?.status).toBe('closed');
    expect(await historyOf(allocated.offer.id)).toHaveLength(before.length);
    expect(await roundsOf(allocated.offer.id)).toEqual([[1, 'allocated']]);

    // Files at the landlord, no commission yet: the round is not over.
    const underWay = await sentOffer(t, 3);
    expect(codeOf(await republish(underWay.c, underWay.offer.id, day(14)))).toBe(
      'offer.transition_not_allowed',
    );

    // Still published (never closed).
    const { offer, c } = await landlordOffer(t);
    expect(codeOf(await republish(c, offer.id, day(14)))).toBe('offer.transition_not_allowed');
  });

  it('refuses dates that break the rules with their field codes, and changes nothing', async () => {
    const { offer, c, ids } = await sentOffer(t, 3);
    await concludeUnallocated(c, offer.id, ids);
    const past = await republish(c, offer.id, day(-1));
    expect(past.statusCode).toBe(400);
    expect(past.json().error).toMatchObject({
      code: 'validation.failed',
      fields: [{ path: 'applicationDeadline', code: 'offer.deadline_not_after_publication' }],
    });
    const today = await republish(c, offer.id, day(0), day(30));
    expect(today.json().error.fields).toEqual([
      expect.objectContaining({ code: 'offer.deadline_not_after_publication' }),
    ]);
    const early = await republish(c, offer.id, day(14), day(14));
    expect(early.json().error).toMatchObject({
      code: 'validation.failed',
      fields: [{ path: 'availableOn', code: 'offer.availability_not_after_deadline' }],
    });
    expect((await offerRow(offer.id))?.status).toBe('closed');
    expect(await roundsOf(offer.id)).toEqual([[1, 'unallocated']]);
    expect((await historyOf(offer.id)).map((h) => h.event)).not.toContain('republish');
  });

  it('does not reveal another landlord’s offer', async () => {
    const { offer } = await landlordOffer(t, { status: 'closed' });
    const other = await landlordOffer(t);
    expect(codeOf(await republish(other.c, offer.id, day(14)))).toBe('candidacy.offer_not_found');
    expect((await offerRow(offer.id))?.status).toBe('closed');
  });
});
