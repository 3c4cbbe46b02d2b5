import type { Queryable } from '../../db/database.js';
import { hrUsersOf, policyVersions, type CompanyRow } from './company.repo.js';
import {
  currentPolicy,
  housingPolicyOf,
  maxPolicyPoints,
  policyOfVersion,
  type CurrentPolicy,
} from './policy.js';

/** A policy as the API shows it. */
export function toPolicyView(policy: CurrentPolicy) {
  return { ...housingPolicyOf(policy), version: policy.version, changedAt: policy.changedAt };
}

/** A company with its current policy and its HR users (back office and its own HR). */
export async function toCompanyView(q: Queryable, company: CompanyRow) {
  return {
    id: company.id,
    name: company.name,
    siren: company.siren,
    sirets: company.sirets,
    code: company.code,
    sizeBand: company.sizeBand,
    sector: company.sector,
    isTempAgency: company.isTempAgency,
    createdAt: company.createdAt,
    updatedAt: company.updatedAt,
    policy: toPolicyView(await currentPolicy(q, company)),
    maxPriorityPoints: await maxPolicyPoints(q),
    hrUsers: await hrUsersOf(q, company.id),
  };
}

/** Every version of a company's policy, newest first, with its author. */
export async function policyHistory(q: Queryable, company: CompanyRow) {
  const rows = await policyVersions(q, company.id);
  if (rows.length === 0)
    return [{ ...toPolicyView(await currentPolicy(q, company)), author: null }];
  return rows.map((r) => ({
    ...policyOfVersion(r.version),
    version: r.version.version,
    changedAt: r.version.createdAt,
    author:
      r.authorFirstName !== null && r.authorLastName !== null
        ? { firstName: r.authorFirstName, lastName: r.authorLastName }
        : null,
  }));
}
