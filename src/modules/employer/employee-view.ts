import {
  visibleEmployeeData,
  type VisibleEmployeeData,
} from '../../domain/applicant-file/consent.js';
import { areCriteriaMet, type CriterionResult } from '../../domain/companies/criteria.js';
import type { HousingPolicy } from '../../domain/companies/policy.js';
import type { Queryable } from '../../db/database.js';
import { AppError } from '../../server/errors.js';
import { codeUsedByFile } from '../access-codes/access-code.repo.js';
import { toEmployeeFileData } from '../applicant-file/employee-data.js';
import { fileHistory, type FileRow } from '../applicant-file/file.repo.js';
import { criteriaForFile } from '../companies/employee-criteria.js';

/** The criteria part of a policy. */
export type Criteria = Pick<HousingPolicy, 'minSeniorityMonths' | 'contractTypes' | 'workplaces'>;

/** An employee's file as the company may see it. */
export type EmployeeFileView = {
  id: string;
  status: FileRow['status'];
  consent: 'limited' | 'full';
  submittedAt: Date | null;
  data: VisibleEmployeeData;
  companyStep: {
    staffNumber: string | null;
    hiredAt: string | null;
    permanentTempContract: boolean | null;
  };
  criteria: CriterionResult[];
  criteriaMet: boolean;
  accessCode: {
    issuedTo: { firstName: string; lastName: string; email: string };
    namesMatch: boolean;
    usedAt: Date | null;
  } | null;
};

const plain = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * The file as its company may see it: only what the consent level allows (the shared projection),
 * what the employee entered for the company, the company's criteria checked on it, and the access
 * code it was attached with. An anonymous file is "not found".
 */
export async function employeeFileView(
  q: Queryable,
  file: FileRow,
  email: string,
  criteria: Criteria,
  now: Date,
): Promise<EmployeeFileView> {
  const consent = file.consent;
  const data = consent ? visibleEmployeeData(consent, toEmployeeFileData(file, { email })) : null;
  if (!data || (consent !== 'limited' && consent !== 'full'))
    throw new AppError('company.not_found');
  const results = criteriaForFile(criteria, file, now);
  const code = await codeUsedByFile(q, file.id);
  return {
    id: file.id,
    status: file.status,
    consent,
    submittedAt: file.submittedAt,
    data,
    companyStep: {
      staffNumber: file.staffNumber,
      hiredAt: file.hiredAt,
      permanentTempContract: file.permanentTempContract,
    },
    criteria: results,
    criteriaMet: areCriteriaMet(results),
    accessCode:
      code && code.companyId === file.companyId
        ? {
            issuedTo: { firstName: code.firstName, lastName: code.lastName, email: code.email },
            namesMatch:
              plain(code.lastName) === plain(data.lastName) &&
              plain(code.firstName) === plain(data.firstName),
            usedAt: code.usedAt,
          }
        : null,
  };
}

/**
 * The detail adds the file's history. The candidacies of a full-consent file are served (and
 * audited) by the candidacies module: `GET /api/employer/files/:id/candidacies`.
 */
export async function employeeFileDetail(
  q: Queryable,
  file: FileRow,
  email: string,
  criteria: Criteria,
  now: Date,
) {
  const view = await employeeFileView(q, file, email, criteria, now);
  const history = await fileHistory(q, file.id);
  return {
    ...view,
    history: history.map((h) => ({
      event: h.event,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      createdAt: h.createdAt,
    })),
  };
}

/** Whether the names the company may see contain the searched text (accents and case ignored). */
export function matchesSearch(view: EmployeeFileView, text: string | undefined): boolean {
  if (!text) return true;
  const needle = plain(text);
  return (
    plain(`${view.data.firstName} ${view.data.lastName}`).includes(needle) ||
    plain(`${view.data.lastName} ${view.data.firstName}`).includes(needle)
  );
}
