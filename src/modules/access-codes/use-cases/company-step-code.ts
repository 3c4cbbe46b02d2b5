import { formatCompanyCode, normalizeCode } from '../../../domain/companies/company-code.js';
import type { AppDeps } from '../../../server/context.js';
import type { FieldProblem } from '../../../server/errors.js';
import {
  findCompany,
  findCompanyByCode,
  type CompanyRow,
  type FileRow,
} from '../../applicant-file/file.repo.js';
import { codeUsedByFile, findAccessCode, type AccessCodeRow } from '../access-code.repo.js';
import { checkAccessCode } from './redeem-code.js';

/** The two codes the company step accepts. */
export type TypedCodes = {
  companyCode?: string | undefined;
  personalAccessCode?: string | undefined;
};

/** The company a typed company code designates, or the field problem (telling the other codes apart). */
async function companyOfCode(
  deps: AppDeps,
  file: FileRow,
  typed: string,
): Promise<{ company: CompanyRow | null; problem: FieldProblem | null }> {
  const company = await findCompanyByCode(deps.database.db, formatCompanyCode(typed));
  if (company) return { company, problem: null };
  // Users confuse the codes (seeds 000 and 001): say which one they typed.
  if (normalizeCode(typed) === normalizeCode(file.personalCode))
    return {
      company: null,
      problem: { path: 'companyCode', code: 'company.code_is_personal_code' },
    };
  if (await findAccessCode(deps.database.db, typed))
    return { company: null, problem: { path: 'companyCode', code: 'company.code_is_access_code' } };
  return { company: null, problem: { path: 'companyCode', code: 'company.code_unknown' } };
}

/**
 * The company the company step links the file to: from the company code, from a personal access
 * code sent by HR (which must be usable and, when both are typed, of the same company), or, when
 * no code is typed again, the company the file was attached to with an access code. Problems are
 * appended to `problems`; the access code to use up on saving is returned.
 */
export async function resolveStepCompany(
  deps: AppDeps,
  file: FileRow,
  input: TypedCodes,
  problems: FieldProblem[],
): Promise<{ company: CompanyRow | null; accessCode: AccessCodeRow | null }> {
  const { db } = deps.database;
  const typedCompanyCode = input.companyCode?.trim() || null;
  const typedAccessCode = input.personalAccessCode?.trim() || null;
  let company: CompanyRow | null = null;
  if (typedCompanyCode) {
    const found = await companyOfCode(deps, file, typedCompanyCode);
    if (found.problem) problems.push(found.problem);
    company = found.company;
  }
  if (typedAccessCode) {
    const checked = await checkAccessCode(db, typedAccessCode, file.id, deps.clock.now());
    if (!checked.ok) {
      problems.push(checked.problem);
      return { company, accessCode: null };
    }
    if (company && company.id !== checked.code.companyId) {
      problems.push({ path: 'personalAccessCode', code: 'access_code.other_company' });
      return { company, accessCode: null };
    }
    return {
      company: company ?? (await findCompany(db, checked.code.companyId)),
      accessCode: checked.code,
    };
  }
  if (!typedCompanyCode && file.companyId) {
    const used = await codeUsedByFile(db, file.id);
    if (used?.companyId === file.companyId)
      return { company: await findCompany(db, file.companyId), accessCode: null };
  }
  return { company, accessCode: null };
}
