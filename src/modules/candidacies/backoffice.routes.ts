import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit } from '../../server/audit.js';
import type { AppDeps } from '../../server/context.js';
import { AppError } from '../../server/errors.js';
import { currentUser, requireUser } from '../../server/guards.js';
import { candidacyIdParams, offerIdParams } from './candidacy.schemas.js';
import { recordCandidacyViews } from './audit-views.js';
import { loadOfferFacts } from './offer-gateway.js';
import { findSnapshot, listRules } from './ranking.repo.js';
import { replaySnapshot } from './replay.js';
import { currentRoundOfOffer, roundsInStates, type RoundRow } from './round.repo.js';
import {
  backofficeRoundResponse,
  backofficeRoundsQuery,
  backofficeRoundsResponse,
  backofficeShortlistResponse,
  rankingAuditResponse,
  rankingReplayResponse,
  rankingRuleBody,
  rankingRuleResponse,
  rankingRulesResponse,
  reviewBody,
} from './staff.schemas.js';
import { backofficeRoundOf, shortlistLines } from './staff.view.js';
import { closeOfferEarly } from './use-cases/closing.js';
import { changeRankingRule } from './use-cases/ranking-rules.js';
import { reviewCandidacy, sendShortlist } from './use-cases/review.js';

/** Back office: the review queue, a shortlist's review, sending, early closing, ranking rule and audit. */
export async function backofficeCandidacyRoutes(
  app: FastifyInstance,
  deps: AppDeps,
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['candidacies (back office)'];
  const operator = requireUser({ roles: ['operator'] });
  const admin = requireUser({ roles: ['operator'], admin: true });
  const { db } = deps.database;
  const roundView = async (round: RoundRow) => {
    const offer = await loadOfferFacts(db, round.offerId);
    if (!offer) throw new AppError('candidacy.offer_not_found');
    return backofficeRoundOf(db, round, offer);
  };
  const roundOfOffer = async (offerId: string) => {
    const round = await currentRoundOfOffer(db, offerId);
    if (!round) throw new AppError('round.not_found');
    return round;
  };

  r.get(
    '/api/backoffice/rounds',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Offers by allocation state (default: shortlists under review)',
        querystring: backofficeRoundsQuery,
        response: { 200: backofficeRoundsResponse },
      },
    },
    async (request) => {
      const states = request.query.status
        ? [request.query.status]
        : (['closing', 'closed', 'shortlist_validated'] as const);
      const rounds = await roundsInStates(db, [...states]);
      return { rounds: await Promise.all(rounds.map(roundView)) };
    },
  );

  r.get(
    '/api/backoffice/offers/:id/shortlist',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: "An offer's files in frozen rank order, to review",
        params: offerIdParams,
        response: { 200: backofficeShortlistResponse },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const round = await roundOfOffer(request.params.id);
      const lines = await shortlistLines(db, round.id);
      await recordCandidacyViews(db, {
        actorUserId: user.id,
        action: 'candidacy.listed',
        ip: request.ip,
        subjects: lines,
      });
      return {
        round: await roundView(round),
        lines: lines.map(({ applicantUserId: _subject, ...line }) => line),
      };
    },
  );

  r.post(
    '/api/backoffice/candidacies/:id/review',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Validate or reject (with a reason) a retained file; the next file moves up',
        params: candidacyIdParams,
        body: reviewBody,
        response: { 200: backofficeRoundResponse },
      },
    },
    async (request) => {
      const { round } = await reviewCandidacy(
        deps,
        currentUser(request),
        request.params.id,
        request.body,
      );
      return { round: await roundView(round) };
    },
  );

  r.post(
    '/api/backoffice/offers/:id/send',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Send the validated files to the landlord in one step',
        params: offerIdParams,
        response: { 200: backofficeRoundResponse },
      },
    },
    async (request) => ({
      round: await roundView(await sendShortlist(deps, currentUser(request), request.params.id)),
    }),
  );

  r.post(
    '/api/backoffice/offers/:id/close',
    {
      preHandler: operator,
      schema: {
        tags,
        summary:
          'Close applications before the deadline (freezes the ranking, draws the shortlist)',
        params: offerIdParams,
        response: { 200: backofficeRoundResponse },
      },
    },
    async (request) => ({
      round: await roundView(
        await closeOfferEarly(deps, currentUser(request).id, request.params.id),
      ),
    }),
  );

  r.get(
    '/api/backoffice/offers/:id/ranking',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'The ranking frozen at closing: inputs, rule version and seal',
        params: offerIdParams,
        response: { 200: rankingAuditResponse },
      },
    },
    async (request) => {
      const round = await roundOfOffer(request.params.id);
      const snapshot = await findSnapshot(db, round.id);
      if (!snapshot) throw new AppError('ranking.snapshot_not_found');
      const { ruleVersion, ruleParams, referenceDate, digest, createdAt, entries } = snapshot;
      return {
        round: await roundView(round),
        snapshot: { ruleVersion, ruleParams, referenceDate, digest, createdAt, entries },
      };
    },
  );

  r.post(
    '/api/backoffice/offers/:id/ranking/replay',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Replay the frozen ranking from its stored inputs and rule (audit)',
        params: offerIdParams,
        response: { 200: rankingReplayResponse },
      },
    },
    async (request) => {
      const round = await roundOfOffer(request.params.id);
      const snapshot = await findSnapshot(db, round.id);
      if (!snapshot) throw new AppError('ranking.snapshot_not_found');
      const result = await replaySnapshot(db, snapshot);
      await audit(db, {
        action: 'ranking.replayed',
        actorUserId: currentUser(request).id,
        ip: request.ip,
        details: {
          roundId: round.id,
          identical: result.identical,
          identicalFromSources: result.identicalFromSources,
        },
      });
      return result;
    },
  );

  r.get(
    '/api/backoffice/ranking-rules',
    {
      preHandler: operator,
      schema: {
        tags,
        summary: 'Every version of the ranking rule, the one in force first',
        response: { 200: rankingRulesResponse },
      },
    },
    async () => ({ rules: await listRules(db) }),
  );

  r.post(
    '/api/backoffice/ranking-rules',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Store a new version of the ranking rule (administrators)',
        body: rankingRuleBody,
        response: { 201: rankingRuleResponse },
      },
    },
    async (request, reply) => {
      const rule = await changeRankingRule(deps, currentUser(request), request.body, request.ip);
      return reply.status(201).send({ rule });
    },
  );
}
