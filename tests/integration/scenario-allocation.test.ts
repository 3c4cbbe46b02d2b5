// Executable scenario: one home allocated from "Je postule" to "Entrée dans les lieux", across the
// four portals, with the injected clock. Each `it` is one step of the leaflet "Suivez votre
// candidature"; the steps share the state of the story and run in order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closingInstant } from '../../src/domain/candidacies/deadline.js';
import type { TestApp } from '../support/test-app.js';
import {
  applicant,
  applicants,
  apply,
  candidacyTestApp,
  DAYS,
  landlordOffer,
  runClosingSweep,
  staff,
  type SessionClient,
} from './candidacies-helpers.js';

type Person = Awaited<ReturnType<typeof applicant>>;
let t: TestApp;
const story = {} as {
  offerId: string;
  landlord: SessionClient;
  operator: SessionClient;
  camille: Person;
  camilleCandidacy: string;
  others: Person[];
  otherCandidacies: string[];
  leo: Person;
  leoCandidacy: string;
};
const day = (offset: number) =>
  new Date(t.clock.now().getTime() + offset * DAYS).toISOString().slice(0, 10);
const subjectsOf = async (email: string) =>
  (await t.mailsTo(email)).map((m) => m.subject.replace('Action Logement Services : ', ''));

beforeAll(async () => {
  t = await candidacyTestApp();
  const { offer, c } = await landlordOffer(t);
  story.offerId = offer.id;
  story.landlord = c;
  story.operator = (await staff(t, { role: 'operator' })).c;
  story.camille = await applicant(t, {
    firstName: 'Camille',
    lastName: 'Lefèvre',
    application: { filedAt: '2016-05-10', reasons: ['non_decent'] },
  });
  story.others = await applicants(
    t,
    Array.from({ length: 5 }, (_, i) => ({ application: { filedAt: `${2018 + i}-02-01` } })),
  );
  story.leo = await applicant(t, { firstName: 'Léo', lastName: 'Martin' });
});
afterAll(async () => t.close());

