import { and, eq, ne, sql } from 'drizzle-orm';
import { candidacies, offerRounds } from '../../../db/schema/candidacies.js';
import {
  scoreOf,
  type RankingRule,
  type RankingRuleParams,
} from '../../../domain/candidacies/ranking.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { isUniqueViolation } from '../../applicant-file/use-cases/import.js';
import { currentRule, insertRule } from '../ranking.repo.js';
import { touchRound } from '../round.repo.js';

/**
 * An operator administrator stores a new version of the ranking rule (the former ones are kept).
 * `expectedVersion` is the version the editor started from: a concurrent change is refused. The
 * live rankings of open offers are rescored by a job; frozen rankings keep the rule they used.
 */
export async function changeRankingRule(
  deps: AppDeps,
  admin: SessionUser,
  input: { expectedVersion: number; params: RankingRuleParams; comment: string },
  ip: string,
): Promise<RankingRule> {
  const { db } = deps.database;
  const now = deps.clock.now();
  try {
    return await db.transaction(async (tx) => {
      const current = await currentRule(tx);
      if (current.version !== input.expectedVersion) throw new AppError('ranking.rule_conflict');
      const rule = await insertRule(
        tx,
        {
          previous: current.version,
          params: input.params,
          comment: input.comment,
          authorUserId: admin.id,
        },
        now,
      );
      await audit(tx, {
        action: 'ranking.rule_changed',
        actorUserId: admin.id,
        ip,
        details: { version: rule.version, comment: input.comment },
      });
      await deps.jobs.enqueue(tx, 'candidacy.rescore', { ruleVersion: rule.version });
      return rule;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'ranking_rules_pkey')) throw new AppError('ranking.rule_conflict');
    throw error;
  }
}

/** Rescores, batch by batch, the candidacies of open rounds scored with another rule; returns how many. */
export async function rescoreOpenRounds(
  deps: AppDeps,
  ruleVersion: number,
  batchSize = 500,
): Promise<number> {
  const { db } = deps.database;
  let done = 0;
  for (;;) {
    const moved = await db.transaction(async (tx) => {
      const rule = await currentRule(tx);
      if (rule.version !== ruleVersion) return 0; // a newer rule was stored: its own job takes over
      const rows = await tx
        .select({
          id: candidacies.id,
          roundId: candidacies.roundId,
          inputs: candidacies.inputs,
          referenceDate: offerRounds.referenceDate,
        })
        .from(candidacies)
        .innerJoin(offerRounds, eq(offerRounds.id, candidacies.roundId))
        .where(
          and(
            eq(candidacies.status, 'applied'),
            eq(offerRounds.status, 'published'),
            ne(candidacies.ruleVersion, ruleVersion),
          ),
        )
        .limit(batchSize);
      for (const row of rows) {
        const score = scoreOf(row.inputs, rule.params, row.referenceDate);
        await tx
          .update(candidacies)
          .set({
            score: score.total,
            reasons: score.reasons,
            ruleVersion,
            updatedAt: sql`${candidacies.updatedAt}`,
          })
          .where(and(eq(candidacies.id, row.id), eq(candidacies.status, 'applied')));
      }
      for (const roundId of new Set(rows.map((r) => r.roundId)))
        await touchRound(tx, roundId, deps.clock.now());
      return rows.length;
    });
    done += moved;
    if (moved < batchSize) return done;
  }
}
