import type { Queryable } from '../../../db/database.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta } from '../../../server/context.js';
import { AppError, invalidFields } from '../../../server/errors.js';
import { hashPassword } from '../../../server/security/passwords.js';
import { findUserByEmail, insertUser, type UserRow } from '../../accounts/account.repo.js';
import { issueToken } from '../../accounts/issue-token.js';
import { tokenLink } from '../../accounts/links.js';
import { assertAcceptablePassword } from '../../accounts/password-rules.js';
import { companyExists, landlordExists } from '../staff.repo.js';

/** A staff account to open in one of the three professional portals. */
export type StaffUserInput = {
  role: 'employer' | 'operator' | 'landlord';
  civility: 'mme' | 'm' | null;
  firstName: string;
  lastName: string;
  email: string;
  isAdmin: boolean;
  companyId?: string | undefined;
  landlordId?: string | undefined;
};

async function assertLinks(q: Queryable, input: StaffUserInput): Promise<void> {
  if (
    input.role === 'employer' &&
    !(input.companyId && (await companyExists(q, input.companyId)))
  ) {
    throw invalidFields([
      { path: 'companyId', code: input.companyId ? 'field.invalid_choice' : 'field.required' },
    ]);
  }
  if (
    input.role === 'landlord' &&
    !(input.landlordId && (await landlordExists(q, input.landlordId)))
  ) {
    throw invalidFields([
      { path: 'landlordId', code: input.landlordId ? 'field.invalid_choice' : 'field.required' },
    ]);
  }
}

function rowValues(input: StaffUserInput) {
  return {
    email: input.email.trim(),
    role: input.role,
    isAdmin: input.isAdmin,
    civility: input.civility,
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    companyId: input.role === 'employer' ? (input.companyId ?? null) : null,
    landlordId: input.role === 'landlord' ? (input.landlordId ?? null) : null,
  };
}

/**
 * Opens a staff account from the back office: the person receives an invitation e-mail with a
 * link (valid 7 days) to choose their own password; no password ever travels by e-mail.
 */
export async function inviteStaffUser(
  deps: AppDeps,
  admin: { id: string },
  input: StaffUserInput,
  meta: RequestMeta,
): Promise<UserRow> {
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await assertLinks(tx, input);
    if (await findUserByEmail(tx, input.email)) throw new AppError('account.email_taken');
    const user = await insertUser(tx, { ...rowValues(input), status: 'pending' });
    const secret = await issueToken(tx, user.id, 'invitation', now);
    await audit(tx, {
      action: 'staff.created',
      actorUserId: admin.id,
      subjectUserId: user.id,
      ip: meta.ip,
      details: { role: input.role },
    });
    await deps.jobs.enqueue(tx, 'mail.send', {
      to: user.email,
      locale: meta.locale,
      template: 'invitation',
      portal: input.role,
      link: tokenLink(deps.config.PUBLIC_URL, 'invitation', secret),
    });
    return user;
  });
}

/**
 * Opens a staff account with an initial password (command line and demo seed). Unless told
 * otherwise the person must change it at first login.
 */
export async function createStaffUserWithPassword(
  q: Queryable,
  input: StaffUserInput & { password: string; mustChangePassword: boolean },
  commonPasswords: ReadonlySet<string>,
  now: Date,
): Promise<UserRow> {
  assertAcceptablePassword(
    {
      password: input.password,
      confirmation: input.password,
      email: input.email,
      passwordField: 'password',
      confirmationField: 'password',
    },
    commonPasswords,
  );
  await assertLinks(q, input);
  if (await findUserByEmail(q, input.email)) throw new AppError('account.email_taken');
  return insertUser(q, {
    ...rowValues(input),
    status: 'active',
    passwordHash: await hashPassword(input.password),
    mustChangePassword: input.mustChangePassword,
    emailVerifiedAt: now,
  });
}
