// Personal-data rights and candidacies: the export lists the applicant's candidacies, and deleting
// the account keeps only the ones that reached a landlord (decision 0020).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import {
  auditEvents,
  candidacies,
  candidacyHistory,
  candidacyMessages,
  offerRounds,
  rankingSnapshots,
  users,
} from '../../src/db/schema/index.js';
import { replayOffer } from '../../src/modules/candidacies/replay.js';
import { hashPassword } from '../../src/server/security/passwords.js';
import type { TestRegistrationService } from '../../src/registration/testing.js';
import { PASSWORD } from '../support/applicant-files.js';
import { type TestApp, createTestAppWithRegistration } from '../support/test-app.js';
import {
  applicants,
  apply,
  closedOffer,
  landlordOffer,
  staff,
  statusesOf,
  type SessionClient,
} from './candidacies-helpers.js';
import { NOW } from './companies-fixtures.js';

let reg: TestRegistrationService;
let t: TestApp;

beforeAll(async () => {
  ({ reg, t } = await createTestAppWithRegistration(NOW));
});
afterAll(async () => {
  await t?.close();
  await reg?.close();
});

/** Gives a fixture applicant (no password) the test password, so it can confirm a deletion. */
async function withPassword(userId: string): Promise<void> {
  await t.database.db
    .update(users)
    .set({ passwordHash: await hashPassword(PASSWORD) })
    .where(eq(users.id, userId));
}

async function deleteAccountOf(c: SessionClient): Promise<void> {
  const r = await c.request('DELETE', '/api/me', { password: PASSWORD, confirm: true });
  expect(r.statusCode, r.body).toBe(204);
}

