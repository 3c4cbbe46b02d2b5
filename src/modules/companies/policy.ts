import { DEFAULT_POLICY, type HousingPolicy } from '../../domain/companies/policy.js';
import type { Queryable } from '../../db/database.js';
import { currentRule } from '../candidacies/ranking.repo.js';
import {
  findCompanyById,
  latestPolicyVersion,
  type CompanyRow,
  type PolicyVersionRow,
} from './company.repo.js';

/** A company's current policy with its version number (0 for a company whose policy was never edited). */
export type CurrentPolicy = HousingPolicy & {
  version: number;
  changedAt: Date;
  authorUserId: string | null;
};

/** The policy stored in a version row. */
export function policyOfVersion(row: PolicyVersionRow): HousingPolicy {
  return {
    validationRequired: row.validationRequired,
    requiresStaffNumber: row.requiresStaffNumber,
    requiresHiringDate: row.requiresHiringDate,
    allowedConsents: row.allowedConsents,
    minSeniorityMonths: row.minSeniorityMonths,
    contractTypes: row.contractTypes,
    workplaces: row.workplaces,
    priorityPoints: row.priorityPoints,
    employeeNote: row.employeeNote,
  };
}

/**
 * The current policy of a company: its latest version, or, for a company created before policies
 * were versioned, the values of its row with no criteria.
 */
export async function currentPolicy(q: Queryable, company: CompanyRow): Promise<CurrentPolicy> {
  const latest = await latestPolicyVersion(q, company.id);
  if (latest)
    return {
      ...policyOfVersion(latest),
      version: latest.version,
      changedAt: latest.createdAt,
      authorUserId: latest.authorUserId,
    };
  return {
    ...DEFAULT_POLICY,
    validationRequired: company.validationRequired,
    requiresStaffNumber: company.requiresStaffNumber,
    requiresHiringDate: company.requiresHiringDate,
    allowedConsents: company.allowedConsents,
    version: 0,
    changedAt: company.createdAt,
    authorUserId: null,
  };
}

/** The current policy of a company by id (null when the company does not exist). */
export async function currentPolicyOf(
  q: Queryable,
  companyId: string | null,
): Promise<{ company: CompanyRow; policy: CurrentPolicy } | null> {
  if (!companyId) return null;
  const company = await findCompanyById(q, companyId);
  return company ? { company, policy: await currentPolicy(q, company) } : null;
}

/** The policy fields of a current policy (without its version data). */
export function housingPolicyOf(current: CurrentPolicy): HousingPolicy {
  const { version: _version, changedAt: _changedAt, authorUserId: _author, ...policy } = current;
  return policy;
}

/**
 * The most priority points a policy may grant: the cap of the ranking rule in force (points above
 * it would count for nothing), so the policy editor and the ranking share one limit.
 */
export async function maxPolicyPoints(q: Queryable): Promise<number> {
  return (await currentRule(q)).params.companyPolicy.maxPoints;
}
