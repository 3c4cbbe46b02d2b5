import {
  canonicalPolicy,
  isSamePolicy,
  policyProblems,
  type HousingPolicy,
} from '../../../domain/companies/policy.js';
import { audit } from '../../../server/audit.js';
import type { AppDeps, RequestMeta, SessionUser } from '../../../server/context.js';
import { AppError } from '../../../server/errors.js';
import { findCompanyById, latestPolicyVersion, writePolicyVersion } from '../company.repo.js';
import { currentPolicy, housingPolicyOf, maxPolicyPoints, type CurrentPolicy } from '../policy.js';

/**
 * An HR administrator saves the company's housing policy: the rules are checked, then a new
 * version is written (date and author) and copied onto the company; saving the same policy again
 * writes nothing. Takes effect for the next company step and the next validation.
 */
export async function savePolicy(
  deps: AppDeps,
  hr: SessionUser,
  input: HousingPolicy,
  meta: RequestMeta,
): Promise<CurrentPolicy> {
  const { db } = deps.database;
  const company = hr.companyId ? await findCompanyById(db, hr.companyId) : null;
  if (!company) throw new AppError('auth.forbidden');
  const policy = canonicalPolicy(input);
  const problems = policyProblems(policy, { maxPriorityPoints: await maxPolicyPoints(db) });
  if (problems.length > 0) throw new AppError('policy.invalid', { fields: problems });
  const current = await currentPolicy(db, company);
  if (current.version > 0 && isSamePolicy(housingPolicyOf(current), policy)) return current;
  const now = deps.clock.now();
  return db.transaction(async (tx) => {
    const latest = await latestPolicyVersion(tx, company.id);
    const row = await writePolicyVersion(tx, {
      companyId: company.id,
      version: (latest?.version ?? 0) + 1,
      policy,
      authorUserId: hr.id,
      now,
    });
    await audit(tx, {
      action: 'policy.changed',
      actorUserId: hr.id,
      ip: meta.ip,
      details: { companyId: company.id, version: row.version },
    });
    return { ...policy, version: row.version, changedAt: row.createdAt, authorUserId: hr.id };
  });
}
