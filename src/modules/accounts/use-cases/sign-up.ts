import { normalizeFrenchMobile } from '../../../domain/accounts/phone.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta } from '../../../server/context.js';
import { invalidFields } from '../../../server/errors.js';
import { findUserByEmail, insertUser } from '../account.repo.js';
import { issueToken, sendAccessLink } from '../issue-token.js';
import { loginLink, tokenLink } from '../links.js';
import { assertNotThrottled, recordAttempt } from '../throttle.repo.js';

/** What the "Création de compte" form sends. */
export type SignUpInput = {
  civility: 'mme' | 'm';
  birthName: string;
  firstName: string;
  mobilePhone: string;
  email: string;
  acceptsDataUse: boolean;
};

/**
 * Creates a pending applicant account and e-mails the activation link ("Demande d'accès").
 * The answer is the same whether or not the address already has an account (no enumeration):
 * the owner of an existing account gets an e-mail telling them so instead.
 */
export async function signUp(
  deps: AppDeps,
  input: SignUpInput,
  meta: RequestMeta,
): Promise<{ email: string }> {
  const phone = normalizeFrenchMobile(input.mobilePhone);
  if (!phone.ok) throw invalidFields([{ path: 'mobilePhone', code: `phone.${phone.reason}` }]);
  const now = deps.clock.now();
  const email = input.email.trim();
  const throttleKey = `signup:${email.toLowerCase()}`;
  const { db } = deps.database;
  await assertNotThrottled(db, throttleKey, now, 'rate.too_many_requests');
  await db.transaction(async (tx) => {
    await recordAttempt(tx, throttleKey, now);
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      if (existing.status === 'pending') {
        await sendAccessLink(deps, tx, existing, meta.locale, now);
      } else {
        await deps.jobs.enqueue(tx, 'mail.send', {
          to: existing.email,
          locale: meta.locale,
          template: 'account_exists',
          loginLink: loginLink(deps.config.PUBLIC_URL),
        });
      }
      return;
    }
    const user = await insertUser(tx, {
      email,
      role: 'applicant',
      civility: input.civility,
      firstName: input.firstName.trim(),
      lastName: input.birthName.trim(),
      mobilePhone: phone.e164,
      status: 'pending',
      locale: meta.locale,
      dataUseAcceptedAt: now,
    });
    const secret = await issueToken(tx, user.id, 'activation', now);
    await audit(tx, {
      action: 'account.created',
      subjectUserId: user.id,
      actorUserId: user.id,
      ip: meta.ip,
    });
    await deps.jobs.enqueue(tx, 'mail.send', {
      to: email,
      locale: meta.locale,
      template: 'activation',
      link: tokenLink(deps.config.PUBLIC_URL, 'activation', secret),
    });
  });
  return { email };
}

/** Sends a new activation link to a pending account; silently does nothing otherwise. */
export async function resendActivation(
  deps: AppDeps,
  emailInput: string,
  meta: RequestMeta,
): Promise<void> {
  const now = deps.clock.now();
  const email = emailInput.trim();
  const throttleKey = `link:${email.toLowerCase()}`;
  const { db } = deps.database;
  await assertNotThrottled(db, throttleKey, now, 'rate.too_many_requests');
  await db.transaction(async (tx) => {
    await recordAttempt(tx, throttleKey, now);
    const user = await findUserByEmail(tx, email);
    if (user?.status === 'pending') await sendAccessLink(deps, tx, user, meta.locale, now);
  });
}
