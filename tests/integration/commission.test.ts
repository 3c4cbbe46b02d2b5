import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { offerRounds, offers } from '../../src/db/schema/index.js';
import type { TestApp } from '../support/test-app.js';
import {
  apply,
  candidacyTestApp,
  codeOf,
  DAYS,
  sentOffer,
  statusesOf,
} from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

const day = (offsetDays: number) =>
  new Date(t.clock.now().getTime() + offsetDays * DAYS).toISOString().slice(0, 10);
const mailed = async (email: string, text: string) =>
  (await t.mailsTo(email)).some((m) => m.subject.includes(text) || m.text.includes(text));
const roundOf = async (offerId: string) =>
  (
    await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.offerId, offerId))
      .orderBy(offerRounds.roundNo)
  ).at(-1);

describe('commission rules', () => {
  it('requires a justification below 3 examined candidates and keeps the warning', async () => {
    const { offer, c, ids } = await sentOffer(t, 5);
    const two = {
      meetingDate: day(1),
      decisions: [
        { candidacyId: ids[0], decision: 'attribution' },
        { candidacyId: ids[1], decision: 'non_attribution', reason: 'Dossier incomplet' },
      ],
    };
    expect(codeOf(await c.post(`/api/landlord/offers/${offer.id}/commission`, two))).toBe(
      'commission.justification_required',
    );
    const justified = await c.post(`/api/landlord/offers/${offer.id}/commission`, {
      ...two,
      justification: 'Trois candidats ne se sont pas présentés',
    });
    expect(justified.statusCode, justified.body).toBe(201);
    expect(justified.json().warnings).toEqual(['fewer_than_three_examined']);
    expect(
      codeOf(
        await c.post(`/api/landlord/offers/${offer.id}/commission`, {
          ...two,
          justification: 'encore',
        }),
      ),
    ).toBe('commission.already_recorded');
    expect(
      (await c.get(`/api/landlord/offers/${offer.id}/candidacies`)).json().commission,
    ).toMatchObject({
      examinedCount: 2,
      availableCount: 5,
      warnings: ['fewer_than_three_examined'],
    });
  });

  it('refuses inadmissibility on other grounds, broken ranks, unknown candidates and past condition deadlines', async () => {
    const { offer, c, ids } = await sentOffer(t, 3);
    const post = (decisions: unknown[]) =>
      c.post(`/api/landlord/offers/${offer.id}/commission`, { meetingDate: day(1), decisions });
    const nob = (id: string | undefined) => ({
      candidacyId: id,
      decision: 'non_attribution',
      reason: 'x',
    });
    expect(
      (
        await post([
          { candidacyId: ids[0], decision: 'inadmissible', reason: 'too_late' },
          nob(ids[1]),
          nob(ids[2]),
        ])
      ).statusCode,
    ).toBe(400);
    expect(
      codeOf(
        await post([
          { candidacyId: ids[0], decision: 'attribution_by_rank', rank: 2 },
          nob(ids[1]),
          nob(ids[2]),
        ]),
      ),
    ).toBe('commission.ranks_invalid');
    expect(
      codeOf(await post([nob(ids[0]), nob(ids[1]), nob('00000000-0000-4000-8000-000000000000')])),
    ).toBe('commission.candidate_unknown');
    const late = {
      candidacyId: ids[0],
      decision: 'attribution_conditional',
      rank: 1,
      condition: { document: 'Avis d’imposition', deadline: day(1) },
    };
    expect(codeOf(await post([late, nob(ids[1]), nob(ids[2])]))).toBe(
      'commission.condition_deadline_invalid',
    );
    expect(await statusesOf(t, ids)).toEqual(['sent', 'sent', 'sent']);
  });
});

