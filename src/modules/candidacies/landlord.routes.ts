import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MIN_EXAMINED } from '../../domain/candidacies/commission.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { requireLandlordCandidacy, requireLandlordOffer } from './access.js';
import { recordCandidacyViews } from './audit-views.js';
import {
  candidacyIdParams,
  declineBody,
  messageResponse,
  offerIdParams,
} from './candidacy.schemas.js';
import type { CandidacyRow } from './candidacy.repo.js';
import { offerSummaryOf } from './candidacy.view.js';
import { listMessages, listVisits, markRead } from './contact.repo.js';
import { loadOfferFacts } from './offer-gateway.js';
import { findRound, roundsOfOffer } from './round.repo.js';
import {
  commissionBody,
  commissionResponse,
  conditionBody,
  landlordCandidacyDetail,
  landlordCandidacyResponse,
  landlordMessageBody,
  landlordRoundsResponse,
  landlordShortlistQuery,
  landlordShortlistResponse,
  leaseBody,
  moveInBody,
  republishBody,
  visitBody,
  visitResponse,
} from './staff.schemas.js';
import {
  commissionOf,
  landlordCandidacies,
  landlordRoundIds,
  landlordRoundOf,
  sentCandidacies,
} from './staff.view.js';
import {
  declineAsLandlord,
  recordMoveIn,
  settleCondition,
  signLease,
} from './use-cases/attribution.js';
import { recordCommission } from './use-cases/commission.js';
import { recordVisit, sendLandlordMessage } from './use-cases/contact.js';
import { republishOffer } from './use-cases/republish.js';

const republishResponse = z.object({
  roundId: z.uuid().nullable(),
  roundNo: z.number().int(),
  applicationDeadline: z.iso.date(),
});

