import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import {
  applicant,
  apply,
  candidacyTestApp,
  codeOf,
  DAYS,
  landlordOffer,
  sentOffer,
} from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

const day = (offsetDays: number) =>
  new Date(t.clock.now().getTime() + offsetDays * DAYS).toISOString().slice(0, 10);

type Round = { roundNo: number; status: string; files: number; sentAt: string | null };
const roundsOf = (body: { rounds: Round[] }) =>
  body.rounds.map((r) => [r.roundNo, r.status, r.files, r.sentAt !== null]);

describe('landlord shortlist of a re-published offer', () => {
  it('shows the new round, keeps the earlier one in history, and follows the new round to its files', async () => {
    const { offer, c: landlord, ids, people, operator } = await sentOffer(t, 3);
    const shortlist = (query = '') =>
      landlord.get(`/api/landlord/offers/${offer.id}/candidacies${query}`);
    const commission = await landlord.post(`/api/landlord/offers/${offer.id}/commission`, {
      meetingDate: day(1),
      decisions: ids.map((id) => ({
        candidacyId: id,
        decision: 'inadmissible',
        reason: 'irregular_residence',
      })),
    });
    expect(commission.statusCode, commission.body).toBe(201);
    expect((await shortlist()).json().round).toMatchObject({ roundNo: 1, status: 'unallocated' });
    const republished = await landlord.post(`/api/landlord/offers/${offer.id}/republish`, {
      applicationDeadline: day(14),
      availableOn: day(40),
    });
    expect(republished.json()).toMatchObject({ roundNo: 2 });

    // The reported bug: this answered 404 (round.not_found) once the new round was open.
    const current = await shortlist();
    expect(current.statusCode, current.body).toBe(200);
    expect(current.json()).toMatchObject({
      round: { roundNo: 2, status: 'published', files: 0, sentAt: null },
      candidacies: [],
      commission: null,
    });
    expect(roundsOf(current.json())).toEqual([
      [2, 'published', 0, false],
      [1, 'republished', 3, true],
    ]);
    const earlier = await shortlist('?round=1');
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json().round).toMatchObject({ roundNo: 1, status: 'republished' });
    expect(earlier.json().candidacies.map((x: { id: string }) => x.id)).toEqual(ids.slice(0, 3));
    expect(earlier.json().commission).toMatchObject({ examinedCount: 3 });
    expect(codeOf(await shortlist('?round=3'))).toBe('round.not_found');
    const listed = (await landlord.get('/api/landlord/candidacies')).json().rounds;
    expect(listed.map((r: Round & { offer: { id: string } }) => [r.offer.id, r.roundNo])).toEqual([
      [offer.id, 2],
    ]);

    // The new round runs its course: applications, closing, review, files sent.
    const again = [];
    for (const p of people) again.push((await apply(p.c, offer.id)).id);
    expect((await operator.c.post(`/api/backoffice/offers/${offer.id}/close`)).statusCode).toBe(
      200,
    );
    for (const id of again)
      await operator.c.post(`/api/backoffice/candidacies/${id}/review`, { decision: 'validate' });
    const sent = await operator.c.post(`/api/backoffice/offers/${offer.id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    const second = (await shortlist()).json();
    expect(second.round).toMatchObject({ roundNo: 2, status: 'sent', files: 3 });
    expect(second.candidacies.map((x: { id: string }) => x.id).sort()).toEqual([...again].sort());
    expect(roundsOf(second)).toEqual([
      [2, 'sent', 3, true],
      [1, 'republished', 3, true],
    ]);
    expect((await landlord.get('/api/landlord/candidacies')).json().rounds).toHaveLength(1);
  });

  it("shows an offer's open first round without files, and another landlord's offer as not found", async () => {
    const { offer, c } = await landlordOffer(t);
    const url = `/api/landlord/offers/${offer.id}/candidacies`;
    expect(codeOf(await c.get(url))).toBe('round.not_found');
    await apply((await applicant(t)).c, offer.id);
    const open = await c.get(url);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ round: { roundNo: 1, status: 'published', files: 0 } });
    const other = await landlordOffer(t);
    expect(codeOf(await other.c.get(url))).toBe('candidacy.offer_not_found');
  });
});
