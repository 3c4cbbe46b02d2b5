import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createCompany, createLandlord } from '../../src/db/factories.js';
import { offerRounds } from '../../src/db/schema/index.js';
import type { TestApp } from '../support/test-app.js';
import {
  applicant,
  apply,
  candidacyTestApp,
  closedOffer,
  codeOf,
  landlordOffer,
  sentOffer,
  staff,
  statusesOf,
} from './candidacies-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await candidacyTestApp();
});
afterAll(async () => t.close());

const subjects = async (email: string) => (await t.mailsTo(email)).map((m) => m.subject);

describe('operator review of the shortlist', () => {
  it('validates or rejects each retained file; the next one moves up; then sends them in one step', async () => {
    const { offer, people, ids, operator, c: landlord } = await closedOffer(t, 8);
    const review = (id: string | undefined, body: unknown) =>
      operator.c.post(`/api/backoffice/candidacies/${id}/review`, body);
    const queue = (await operator.c.get('/api/backoffice/rounds')).json().rounds;
    expect(queue.find((r: { offer: { id: string } }) => r.offer.id === offer.id)).toMatchObject({
      status: 'closed',
      pending: 5,
      validated: 0,
    });
    const list = (await operator.c.get(`/api/backoffice/offers/${offer.id}/shortlist`)).json();
    expect(
      list.lines.map((l: { closingRank: number; status: string }) => [l.closingRank, l.status]),
    ).toEqual([
      [1, 'retained'],
      [2, 'retained'],
      [3, 'retained'],
      [4, 'retained'],
      [5, 'retained'],
      [6, 'not_retained'],
      [7, 'not_retained'],
      [8, 'not_retained'],
    ]);
    for (const id of ids.slice(0, 4))
      expect((await review(id, { decision: 'validate' })).json().round).toMatchObject({
        status: 'closed',
      });
    // The 6th applicant applied elsewhere after being archived: the 7th moves up instead.
    const { offer: other } = await landlordOffer(t);
    await apply(people[5]!.c, other.id);
    const rejected = await review(ids[4], {
      decision: 'reject',
      reason: 'documents_missing',
      comment: 'Avis d’imposition manquant',
    });
    expect(rejected.json().round).toMatchObject({ status: 'closed', pending: 1, validated: 4 });
    expect(await statusesOf(t, ids)).toEqual([
      'validated',
      'validated',
      'validated',
      'validated',
      'rejected',
      'not_retained',
      'retained',
      'not_retained',
    ]);
    const told = await t.mailsTo(people[4]!.email);
    expect(told.at(-1)?.text).toContain(
      'Motif : Pièces justificatives manquantes. Avis d’imposition manquant',
    );
    expect(await subjects(people[6]!.email)).toContain(
      'Action Logement Services : Votre dossier est finalement retenu',
    );
    // The rejected applicant may apply elsewhere at once.
    const { offer: third } = await landlordOffer(t);
    await apply(people[4]!.c, third.id);
    expect(codeOf(await operator.c.post(`/api/backoffice/offers/${offer.id}/send`))).toBe(
      'shortlist.incomplete',
    );
    expect((await review(ids[6], { decision: 'validate' })).json().round).toMatchObject({
      status: 'shortlist_validated',
      pending: 0,
      validated: 5,
    });
    // A validated applicant may still cancel before sending: the 8th moves up and the review reopens.
    expect(
      (await people[1]!.c.post(`/api/candidacies/${ids[1]}/cancel`)).json().candidacy.status,
    ).toBe('cancelled');
    const [reopened] = await t.database.db
      .select()
      .from(offerRounds)
      .where(eq(offerRounds.offerId, offer.id));
    expect(reopened?.status).toBe('closed');
    expect(await statusesOf(t, ids)).toEqual([
      'validated',
      'cancelled',
      'validated',
      'validated',
      'rejected',
      'not_retained',
      'validated',
      'retained',
    ]);
    await review(ids[7], { decision: 'validate' });
    const sent = await operator.c.post(`/api/backoffice/offers/${offer.id}/send`);
    expect(sent.json().round).toMatchObject({ status: 'sent', validated: 0 });
    expect(await statusesOf(t, ids)).toEqual([
      'sent',
      'cancelled',
      'sent',
      'sent',
      'rejected',
      'not_retained',
      'sent',
      'sent',
    ]);
    expect(codeOf(await people[0]!.c.post(`/api/candidacies/${ids[0]}/cancel`))).toBe(
      'candidacy.not_cancellable',
    );
    expect((await people[0]!.c.get(`/api/candidacies/${ids[0]}`)).json().candidacy).toMatchObject({
      canCancel: false,
      stage: 'sent_to_landlord',
    });
    expect(await subjects(people[0]!.email)).toContain(
      'Action Logement Services : Votre dossier est transmis au bailleur',
    );
    const landlordMails = (
      await t.mailsTo(`bailleur.${offer.landlordId.slice(0, 8)}@bailleur.test`)
    ).map((m) => m.text);
    expect(landlordMails.at(-1)).toContain('5 dossier(s) validé(s)');
    expect(
      (await landlord.get(`/api/landlord/offers/${offer.id}/candidacies`))
        .json()
        .candidacies.map((c: { closingRank: number }) => c.closingRank),
    ).toEqual([1, 3, 4, 7, 8]);
  });

  it('refuses review and sending outside the review, and to non-operators', async () => {
    const { offer, ids, people } = await sentOffer(t, 3);
    const operator = await staff(t, { role: 'operator' });
    expect(
      codeOf(
        await operator.c.post(`/api/backoffice/candidacies/${ids[0]}/review`, {
          decision: 'validate',
        }),
      ),
    ).toBe('round.transition_invalid');
    expect(codeOf(await operator.c.post(`/api/backoffice/offers/${offer.id}/send`))).toBe(
      'round.transition_invalid',
    );
    expect(
      (
        await people[0]!.c.post(`/api/backoffice/candidacies/${ids[0]}/review`, {
          decision: 'validate',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await operator.c.post(`/api/backoffice/candidacies/${ids[0]}/review`, {
          decision: 'reject',
          reason: 'because',
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('landlord access and personal data', () => {
  it('shows only its own offers’ sent files, with the data to instruct and no more, and audits every view', async () => {
    const { offer, c: landlord, people, ids } = await sentOffer(t, 6);
    const stranger = await staff(t, {
      role: 'landlord',
      landlordId: (await createLandlord(t.database.db)).id,
    });
    expect(codeOf(await stranger.c.get(`/api/landlord/offers/${offer.id}/candidacies`))).toBe(
      'candidacy.offer_not_found',
    );
    expect(codeOf(await stranger.c.get(`/api/landlord/candidacies/${ids[0]}`))).toBe(
      'candidacy.not_found',
    );
    expect(codeOf(await landlord.get(`/api/landlord/candidacies/${ids[5]}`))).toBe(
      'candidacy.not_found',
    );
    const shortlist = await landlord.get(`/api/landlord/offers/${offer.id}/candidacies`);
    expect(shortlist.statusCode, shortlist.body).toBe(200);
    const body = shortlist.json();
    expect(body.candidacies).toHaveLength(5);
    expect(body.minExamined).toBe(3);
    const dossier = body.candidacies[0].dossier;
    expect(dossier).toMatchObject({
      persons: 1,
      applicant: { firstName: expect.any(String), email: people[0]!.email },
      resources: { taxIncomeN2: 20_000 },
    });
    expect(shortlist.body).not.toContain('290047511200134');
    expect(dossier.applicant).not.toHaveProperty('nir');
    const detail = await landlord.get(`/api/landlord/candidacies/${ids[0]}`);
    expect(detail.json()).toMatchObject({
      candidacy: { id: ids[0], status: 'sent' },
      messages: [],
      visitList: [],
    });
    const audit = (await t.database.db.execute(
      sql`select action, subject_user_id from audit_events where action in ('candidacy.listed', 'candidacy.viewed') and subject_user_id = ${people[0]!.userId}`,
    )) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action).sort()).toEqual([
      'candidacy.listed',
      'candidacy.viewed',
    ]);
    expect(
      (await people[0]!.c.get(`/api/landlord/offers/${offer.id}/candidacies`)).statusCode,
    ).toBe(403);
  });
});

describe('employer view of the candidacy history', () => {
  it('shows it only when the employee chose full consent', async () => {
    const company = await createCompany(t.database.db);
    const hr = await staff(t, { role: 'employer', companyId: company.id });
    const full = await applicant(t, { consent: 'full', companyId: company.id });
    const limited = await applicant(t, { consent: 'limited', companyId: company.id });
    const { offer } = await landlordOffer(t);
    await apply(full.c, offer.id);
    const history = await hr.c.get(`/api/employer/files/${full.fileId}/candidacies`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().candidacies).toMatchObject([
      { status: 'applied', offer: { id: offer.id } },
    ]);
    expect(codeOf(await hr.c.get(`/api/employer/files/${limited.fileId}/candidacies`))).toBe(
      'candidacy.consent_required',
    );
    const stranger = await staff(t, {
      role: 'employer',
      companyId: (await createCompany(t.database.db)).id,
    });
    expect(codeOf(await stranger.c.get(`/api/employer/files/${full.fileId}/candidacies`))).toBe(
      'company.not_found',
    );
    const viewed = (await t.database.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'candidacy.history_viewed' and subject_user_id = ${full.userId}`,
    )) as unknown as { rows: { n: number }[] };
    expect(viewed.rows[0]?.n).toBe(1);
  });
});