describe('attribution', () => {
  it('goes to the next rank when rank 1 refuses; the lease allocates the offer and ends the others; then move-in', async () => {
    const { offer, c, ids, people } = await sentOffer(t, 5);
    const decided = await c.post(`/api/landlord/offers/${offer.id}/commission`, {
      meetingDate: day(1),
      decisions: [
        { candidacyId: ids[0], decision: 'attribution_by_rank', rank: 1 },
        { candidacyId: ids[1], decision: 'attribution_by_rank', rank: 2 },
        { candidacyId: ids[2], decision: 'inadmissible', reason: 'income_above_ceiling' },
      ],
    });
    expect(decided.statusCode, decided.body).toBe(201);
    expect(await statusesOf(t, ids)).toEqual([
      'attributed',
      'ranked',
      'inadmissible',
      'sent',
      'sent',
    ]);
    expect(await mailed(people[2]!.email, 'Motif : Ressources supérieures au plafond')).toBe(true);
    expect(await mailed(people[1]!.email, 'rang 2')).toBe(true);
    const mine = (await people[0]!.c.get(`/api/candidacies/${ids[0]}`)).json().candidacy;
    expect(mine).toMatchObject({
      stage: 'commission',
      canDecline: true,
      commission: { decision: 'attribution_by_rank', rank: 1 },
    });
    const declined = await people[0]!.c.post(`/api/candidacies/${ids[0]}/decline`, {
      reason: 'Trop loin de mon travail',
    });
    expect(declined.json().candidacy.status).toBe('declined');
    expect(await statusesOf(t, ids)).toEqual([
      'declined',
      'attributed',
      'inadmissible',
      'sent',
      'sent',
    ]);
    expect(
      await mailed(people[1]!.email, 'Action Logement Services : Le logement vous est attribué'),
    ).toBe(true);
    expect(
      codeOf(await c.post(`/api/landlord/candidacies/${ids[3]}/lease`, { signedOn: day(10) })),
    ).toBe('candidacy.transition_invalid');
    const lease = await c.post(`/api/landlord/candidacies/${ids[1]}/lease`, {
      signedOn: day(10),
      moveInOn: day(20),
    });
    expect(lease.json().candidacy).toMatchObject({
      status: 'lease_signed',
      leaseSignedOn: day(10),
      moveInOn: day(20),
    });
    expect((await roundOf(offer.id))?.status).toBe('allocated');
    expect(await statusesOf(t, ids)).toEqual([
      'declined',
      'lease_signed',
      'inadmissible',
      'unsuccessful',
      'unsuccessful',
    ]);
    expect(
      await mailed(people[3]!.email, 'Action Logement Services : Votre candidature est terminée'),
    ).toBe(true);
    const moved = await c.post(`/api/landlord/candidacies/${ids[1]}/move-in`, {
      movedInOn: day(21),
    });
    expect(moved.json().candidacy).toMatchObject({ status: 'moved_in', moveInOn: day(21) });
    expect(
      (await people[1]!.c.get(`/api/candidacies/${ids[1]}`))
        .json()
        .candidacy.steps.every((s: { state: string }) => s.state === 'done'),
    ).toBe(true);
  });

  it('waits for the missing document of a suspensive condition; when it does not come the next rank gets the home', async () => {
    const { offer, c, ids, people } = await sentOffer(t, 3);
    await c.post(`/api/landlord/offers/${offer.id}/commission`, {
      meetingDate: day(1),
      decisions: [
        {
          candidacyId: ids[0],
          decision: 'attribution_conditional',
          rank: 1,
          condition: { document: 'Dernier avis d’imposition', deadline: day(15) },
        },
        { candidacyId: ids[1], decision: 'attribution_by_rank', rank: 2 },
        { candidacyId: ids[2], decision: 'non_attribution', reason: 'Typologie inadaptée' },
      ],
    });
    expect(await statusesOf(t, ids)).toEqual(['conditional', 'ranked', 'not_attributed']);
    expect(await mailed(people[0]!.email, '« Dernier avis d’imposition » avant le')).toBe(true);
    const failed = await c.post(`/api/landlord/candidacies/${ids[0]}/condition`, { met: false });
    expect(failed.json().candidacy.status).toBe('condition_failed');
    expect(await statusesOf(t, ids)).toEqual(['condition_failed', 'attributed', 'not_attributed']);
  });

  it('attributes once the missing document arrives', async () => {
    const { offer, c, ids } = await sentOffer(t, 3);
    await c.post(`/api/landlord/offers/${offer.id}/commission`, {
      meetingDate: day(1),
      decisions: [
        {
          candidacyId: ids[0],
          decision: 'attribution_conditional',
          rank: 1,
          condition: { document: 'Contrat de travail', deadline: day(15) },
        },
        { candidacyId: ids[1], decision: 'non_attribution', reason: 'x' },
        { candidacyId: ids[2], decision: 'non_attribution', reason: 'x' },
      ],
    });
    expect(
      (await c.post(`/api/landlord/candidacies/${ids[0]}/condition`, { met: true })).json()
        .candidacy.status,
    ).toBe('attributed');
  });

  it('ends unallocated when nobody is attributed; the landlord re-publishes with new dates', async () => {
    const { offer, c, ids, people } = await sentOffer(t, 3);
    await c.post(`/api/landlord/offers/${offer.id}/commission`, {
      meetingDate: day(1),
      decisions: ids.map((id) => ({
        candidacyId: id,
        decision: 'inadmissible',
        reason: 'irregular_residence',
      })),
    });
    expect((await roundOf(offer.id))?.status).toBe('unallocated');
    expect(
      codeOf(
        await c.post(`/api/landlord/offers/${offer.id}/republish`, {
          applicationDeadline: day(-1),
          availableOn: day(40),
        }),
      ),
    ).toBe('validation.failed');
    const again = await c.post(`/api/landlord/offers/${offer.id}/republish`, {
      applicationDeadline: day(14),
      availableOn: day(40),
    });
    expect(again.json()).toMatchObject({ roundNo: 2, applicationDeadline: day(14) });
    const [listing] = await t.database.db.select().from(offers).where(eq(offers.id, offer.id));
    expect(listing).toMatchObject({
      status: 'published',
      applicationDeadline: day(14),
      candidacyCount: 0,
    });
    const reapplied = await apply(people[0]!.c, offer.id);
    expect(reapplied.position).toMatchObject({ position: 1, total: 1 });
    expect(
      codeOf(
        await c.post(`/api/landlord/offers/${offer.id}/republish`, {
          applicationDeadline: day(14),
          availableOn: day(40),
        }),
      ),
    ).toBe('offer.transition_not_allowed');
  });
});

