import { createHash } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { canonicalJson } from '../../domain/candidacies/canonical-json.js';
import { users } from '../../db/schema/index.js';
import { rankingRules, rankingSnapshots } from '../../db/schema/candidacies.js';
import {
  DEFAULT_RANKING_PARAMS,
  type RankedEntry,
  type RankingRule,
  type RankingRuleParams,
} from '../../domain/candidacies/ranking.js';

/** A stored version of the ranking rule. */
export type RankingRuleRow = typeof rankingRules.$inferSelect;
/** A stored frozen ranking. */
export type SnapshotRow = typeof rankingSnapshots.$inferSelect;

/** The rule in force (version 1, the documented default, is stored the first time it is needed). */
export async function currentRule(q: Queryable): Promise<RankingRule> {
  const [row] = await q.select().from(rankingRules).orderBy(desc(rankingRules.version)).limit(1);
  if (row) return { version: row.version, params: row.params };
  await q
    .insert(rankingRules)
    .values({
      version: 1,
      params: DEFAULT_RANKING_PARAMS,
      comment: 'Règle par défaut (docs/ranking.md)',
    })
    .onConflictDoNothing();
  return currentRule(q);
}

/** One version of the rule, or null. */
export async function findRule(q: Queryable, version: number): Promise<RankingRule | null> {
  const [row] = await q
    .select()
    .from(rankingRules)
    .where(eq(rankingRules.version, version))
    .limit(1);
  return row ? { version: row.version, params: row.params } : null;
}

/** Every version, newest first, with its author's name. */
export async function listRules(q: Queryable) {
  await currentRule(q);
  return q
    .select({
      version: rankingRules.version,
      params: rankingRules.params,
      comment: rankingRules.comment,
      createdAt: rankingRules.createdAt,
      authorName: users.lastName,
      authorFirstName: users.firstName,
    })
    .from(rankingRules)
    .leftJoin(users, eq(users.id, rankingRules.createdByUserId))
    .orderBy(desc(rankingRules.version));
}

/** Stores a new version after `previous` (the primary key refuses two editors racing). */
export async function insertRule(
  q: Queryable,
  input: { previous: number; params: RankingRuleParams; comment: string; authorUserId: string },
  now: Date,
): Promise<RankingRule> {
  const version = input.previous + 1;
  await q.insert(rankingRules).values({
    version,
    params: input.params,
    comment: input.comment,
    createdByUserId: input.authorUserId,
    createdAt: now,
  });
  return { version, params: input.params };
}

/** The digest that seals a frozen ranking: round, rule, reference date and every line. */
export function rankingDigest(input: {
  roundId: string;
  ruleVersion: number;
  ruleParams: RankingRuleParams;
  referenceDate: string;
  entries: readonly RankedEntry[];
}): string {
  const { roundId, ruleVersion, ruleParams, referenceDate, entries } = input;
  const sealed = canonicalJson({ roundId, ruleVersion, ruleParams, referenceDate, entries });
  return createHash('sha256').update(sealed).digest('hex');
}

/** Stores the ranking frozen at closing (once per round: a second call keeps the first). */
export async function saveSnapshot(
  q: Queryable,
  input: {
    roundId: string;
    ruleVersion: number;
    ruleParams: RankingRuleParams;
    referenceDate: string;
    entries: RankedEntry[];
  },
  now: Date,
): Promise<void> {
  await q
    .insert(rankingSnapshots)
    .values({ ...input, digest: rankingDigest(input), createdAt: now })
    .onConflictDoNothing();
}

/** The ranking frozen for a round, or null. */
export async function findSnapshot(q: Queryable, roundId: string): Promise<SnapshotRow | null> {
  const [row] = await q
    .select()
    .from(rankingSnapshots)
    .where(eq(rankingSnapshots.roundId, roundId))
    .limit(1);
  return row ?? null;
}
