import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { verifyPassword } from '../../../server/security/passwords.js';
import { hashSecret, newSecret } from '../../../server/security/tokens.js';
import { deleteSession, findUserByEmail, insertSession, loadSessionUser } from '../account.repo.js';
import { assertNotThrottled, clearThrottle, recordAttempt } from '../throttle.repo.js';

/** The result of a successful login: the cookie secret and the user. */
export type LoginResult = { sessionSecret: string; user: SessionUser };

/**
 * Checks e-mail and password and opens a new session (a fresh id: sessions rotate at login).
 * Unknown e-mail, wrong password and inactive account all give the same error in the same time;
 * failures per e-mail grow the delay before the next attempt.
 */
export async function login(
  deps: AppDeps,
  input: { email: string; password: string },
  meta: RequestMeta,
  previousSessionId: string | null,
): Promise<LoginResult> {
  const { db } = deps.database;
  const email = input.email.trim();
  const throttleKey = `login:${email.toLowerCase()}`;
  await assertNotThrottled(db, throttleKey, deps.clock.now(), 'auth.too_many_attempts');
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const now = deps.clock.now();
  if (!user || !passwordOk || user.status !== 'active') {
    await db.transaction(async (tx) => {
      await recordAttempt(tx, throttleKey, now);
      await audit(tx, {
        action: 'login.failed',
        subjectUserId: user?.id ?? null,
        ip: meta.ip,
        details: { email },
      });
    });
    throw new AppError('auth.invalid_credentials');
  }
  const sessionSecret = newSecret();
  const sessionId = hashSecret(sessionSecret);
  const ttlMs = deps.config.SESSION_TTL_HOURS * 3600_000;
  const sessionUser = await db.transaction(async (tx) => {
    if (previousSessionId) await deleteSession(tx, previousSessionId);
    await clearThrottle(tx, throttleKey);
    await insertSession(tx, {
      id: sessionId,
      userId: user.id,
      expiresAt: new Date(now.getTime() + ttlMs),
      lastSeenAt: now,
      createdAt: now,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    });
    await audit(tx, {
      action: 'login.succeeded',
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: meta.ip,
    });
    return loadSessionUser(tx, sessionId, now, ttlMs);
  });
  if (!sessionUser) throw new Error('session just created could not be loaded');
  return { sessionSecret, user: sessionUser };
}

/** Closes a session. */
export async function logout(
  deps: AppDeps,
  sessionId: string,
  userId: string,
  meta: RequestMeta,
): Promise<void> {
  await deps.database.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await audit(tx, { action: 'logout', actorUserId: userId, subjectUserId: userId, ip: meta.ip });
  });
}
