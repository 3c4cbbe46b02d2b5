import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { throttles } from '../../db/schema/index.js';
import { effectiveFailures, retryAfterMs } from '../../domain/accounts/backoff.js';
import { AppError, type ErrorCode } from '../../server/errors.js';

/** Refuses the attempt while the key's growing delay has not passed. */
export async function assertNotThrottled(
  q: Queryable,
  key: string,
  now: Date,
  code: Extract<ErrorCode, 'auth.too_many_attempts' | 'rate.too_many_requests'>,
): Promise<void> {
  const rows = await q.select().from(throttles).where(eq(throttles.key, key)).limit(1);
  const row = rows[0];
  if (!row) return;
  const wait = retryAfterMs({ failures: row.failures, lastFailureAt: row.lastFailureAt }, now);
  if (wait > 0) throw new AppError(code, { retryAfterSeconds: Math.ceil(wait / 1000) });
}

/** Counts one more failure (or one more sensitive request) for the key. */
export async function recordAttempt(q: Queryable, key: string, now: Date): Promise<void> {
  const rows = await q.select().from(throttles).where(eq(throttles.key, key)).limit(1);
  const row = rows[0];
  const previous = row
    ? effectiveFailures({ failures: row.failures, lastFailureAt: row.lastFailureAt }, now)
    : 0;
  await q
    .insert(throttles)
    .values({ key, failures: previous + 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: throttles.key,
      set: { failures: sql`${previous + 1}`, lastFailureAt: now },
    });
}

/** Forgets the failures of a key (after a successful login). */
export async function clearThrottle(q: Queryable, key: string): Promise<void> {
  await q.delete(throttles).where(eq(throttles.key, key));
}
