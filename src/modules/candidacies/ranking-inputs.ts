import { desc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { companyPolicyVersions } from '../../db/schema/index.js';
import { prioritySituationsOf } from '../../domain/candidacies/priority.js';
import type { CompanyPolicyInput, RankingInputs } from '../../domain/candidacies/ranking.js';
import type { FileRow } from '../applicant-file/file.repo.js';

/**
 * What the employer's housing policy grants the file: the priority points of the company's latest
 * policy version, only when the file is attached to a company and not anonymous (an anonymous
 * employee gets no company housing policy, DOMAIN.md §6).
 */
export async function companyPolicyInputOf(
  q: Queryable,
  file: Pick<FileRow, 'companyId' | 'consent'>,
): Promise<CompanyPolicyInput | null> {
  if (!file.companyId || (file.consent !== 'limited' && file.consent !== 'full')) return null;
  const [policy] = await q
    .select({
      version: companyPolicyVersions.version,
      points: companyPolicyVersions.priorityPoints,
    })
    .from(companyPolicyVersions)
    .where(eq(companyPolicyVersions.companyId, file.companyId))
    .orderBy(desc(companyPolicyVersions.version))
    .limit(1);
  if (!policy) return null;
  return { companyId: file.companyId, policyVersion: policy.version, points: policy.points };
}

/** The stored inputs of a new candidacy's score, read from the file when the applicant applies. */
export async function rankingInputsOf(q: Queryable, file: FileRow): Promise<RankingInputs> {
  return {
    prioritySituations: prioritySituationsOf(file.snapshot),
    filedAt: file.snapshot.filedAt,
    companyPolicy: await companyPolicyInputOf(q, file),
  };
}
