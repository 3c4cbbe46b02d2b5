import type { Queryable } from '../../db/database.js';
import type { AppDeps } from '../../server/context.js';
import type { Locale } from '../../server/i18n/index.js';
import type { UserRow } from './account.repo.js';
import { tokenLink } from './links.js';
import { tokenExpiry, type TokenPurpose } from '../../domain/accounts/tokens.js';
import { hashSecret, newSecret } from '../../server/security/tokens.js';
import { insertToken, retireTokens } from './account.repo.js';

/** Replaces the user's live tokens of this purpose with a new one and returns its secret. */
export async function issueToken(
  q: Queryable,
  userId: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<string> {
  await retireTokens(q, userId, [purpose], now);
  const secret = newSecret();
  await insertToken(q, {
    userId,
    purpose,
    tokenHash: hashSecret(secret),
    expiresAt: tokenExpiry(purpose, now),
  });
  return secret;
}

/**
 * E-mails a fresh link to set the first password of a pending account: the activation link
 * ("Demande d'accès") for an applicant, the invitation for a staff member.
 */
export async function sendAccessLink(
  deps: AppDeps,
  q: Queryable,
  user: Pick<UserRow, 'id' | 'email' | 'role'>,
  locale: Locale,
  now: Date,
): Promise<void> {
  const purpose = user.role === 'applicant' ? 'activation' : 'invitation';
  const link = tokenLink(
    deps.config.PUBLIC_URL,
    purpose,
    await issueToken(q, user.id, purpose, now),
  );
  await deps.jobs.enqueue(
    q,
    'mail.send',
    user.role === 'applicant'
      ? { to: user.email, locale, template: 'activation', link }
      : { to: user.email, locale, template: 'invitation', link, portal: user.role },
  );
}
