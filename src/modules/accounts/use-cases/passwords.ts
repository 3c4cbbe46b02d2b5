import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { hashPassword, verifyPassword } from '../../../server/security/passwords.js';
import {
  deleteSessionsOfUser,
  findUserByEmail,
  findUserById,
  loadSessionUser,
  setPassword,
} from '../account.repo.js';
import { issueToken, sendAccessLink } from '../issue-token.js';
import { tokenLink } from '../links.js';
import { assertAcceptablePassword } from '../password-rules.js';
import { assertNotThrottled, recordAttempt } from '../throttle.repo.js';

/**
 * "Mot de passe oublié ?": e-mails a single-use reset link to an active account (or a new
 * activation link to a pending one). Always the same answer, whatever the address.
 */
export async function requestPasswordReset(
  deps: AppDeps,
  emailInput: string,
  meta: RequestMeta,
): Promise<void> {
  const now = deps.clock.now();
  const email = emailInput.trim();
  const throttleKey = `reset:${email.toLowerCase()}`;
  const { db } = deps.database;
  await assertNotThrottled(db, throttleKey, now, 'rate.too_many_requests');
  await db.transaction(async (tx) => {
    await recordAttempt(tx, throttleKey, now);
    const user = await findUserByEmail(tx, email);
    if (!user || user.status === 'disabled') return;
    if (user.status === 'pending') {
      await sendAccessLink(deps, tx, user, meta.locale, now);
      return;
    }
    const secret = await issueToken(tx, user.id, 'password_reset', now);
    await audit(tx, { action: 'password.reset_requested', subjectUserId: user.id, ip: meta.ip });
    await deps.jobs.enqueue(tx, 'mail.send', {
      to: user.email,
      locale: meta.locale,
      template: 'password_reset',
      link: tokenLink(deps.config.PUBLIC_URL, 'password_reset', secret),
    });
  });
}

/** Changes the password of the logged-in user (forced at a staff member's first login). */
export async function changePassword(
  deps: AppDeps,
  current: { user: SessionUser; sessionId: string },
  input: { currentPassword: string; newPassword: string; newPasswordConfirmation: string },
  meta: RequestMeta,
): Promise<SessionUser> {
  const { db } = deps.database;
  const user = await findUserById(db, current.user.id);
  if (!user) throw new AppError('auth.required');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('auth.invalid_current_password', {
      fields: [{ path: 'currentPassword', code: 'field.invalid' }],
    });
  }
  assertAcceptablePassword(
    {
      password: input.newPassword,
      confirmation: input.newPasswordConfirmation,
      email: user.email,
      passwordField: 'newPassword',
      confirmationField: 'newPasswordConfirmation',
    },
    deps.commonPasswords,
  );
  const passwordHash = await hashPassword(input.newPassword);
  const now = deps.clock.now();
  const ttlMs = deps.config.SESSION_TTL_HOURS * 3600_000;
  const updated = await db.transaction(async (tx) => {
    await setPassword(tx, user.id, passwordHash, now, { activate: false });
    await deleteSessionsOfUser(tx, user.id, current.sessionId);
    await audit(tx, {
      action: 'password.changed',
      actorUserId: user.id,
      subjectUserId: user.id,
      ip: meta.ip,
    });
    await deps.jobs.enqueue(tx, 'mail.send', {
      to: user.email,
      locale: meta.locale,
      template: 'password_changed',
    });
    return loadSessionUser(tx, current.sessionId, now, ttlMs);
  });
  if (!updated) throw new AppError('auth.required');
  return updated;
}
