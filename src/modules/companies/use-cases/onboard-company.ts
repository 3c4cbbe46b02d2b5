import { randomBytes } from 'node:crypto';
import type { CompanySector, SizeBand } from '../../../domain/companies/eligibility.js';
import { generateCompanyCode } from '../../../domain/companies/company-code.js';
import { DEFAULT_POLICY } from '../../../domain/companies/policy.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError, type ErrorCode, type FieldProblem } from '../../../server/errors.js';
import { findUserByEmail } from '../../accounts/account.repo.js';
import { inviteStaffUser } from '../../staff/use-cases/create-staff-user.js';
import {
  insertCompany,
  isCodeTaken,
  isSirenTaken,
  type CompanyRow,
  writePolicyVersion,
} from '../company.repo.js';
import { assertEligible, assertIdentifiers, uniqueSirets } from './company-rules.js';

/** An HR user to invite. */
export type HrUserInput = {
  civility: 'mme' | 'm' | null;
  firstName: string;
  lastName: string;
  email: string;
  isAdmin: boolean;
};

/** What the back office types to onboard a company. */
export type OnboardCompanyInput = {
  name: string;
  siren: string;
  sirets: string[];
  sizeBand: SizeBand;
  sector: CompanySector;
  isTempAgency: boolean;
  hrUsers: HrUserInput[];
};

/** The outcome of one invitation. */
export type InvitationResult = {
  email: string;
  status: 'invited' | 'failed';
  error: ErrorCode | null;
};

/** A company code no other company has (a few tries; a collision is one in millions). */
async function freshCompanyCode(deps: AppDeps, name: string): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const code = generateCompanyCode(name, randomBytes(5));
    if (!(await isCodeTaken(deps.database.db, code))) return code;
  }
  throw new Error('could not draw a free company code');
}

/** Refuses HR e-mails given twice or already used by an account, before anything is written. */
async function assertHrEmailsFree(deps: AppDeps, hrUsers: HrUserInput[]): Promise<void> {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const [i, hr] of hrUsers.entries()) {
    const key = hr.email.trim().toLowerCase();
    if (seen.has(key) || (await findUserByEmail(deps.database.db, key)))
      problems.push({ path: `hrUsers.${i}.email`, code: 'field.invalid' });
    seen.add(key);
  }
  if (problems.length > 0) throw new AppError('account.email_taken', { fields: problems });
}

/** Invites HR users of a company one by one (each in its own transaction, as inviteStaffUser does). */
export async function inviteHrUsers(
  deps: AppDeps,
  operator: SessionUser,
  companyId: string,
  hrUsers: HrUserInput[],
  meta: RequestMeta,
): Promise<InvitationResult[]> {
  const results: InvitationResult[] = [];
  for (const hr of hrUsers) {
    try {
      await inviteStaffUser(deps, operator, { role: 'employer', companyId, ...hr }, meta);
      results.push({ email: hr.email, status: 'invited', error: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ email: hr.email, status: 'failed', error: error.code });
    }
  }
  return results;
}

/**
 * Onboards a company: identifiers checked (Luhn, SIRETs of the SIREN), sector and size checked
 * against the eligibility rule, a company code drawn, the default policy written as version 1,
 * then the HR users invited by e-mail.
 */
export async function onboardCompany(
  deps: AppDeps,
  operator: SessionUser,
  input: OnboardCompanyInput,
  meta: RequestMeta,
): Promise<{ company: CompanyRow; invitations: InvitationResult[] }> {
  const sirets = uniqueSirets(input.sirets);
  assertIdentifiers(input.siren, sirets);
  assertEligible(input);
  if (await isSirenTaken(deps.database.db, input.siren))
    throw new AppError('company.siren_taken', {
      fields: [{ path: 'siren', code: 'field.invalid' }],
    });
  await assertHrEmailsFree(deps, input.hrUsers);
  const code = await freshCompanyCode(deps, input.name);
  const now = deps.clock.now();
  const company = await deps.database.db.transaction(async (tx) => {
    const created = await insertCompany(tx, {
      name: input.name,
      siren: input.siren,
      sirets,
      code,
      sizeBand: input.sizeBand,
      sector: input.sector,
      isTempAgency: input.isTempAgency,
      createdByUserId: operator.id,
      createdAt: now,
      updatedAt: now,
    });
    await writePolicyVersion(tx, {
      companyId: created.id,
      version: 1,
      policy: DEFAULT_POLICY,
      authorUserId: operator.id,
      now,
    });
    await audit(tx, {
      action: 'company.created',
      actorUserId: operator.id,
      ip: meta.ip,
      details: { companyId: created.id, siren: input.siren },
    });
    return created;
  });
  const invitations = await inviteHrUsers(deps, operator, company.id, input.hrUsers, meta);
  return { company, invitations };
}
