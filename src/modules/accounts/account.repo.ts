import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { accountTokens, companies, landlords, sessions, users } from '../../db/schema/index.js';
import type { TokenPurpose } from '../../domain/accounts/tokens.js';
import type { SessionUser } from '../../server/context.js';

/** A user row as stored. */
export type UserRow = typeof users.$inferSelect;

/** Finds a user by e-mail, case-insensitively. */
export async function findUserByEmail(q: Queryable, email: string): Promise<UserRow | null> {
  const rows = await q
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .limit(1);
  return rows[0] ?? null;
}

/** Finds a user by id. */
export async function findUserById(q: Queryable, id: string): Promise<UserRow | null> {
  const rows = await q.select().from(users).where(eq(users.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Inserts a user and returns it. */
export async function insertUser(
  q: Queryable,
  values: typeof users.$inferInsert,
): Promise<UserRow> {
  const [row] = await q.insert(users).values(values).returning();
  if (!row) throw new Error('insert users returned nothing');
  return row;
}

/** Sets a new password hash; activates the account and marks the e-mail verified when asked. */
export async function setPassword(
  q: Queryable,
  userId: string,
  passwordHash: string,
  now: Date,
  options: { activate: boolean },
): Promise<void> {
  await q
    .update(users)
    .set({
      passwordHash,
      mustChangePassword: false,
      updatedAt: now,
      ...(options.activate ? { status: 'active' as const, emailVerifiedAt: now } : {}),
    })
    .where(eq(users.id, userId));
}

/** Stores a new single-use token (only its hash). */
export async function insertToken(
  q: Queryable,
  values: { userId: string; purpose: TokenPurpose; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await q.insert(accountTokens).values(values);
}

/** A token row with its owner's e-mail. */
export type TokenWithUser = typeof accountTokens.$inferSelect & { email: string };

/** Looks a token up by its hash. */
export async function findToken(q: Queryable, tokenHash: string): Promise<TokenWithUser | null> {
  const rows = await q
    .select({ token: accountTokens, email: users.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(eq(accountTokens.tokenHash, tokenHash))
    .limit(1);
  const row = rows[0];
  return row ? { ...row.token, email: row.email } : null;
}

/** Marks a token used; false when another request used it first (single use under concurrency). */
export async function consumeToken(q: Queryable, tokenId: string, now: Date): Promise<boolean> {
  const rows = await q
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.id, tokenId), isNull(accountTokens.usedAt)))
    .returning({ id: accountTokens.id });
  return rows.length === 1;
}

/** Retires every unused token of a purpose (a new link replaces the old ones). */
export async function retireTokens(
  q: Queryable,
  userId: string,
  purposes: TokenPurpose[],
  now: Date,
): Promise<void> {
  for (const purpose of purposes) {
    await q
      .update(accountTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(accountTokens.userId, userId),
          eq(accountTokens.purpose, purpose),
          isNull(accountTokens.usedAt),
        ),
      );
  }
}

/** Creates a session row. */
export async function insertSession(
  q: Queryable,
  values: typeof sessions.$inferInsert,
): Promise<void> {
  await q.insert(sessions).values(values);
}

/** Deletes one session. */
export async function deleteSession(q: Queryable, sessionId: string): Promise<void> {
  await q.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Deletes every session of a user but one (or all when `keep` is null). */
export async function deleteSessionsOfUser(
  q: Queryable,
  userId: string,
  keep: string | null,
): Promise<void> {
  await q
    .delete(sessions)
    .where(
      keep
        ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${keep}`)
        : eq(sessions.userId, userId),
    );
}

/** Loads the user of a live session, sliding its expiry forward; null when absent or expired. */
export async function loadSessionUser(
  q: Queryable,
  sessionId: string,
  now: Date,
  ttlMs: number,
): Promise<SessionUser | null> {
  const rows = await q
    .select({
      user: users,
      companyName: companies.name,
      landlordName: landlords.name,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(companies, eq(companies.id, users.companyId))
    .leftJoin(landlords, eq(landlords.id, users.landlordId))
    .where(eq(sessions.id, sessionId))
    .limit(1);
  const row = rows[0];
  if (!row || row.expiresAt <= now || row.user.status !== 'active') return null;
  if (now.getTime() - row.lastSeenAt.getTime() > 5 * 60_000) {
    await q
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlMs) })
      .where(eq(sessions.id, sessionId));
  }
  return toSessionUser(row.user, row.companyName, row.landlordName);
}

/** The public shape of a user for the session. */
export function toSessionUser(
  user: UserRow,
  companyName: string | null,
  landlordName: string | null,
): SessionUser {
  return {
    id: user.id,
    email: user.email,
    role: user.role,
    isAdmin: user.isAdmin,
    civility: user.civility,
    firstName: user.firstName,
    lastName: user.lastName,
    mustChangePassword: user.mustChangePassword,
    locale: user.locale,
    companyId: user.companyId,
    companyName,
    landlordId: user.landlordId,
    landlordName,
  };
}
