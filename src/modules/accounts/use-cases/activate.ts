import {
  tokenStatus,
  type TokenPurpose,
  type TokenStatus,
} from '../../../domain/accounts/tokens.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { hashPassword } from '../../../server/security/passwords.js';
import { hashSecret } from '../../../server/security/tokens.js';
import {
  consumeToken,
  deleteSessionsOfUser,
  findToken,
  setPassword,
  type TokenWithUser,
} from '../account.repo.js';
import { assertAcceptablePassword } from '../password-rules.js';

/** What the page behind an e-mailed link needs to know before showing its form. */
export type TokenInspection = {
  purpose: TokenPurpose | null;
  status: TokenStatus;
  email: string | null;
};

/** Tells whether an e-mailed link is still usable, without consuming it. */
export async function inspectToken(deps: AppDeps, secret: string): Promise<TokenInspection> {
  const token = await findToken(deps.database.db, hashSecret(secret));
  const status = tokenStatus(token, deps.clock.now());
  return {
    purpose: token?.purpose ?? null,
    status,
    email: status === 'valid' && token ? token.email : null,
  };
}

/** Input of the pages that set a password from an e-mailed link. */
export type SetPasswordInput = { token: string; password: string; passwordConfirmation: string };

async function usableToken(
  deps: AppDeps,
  secret: string,
  purposes: TokenPurpose[],
): Promise<TokenWithUser> {
  const token = await findToken(deps.database.db, hashSecret(secret));
  const status = tokenStatus(token, deps.clock.now());
  if (!token || status === 'invalid' || !purposes.includes(token.purpose))
    throw new AppError('token.invalid');
  if (status === 'used') throw new AppError('token.used');
  if (status === 'expired') throw new AppError('token.expired');
  return token;
}

/**
 * Sets the password from an e-mailed link: activation of a new account or invitation of a staff
 * member ("Mise à jour du mot de passe"), or a password reset (which also closes every session).
 */
export async function setPasswordFromLink(
  deps: AppDeps,
  input: SetPasswordInput,
  kind: 'activation' | 'reset',
  meta: RequestMeta,
): Promise<{ email: string }> {
  const purposes: TokenPurpose[] =
    kind === 'activation' ? ['activation', 'invitation'] : ['password_reset'];
  const token = await usableToken(deps, input.token, purposes);
  assertAcceptablePassword(
    {
      password: input.password,
      confirmation: input.passwordConfirmation,
      email: token.email,
      passwordField: 'password',
      confirmationField: 'passwordConfirmation',
    },
    deps.commonPasswords,
  );
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    if (!(await consumeToken(tx, token.id, now))) throw new AppError('token.used');
    await setPassword(tx, token.userId, passwordHash, now, { activate: true });
    if (kind === 'reset') {
      await deleteSessionsOfUser(tx, token.userId, null);
      await deps.jobs.enqueue(tx, 'mail.send', {
        to: token.email,
        locale: meta.locale,
        template: 'password_changed',
      });
    }
    await audit(tx, {
      action: kind === 'reset' ? 'password.reset' : 'account.activated',
      actorUserId: token.userId,
      subjectUserId: token.userId,
      ip: meta.ip,
    });
  });
  return { email: token.email };
}