describe('my candidacies: in the export, and what deleting the account does to them', () => {
  const sam = {} as {
    person: Awaited<ReturnType<typeof applicants>>[number];
    loginEmail: string;
    cancelledId: string;
    sentId: string;
    offerRef: string;
    landlord: SessionClient;
    others: Awaited<ReturnType<typeof applicants>>;
    otherIds: string[];
  };

  beforeAll(async () => {
    const first = await landlordOffer(t);
    const second = await landlordOffer(t);
    const [person, ...others] = await applicants(t, [
      { firstName: 'Sam', lastName: 'CANDIDAT', application: { filedAt: '2005-01-15' } },
      { application: { filedAt: '2012-01-15' } },
      { application: { filedAt: '2013-01-15' } },
    ]);
    if (!person) throw new Error('no applicant');
    await withPassword(person.userId);
    // The login e-mail differs from the application's, which the landlord receives in the file.
    sam.loginEmail = `sam.${person.userId.slice(0, 8)}@compte.test`;
    await t.database.db
      .update(users)
      .set({ email: sam.loginEmail })
      .where(eq(users.id, person.userId));
    sam.person = person;
    sam.others = others;
    sam.landlord = second.c;
    sam.offerRef = second.offer.reference;
    sam.cancelledId = (await apply(person.c, first.offer.id)).id;
    const cancel = await person.c.post(`/api/candidacies/${sam.cancelledId}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    sam.sentId = (await apply(person.c, second.offer.id)).id;
    sam.otherIds = [];
    for (const other of others) sam.otherIds.push((await apply(other.c, second.offer.id)).id);
    const operator = await staff(t, { role: 'operator' });
    expect(
      (await operator.c.post(`/api/backoffice/offers/${second.offer.id}/close`)).statusCode,
    ).toBe(200);
    for (const id of [sam.sentId, ...sam.otherIds]) {
      const r = await operator.c.post(`/api/backoffice/candidacies/${id}/review`, {
        decision: 'validate',
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(
      (await operator.c.post(`/api/backoffice/offers/${second.offer.id}/send`)).statusCode,
    ).toBe(200);
    const asked = await sam.landlord.post(`/api/landlord/candidacies/${sam.sentId}/messages`, {
      kind: 'message',
      body: 'Pouvez-vous confirmer votre numéro de téléphone ?',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const answered = await person.c.post(`/api/candidacies/${sam.sentId}/messages`, {
      body: 'Oui, le 06 12 34 56 78.',
    });
    expect(answered.statusCode, answered.body).toBe(201);
  });

  it('exports each of my candidacies with its offer, ranking, history and messages, and nothing of the others', async () => {
    const r = await sam.person.c.get('/api/me/data');
    expect(r.statusCode).toBe(200);
    const mine = r.json().contributions.candidacies;
    expect(mine.map((c: { id: string }) => c.id)).toEqual([sam.sentId, sam.cancelledId]);
    expect(mine[0]).toMatchObject({
      status: 'sent',
      stage: 'sent_to_landlord',
      offer: {
        reference: sam.offerRef,
        typology: expect.any(String),
        rentCents: expect.any(Number),
      },
      ranking: {
        closingRank: 1,
        position: 1,
        total: 3,
        inputs: { filedAt: '2005-01-15' },
        reasons: expect.arrayContaining([expect.objectContaining({ criterion: 'seniority' })]),
      },
      sentToLandlord: { applicant: { lastName: expect.any(String) } },
      commission: null,
    });
    expect(mine[0].offer.communeName).toEqual(expect.any(String));
    expect(mine[0].history.map((h: { event: string }) => h.event)).toEqual([
      'apply',
      'retain',
      'validate',
      'send',
    ]);
    expect(mine[0].messages.map((m: { side: string }) => m.side)).toEqual([
      'landlord',
      'applicant',
    ]);
    expect(mine[1]).toMatchObject({ status: 'cancelled', sentToLandlord: null });
    expect(mine[1].history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'applied',
      'cancelled',
    ]);
    for (const [i, other] of sam.others.entries()) {
      expect(r.body).not.toContain(sam.otherIds[i]);
      expect(r.body).not.toContain(other.email);
      expect(r.body).not.toContain(other.userId);
    }
    const pdf = await sam.person.c.get('/api/me/data.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('keeps only the candidacy sent to the landlord, detached from the account, and erases the cancelled one', async () => {
    const before = (await sam.person.c.get('/api/me/deletion')).json();
    expect(before.candidaciesKept).toBe(1);
    const userId = sam.person.userId;

    await deleteAccountOf(sam.person.c);

    const rows = await t.database.db
      .select()
      .from(candidacies)
      .where(inArray(candidacies.id, [sam.sentId, sam.cancelledId]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: sam.sentId,
      status: 'sent',
      applicantUserId: null,
      fileId: null,
    });
    expect(
      await t.database.db
        .select()
        .from(candidacyHistory)
        .where(eq(candidacyHistory.candidacyId, sam.cancelledId)),
    ).toEqual([]);
    const seen = await sam.landlord.get(`/api/landlord/candidacies/${sam.sentId}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().candidacy.dossier.applicant.lastName).toEqual(expect.any(String));
    expect(seen.json().messages).toHaveLength(2);
    expect(seen.body).not.toContain(userId);
    expect(seen.body).not.toContain(sam.loginEmail);
    // Stored without any link to the account: the applicant's message has no author any more.
    const kept = await t.database.db
      .select({ side: candidacyMessages.side, author: candidacyMessages.authorUserId })
      .from(candidacyMessages)
      .where(eq(candidacyMessages.candidacyId, sam.sentId))
      .orderBy(candidacyMessages.id);
    expect(kept).toEqual([
      { side: 'landlord', author: expect.any(String) },
      { side: 'applicant', author: null },
    ]);
    const [gone] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'account.deleted'), eq(auditEvents.subjectUserId, userId)));
    expect(gone?.details).toEqual({ kept: { candidacies: 1 }, erased: { candidacies: 1 } });
  });

  it('cancels an active candidacy not sent yet: the others move up, then it is erased', async () => {
    const { offer } = await landlordOffer(t);
    const [leaving, second, third] = await applicants(t, [
      { application: { filedAt: '2004-03-01' } },
      { application: { filedAt: '2011-03-01' } },
      { application: { filedAt: '2014-03-01' } },
    ]);
    if (!leaving || !second || !third) throw new Error('no applicants');
    const leavingId = (await apply(leaving.c, offer.id)).id;
    const secondId = (await apply(second.c, offer.id)).id;
    const thirdId = (await apply(third.c, offer.id)).id;
    const position = async (c: SessionClient, id: string) =>
      (await c.get(`/api/candidacies/${id}/position`)).json().position;
    expect(await position(second.c, secondId)).toMatchObject({ position: 2, total: 3 });
    await withPassword(leaving.userId);

    await deleteAccountOf(leaving.c);

    expect(await statusesOf(t, [leavingId, secondId, thirdId])).toEqual([
      'missing',
      'applied',
      'applied',
    ]);
    expect(await position(second.c, secondId)).toMatchObject({ position: 1, total: 2 });
    expect(await position(third.c, thirdId)).toMatchObject({ position: 2, total: 2 });
    const [round] = await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.offerId, offer.id));
    expect(round?.candidacyCount).toBe(2);
    expect(
      await t.database.db
        .select()
        .from(candidacyHistory)
        .where(eq(candidacyHistory.candidacyId, leavingId)),
    ).toEqual([]);
  });

  it('during the review, the next file moves up; the frozen ranking keeps a pseudonymous line and still replays', async () => {
    const { offer, people, ids, operator } = await closedOffer(t, 6);
    const leaving = people[0];
    if (!leaving) throw new Error('no applicant');
    expect(await statusesOf(t, ids)).toEqual([
      ...Array<string>(5).fill('retained'),
      'not_retained',
    ]);
    await withPassword(leaving.userId);

    await deleteAccountOf(leaving.c);

    expect(await statusesOf(t, ids)).toEqual(['missing', ...Array<string>(5).fill('retained')]);
    const [snapshot] = await t.database.db
      .select()
      .from(rankingSnapshots)
      .innerJoin(offerRounds, eq(offerRounds.id, rankingSnapshots.roundId))
      .where(eq(offerRounds.offerId, offer.id));
    expect(snapshot?.ranking_snapshots.entries.map((e) => e.candidacyId)).toEqual(ids);
    expect(JSON.stringify(snapshot?.ranking_snapshots.entries)).not.toContain(leaving.userId);
    const replay = await operator.c.post(`/api/backoffice/offers/${offer.id}/ranking/replay`);
    expect(replay.json()).toMatchObject({ identical: true, identicalFromSources: true });
    expect(await replayOffer(t.database.db, offer.id)).toMatchObject([
      { identical: true, identicalFromSources: true, erasedLines: 1, size: 6 },
    ]);
    // A row removed behind the platform's back is still caught.
    await t.database.db.delete(candidacies).where(eq(candidacies.id, ids[5] ?? ''));
    expect(await replayOffer(t.database.db, offer.id)).toMatchObject([
      { identical: true, identicalFromSources: false },
    ]);
  });
});