describe('landlord contact', () => {
  it('messages the applicant (e-mailed), who answers in the platform choosing a visit slot; visits are recorded', async () => {
    const { c, ids, people, offer } = await sentOffer(t, 3);
    const slot = { startsAt: `${day(3)}T09:00:00.000Z`, endsAt: `${day(3)}T09:30:00.000Z` };
    const proposal = await c.post(`/api/landlord/candidacies/${ids[0]}/messages`, {
      kind: 'visit_proposal',
      body: 'Voici deux créneaux de visite.',
      visitSlots: [
        slot,
        { startsAt: `${day(4)}T09:00:00.000Z`, endsAt: `${day(4)}T09:30:00.000Z` },
      ],
    });
    expect(proposal.statusCode, proposal.body).toBe(201);
    await c.post(`/api/landlord/candidacies/${ids[0]}/messages`, {
      kind: 'document_request',
      body: 'Merci de nous envoyer votre dernier bulletin de salaire.',
      documentCategory: 'payslip',
      documentDueOn: day(7),
    });
    expect(
      await mailed(people[0]!.email, 'Action Logement Services : Nouveau message du bailleur'),
    ).toBe(true);
    expect(
      (await people[0]!.c.get(`/api/candidacies/${ids[0]}`)).json().candidacy.messages,
    ).toEqual({ total: 2, unread: 2 });
    const thread = (await people[0]!.c.get(`/api/candidacies/${ids[0]}/messages`)).json().messages;
    expect(thread.map((m: { kind: string }) => m.kind)).toEqual([
      'visit_proposal',
      'document_request',
    ]);
    expect(
      (await people[0]!.c.get(`/api/candidacies/${ids[0]}`)).json().candidacy.messages,
    ).toEqual({ total: 2, unread: 0 });
    expect(
      (
        await people[0]!.c.post(`/api/candidacies/${ids[0]}/messages`, {
          body: 'Le premier me convient.',
          replyToId: thread[0].id,
          chosenSlot: '2020-01-01T00:00:00.000Z',
        })
      ).statusCode,
    ).toBe(400);
    const reply = await people[0]!.c.post(`/api/candidacies/${ids[0]}/messages`, {
      body: 'Le premier me convient.',
      replyToId: thread[0].id,
      chosenSlot: slot.startsAt,
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(
      await mailed(
        `bailleur.${offer.landlordId.slice(0, 8)}@bailleur.test`,
        'Action Logement Services : Réponse d’un candidat',
      ),
    ).toBe(true);
    const visit = await c.post(`/api/landlord/candidacies/${ids[0]}/visits`, {
      scheduledAt: slot.startsAt,
      status: 'done',
      note: 'Visite effectuée',
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const detail = (await c.get(`/api/landlord/candidacies/${ids[0]}`)).json();
    expect(detail.candidacy).toMatchObject({
      status: 'visited',
      stage: 'visit',
      visits: 1,
      unreadMessages: 0,
    });
    expect(detail.messages).toHaveLength(3);
    const visitMails = (await t.mailsTo(people[0]!.email)).filter((m) =>
      m.subject.includes('Visite du logement'),
    );
    await c.post(`/api/landlord/candidacies/${ids[0]}/visits`, {
      scheduledAt: slot.startsAt,
      status: 'done',
    });
    expect(
      (await t.mailsTo(people[0]!.email)).filter((m) => m.subject.includes('Visite du logement')),
    ).toHaveLength(visitMails.length);
    expect(
      codeOf(await people[1]!.c.post(`/api/candidacies/${ids[0]}/messages`, { body: 'intrus' })),
    ).toBe('candidacy.not_found');
  });
});