describe('Scenario: a home allocated from "Je postule" to "Entrée dans les lieux"', () => {
  it('Step 1 – Camille applies ("Je postule") and sees her position', async () => {
    const candidacy = await apply(story.camille.c, story.offerId);
    story.camilleCandidacy = candidacy.id;
    expect(candidacy.position).toMatchObject({ position: 1, total: 1 });
    // One e-mail per change of stage (the queue sends them in no guaranteed order).
    expect((await subjectsOf(story.camille.email)).sort()).toEqual([
      'Votre candidature est enregistrée',
    ]);
  });

  it('Step 1 bis – others apply; her position is "1 of 7", Léo is 7th and outside the first 5', async () => {
    story.otherCandidacies = [];
    for (const other of story.others)
      story.otherCandidacies.push((await apply(other.c, story.offerId)).id);
    story.leoCandidacy = (await apply(story.leo.c, story.offerId)).id;
    const mine = (
      await story.camille.c.get(`/api/candidacies/${story.camilleCandidacy}/position`)
    ).json().position;
    expect(mine).toMatchObject({ position: 1, total: 7, inTopFive: true });
    expect(mine.reasons.map((r: { criterion: string }) => r.criterion)).toEqual([
      'priority',
      'seniority',
    ]);
    const leo = (await story.leo.c.get(`/api/candidacies/${story.leoCandidacy}/position`)).json()
      .position;
    expect(leo).toMatchObject({ position: 7, total: 7, inTopFive: false });
  });

  it('Step 2 – the deadline passes: the offer closes, the first 5 files are retained, Léo is archived and applies elsewhere', async () => {
    const deadline = (
      await story.camille.c.get(`/api/candidacies/${story.camilleCandidacy}`)
    ).json().candidacy.offer.applicationDeadline;
    t.clock.advance(closingInstant(deadline).getTime() - t.clock.now().getTime() + 60_000);
    await runClosingSweep(t);
    expect(
      (await story.camille.c.get(`/api/candidacies/${story.camilleCandidacy}`)).json().candidacy,
    ).toMatchObject({
      status: 'retained',
      stage: 'validations',
      position: { live: false, position: 1 },
    });
    expect(
      (await story.leo.c.get(`/api/candidacies/${story.leoCandidacy}`)).json().candidacy,
    ).toMatchObject({ status: 'not_retained', canCancel: false });
    expect(await subjectsOf(story.leo.email)).toContain('Votre candidature n’a pas été retenue');
    const { offer: elsewhere } = await landlordOffer(t, {
      applicationDeadline: day(14),
      availableOn: day(60),
    });
    expect((await apply(story.leo.c, elsewhere.id)).position).toMatchObject({ position: 1 });
  });

  it('Step 2 bis – Action Logement validates the 5 retained files and sends them to the landlord in one step', async () => {
    const shortlist = (
      await story.operator.get(`/api/backoffice/offers/${story.offerId}/shortlist`)
    ).json();
    const retained = shortlist.lines.filter((l: { status: string }) => l.status === 'retained');
    expect(retained).toHaveLength(5);
    for (const line of retained)
      await story.operator.post(`/api/backoffice/candidacies/${line.candidacyId}/review`, {
        decision: 'validate',
      });
    const sent = await story.operator.post(`/api/backoffice/offers/${story.offerId}/send`);
    expect(sent.json().round.status).toBe('sent');
  });

  it('Step 3 – the landlord receives the files in rank order', async () => {
    const shortlist = (
      await story.landlord.get(`/api/landlord/offers/${story.offerId}/candidacies`)
    ).json();
    expect(shortlist.candidacies.map((c: { id: string }) => c.id)).toEqual([
      story.camilleCandidacy,
      ...story.otherCandidacies.slice(0, 4),
    ]);
    expect(shortlist.candidacies[0].dossier.applicant).toMatchObject({
      firstName: expect.any(String),
    });
  });

  it('Step 4 – the landlord proposes visit slots; Camille answers in the platform; the visit is recorded', async () => {
    const slot = { startsAt: `${day(3)}T16:00:00.000Z`, endsAt: `${day(3)}T16:30:00.000Z` };
    await story.landlord.post(`/api/landlord/candidacies/${story.camilleCandidacy}/messages`, {
      kind: 'visit_proposal',
      body: 'Pouvez-vous visiter le logement ?',
      visitSlots: [slot],
    });
    const [proposal] = (
      await story.camille.c.get(`/api/candidacies/${story.camilleCandidacy}/messages`)
    ).json().messages;
    await story.camille.c.post(`/api/candidacies/${story.camilleCandidacy}/messages`, {
      body: 'Oui, ce créneau me convient.',
      replyToId: proposal.id,
      chosenSlot: slot.startsAt,
    });
    const visit = await story.landlord.post(
      `/api/landlord/candidacies/${story.camilleCandidacy}/visits`,
      { scheduledAt: slot.startsAt, status: 'done' },
    );
    expect(visit.statusCode).toBe(201);
  });

  it('Step 5 – the commission examines 3 candidates and attributes the home to Camille (rank 1)', async () => {
    const decided = await story.landlord.post(`/api/landlord/offers/${story.offerId}/commission`, {
      meetingDate: day(7),
      decisions: [
        { candidacyId: story.camilleCandidacy, decision: 'attribution_by_rank', rank: 1 },
        { candidacyId: story.otherCandidacies[0], decision: 'attribution_by_rank', rank: 2 },
        {
          candidacyId: story.otherCandidacies[1],
          decision: 'non_attribution',
          reason: 'Typologie inadaptée à la composition du foyer',
        },
      ],
    });
    expect(decided.json()).toMatchObject({ warnings: [] });
  });

  it('Step 6 and 7 – lease signed and "Entrée dans les lieux"; the other candidacies end with their result', async () => {
    await story.landlord.post(`/api/landlord/candidacies/${story.camilleCandidacy}/lease`, {
      signedOn: day(20),
      moveInOn: day(30),
    });
    await story.landlord.post(`/api/landlord/candidacies/${story.camilleCandidacy}/move-in`, {
      movedInOn: day(30),
    });
    const others = await Promise.all(
      story.otherCandidacies
        .slice(0, 4)
        .map(
          async (id, i) =>
            (await story.others[i]!.c.get(`/api/candidacies/${id}`)).json().candidacy.status,
        ),
    );
    expect(others).toEqual(['unsuccessful', 'not_attributed', 'unsuccessful', 'unsuccessful']);
  });

  it('Epilogue – Camille’s tracker shows every stage done and she was e-mailed at each one', async () => {
    const { current, history } = (await story.camille.c.get('/api/candidacies')).json();
    expect(current).toBeNull();
    const tracker = (await story.camille.c.get(`/api/candidacies/${story.camilleCandidacy}`)).json()
      .candidacy;
    expect(history[0].id).toBe(story.camilleCandidacy);
    expect(tracker.steps).toEqual([
      { stage: 'applied', state: 'done' },
      { stage: 'validations', state: 'done' },
      { stage: 'sent_to_landlord', state: 'done' },
      { stage: 'visit', state: 'done' },
      { stage: 'commission', state: 'done' },
      { stage: 'move_in', state: 'done' },
    ]);
    expect(tracker.timeline.map((e: { event: string }) => e.event)).toEqual([
      'apply',
      'retain',
      'validate',
      'send',
      'record_visit',
      'attribute',
      'sign_lease',
      'move_in',
    ]);
    // One e-mail per change of stage (the queue sends them in no guaranteed order).
    expect((await subjectsOf(story.camille.email)).sort()).toEqual(
      [
        'Votre candidature est enregistrée',
        'Votre dossier fait partie des 5 premiers',
        'Votre dossier est validé pour ce logement',
        'Votre dossier est transmis au bailleur',
        'Nouveau message du bailleur',
        'Visite du logement',
        'Le logement vous est attribué',
        'Signature du bail',
        'Entrée dans les lieux',
      ].sort(),
    );
  });
});