/** Landlord portal: the files sent for its offers, messages, visits, commission, lease, move-in, re-publication. */
export async function landlordCandidacyRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['candidacies (landlord)'];
  const landlord = requireUser({ roles: ['landlord'] });
  const { db } = deps.database;
  const one = async (row: CandidacyRow) => {
    const [view] = await landlordCandidacies(db, [row]);
    if (!view) throw new AppError('candidacy.not_found');
    return { candidacy: view };
  };

  r.get(
    '/api/landlord/candidacies',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'My offers whose files were sent by Action Logement',
        response: { 200: landlordRoundsResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const rounds = [];
      for (const { roundId, offerId } of await landlordRoundIds(db, user.landlordId ?? '')) {
        const [round, offer] = [await findRound(db, roundId), await loadOfferFacts(db, offerId)];
        if (round && offer) rounds.push(await landlordRoundOf(db, round, offer));
      }
      return { rounds };
    },
  );

  r.get(
    '/api/landlord/offers/:id/candidacies',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary:
          "An offer's current round (or an earlier one) and the files sent for it in rank order (audited)",
        params: offerIdParams,
        querystring: landlordShortlistQuery,
        response: { 200: landlordShortlistResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const offer = await requireLandlordOffer(db, user, request.params.id);
      // Each publication is a round; a re-published offer's new round has no file until Action
      // Logement sends them, and the earlier rounds stay listed as its history.
      const rounds = [];
      for (const row of await roundsOfOffer(db, offer.id))
        rounds.push({ row, view: await landlordRoundOf(db, row, offer) });
      const wanted = request.query.round;
      const shown = wanted === undefined ? rounds[0] : rounds.find((x) => x.row.roundNo === wanted);
      if (!shown) throw new AppError('round.not_found');
      const rows = await sentCandidacies(db, shown.row.id);
      await recordCandidacyViews(db, {
        actorUserId: user.id,
        action: 'candidacy.listed',
        ip: request.ip,
        subjects: rows.map((c) => ({ applicantUserId: c.applicantUserId, candidacyId: c.id })),
      });
      return {
        round: shown.view,
        rounds: rounds.map((x) => x.view),
        candidacies: await landlordCandidacies(db, rows),
        commission: await commissionOf(db, shown.row.id),
        minExamined: MIN_EXAMINED,
      };
    },
  );

  r.get(
    '/api/landlord/candidacies/:id',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary:
          'One file with its conversation and visits (audited; marks the applicant’s messages read)',
        params: candidacyIdParams,
        response: { 200: landlordCandidacyDetail },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { candidacy, offer } = await requireLandlordCandidacy(db, user, request.params.id);
      await recordCandidacyViews(db, {
        actorUserId: user.id,
        action: 'candidacy.viewed',
        ip: request.ip,
        subjects: [{ applicantUserId: candidacy.applicantUserId, candidacyId: candidacy.id }],
      });
      await markRead(db, candidacy.id, 'applicant', deps.clock.now());
      const visits = await listVisits(db, candidacy.id);
      return {
        ...(await one(candidacy)),
        offer: offerSummaryOf(offer),
        messages: await listMessages(db, candidacy.id),
        visitList: visits.map((v) => ({
          id: v.id,
          scheduledAt: v.scheduledAt,
          status: v.status,
          note: v.note,
        })),
      };
    },
  );

  r.post(
    '/api/landlord/candidacies/:id/messages',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Write to the applicant: a message, a document request or visit slots (e-mailed)',
        params: candidacyIdParams,
        body: landlordMessageBody,
        response: { 201: messageResponse },
      },
    },
    async (request, reply) => {
      const message = await sendLandlordMessage(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send({ message });
    },
  );

  r.post(
    '/api/landlord/candidacies/:id/visits',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Record a visit (planned, done, missed, cancelled)',
        params: candidacyIdParams,
        body: visitBody,
        response: { 201: visitResponse },
      },
    },
    async (request, reply) => {
      const visit = await recordVisit(deps, currentUser(request), request.params.id, request.body);
      return reply.status(201).send({
        visit: {
          id: visit.id,
          scheduledAt: visit.scheduledAt,
          status: visit.status,
          note: visit.note,
        },
      });
    },
  );

  r.post(
    '/api/landlord/offers/:id/commission',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: "The allocation commission's decision per candidate (once per round)",
        params: offerIdParams,
        body: commissionBody,
        response: { 201: commissionResponse },
      },
    },
    async (request, reply) => {
      const result = await recordCommission(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  r.post(
    '/api/landlord/candidacies/:id/condition',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Whether the missing document of a suspensive condition arrived in time',
        params: candidacyIdParams,
        body: conditionBody,
        response: { 200: landlordCandidacyResponse },
      },
    },
    async (request) =>
      one(await settleCondition(deps, currentUser(request), request.params.id, request.body.met)),
  );

  r.post(
    '/api/landlord/candidacies/:id/decline',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: "Record the applicant's refusal (the next rank gets the home)",
        params: candidacyIdParams,
        body: declineBody,
        response: { 200: landlordCandidacyResponse },
      },
    },
    async (request) =>
      one(
        await declineAsLandlord(
          deps,
          currentUser(request),
          request.params.id,
          request.body.reason ?? null,
        ),
      ),
  );

  r.post(
    '/api/landlord/candidacies/:id/lease',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Lease signed: the offer is allocated, the other candidacies end',
        params: candidacyIdParams,
        body: leaseBody,
        response: { 200: landlordCandidacyResponse },
      },
    },
    async (request) =>
      one(await signLease(deps, currentUser(request), request.params.id, request.body)),
  );

  r.post(
    '/api/landlord/candidacies/:id/move-in',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: '"Entrée dans les lieux"',
        params: candidacyIdParams,
        body: moveInBody,
        response: { 200: landlordCandidacyResponse },
      },
    },
    async (request) =>
      one(
        await recordMoveIn(deps, currentUser(request), request.params.id, request.body.movedInOn),
      ),
  );

  r.post(
    '/api/landlord/offers/:id/republish',
    {
      preHandler: landlord,
      schema: {
        tags,
        summary: 'Nobody was allocated: publish the offer again with new dates',
        params: offerIdParams,
        body: republishBody,
        response: { 200: republishResponse },
      },
    },
    async (request) => {
      const round = await republishOffer(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return {
        roundId: round?.id ?? null,
        roundNo: round?.roundNo ?? 1,
        applicationDeadline: request.body.applicationDeadline,
      };
    },
  );
}
