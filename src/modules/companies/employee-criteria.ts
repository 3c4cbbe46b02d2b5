import {
  evaluateCriteria,
  type CriterionResult,
  type EmployeeFacts,
} from '../../domain/companies/criteria.js';
import type { HousingPolicy } from '../../domain/companies/policy.js';
import { parisDay } from '../../domain/calendar/working-days.js';
import type { FileRow } from '../applicant-file/file.repo.js';

/** What the company's criteria are checked against: the company step first, then the application. */
export function employeeFacts(file: FileRow): EmployeeFacts {
  const person =
    file.attachTo === 'co_applicant' && file.snapshot.coApplicant
      ? file.snapshot.coApplicant
      : file.snapshot.applicant;
  return {
    hiredAt: file.hiredAt ?? person.professional.hiredAt,
    contractType: person.professional.contractType,
    workplaceInsee: person.professional.workplace?.inseeCode ?? null,
  };
}

/** The company's criteria checked against a file today (Paris date). */
export function criteriaForFile(
  policy: Pick<HousingPolicy, 'minSeniorityMonths' | 'contractTypes' | 'workplaces'>,
  file: FileRow,
  now: Date,
): CriterionResult[] {
  return evaluateCriteria(policy, employeeFacts(file), parisDay(now));
}
