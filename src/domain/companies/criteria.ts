// The company's eligibility criteria, checked against what the employee's file says: seniority
// from the hiring date (given in the company step, else the registration form's), contract type
// and place of work from the registration form. A criterion whose data is missing is "unknown":
// the employer then has to look at the file before validating.

import { departmentOfCommune, isInseeCode } from '../eligibility/zones.js';
import type { ContractType, HousingPolicy, WorkplaceRule } from './policy.js';

/** The criteria a policy can set. */
export type CriterionKey = 'min_seniority' | 'contract_type' | 'workplace';
/** Whether the employee meets one criterion. */
export type CriterionStatus = 'met' | 'not_met' | 'unknown';
/** The result of one criterion. */
export type CriterionResult = { criterion: CriterionKey; status: CriterionStatus };

/** What the criteria are checked against. */
export type EmployeeFacts = {
  hiredAt: string | null;
  contractType: ContractType | null;
  workplaceInsee: string | null;
};

// Paris, Lyon and Marseille have one INSEE code for the city and one per arrondissement.
const CITIES_WITH_ARRONDISSEMENTS: { city: string; arrondissement: RegExp }[] = [
  { city: '75056', arrondissement: /^751(0[1-9]|1\d|20)$/ },
  { city: '69123', arrondissement: /^6938[1-9]$/ },
  { city: '13055', arrondissement: /^132(0[1-9]|1[0-6])$/ },
];

/** Whole months from one `YYYY-MM-DD` date to another (hired on 15 March: 1 month on 15 April). */
export function completedMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/** Whether a place of work (INSEE code) matches one rule of the policy. */
export function matchesWorkplace(inseeCode: string, rule: WorkplaceRule): boolean {
  if (!isInseeCode(inseeCode)) return false;
  if (rule.kind === 'department') return departmentOfCommune(inseeCode) === rule.code;
  if (rule.inseeCode === inseeCode) return true;
  return CITIES_WITH_ARRONDISSEMENTS.some(
    (c) => c.city === rule.inseeCode && c.arrondissement.test(inseeCode),
  );
}

/** Each criterion the policy sets, with whether the employee meets it on `today` (`YYYY-MM-DD`). */
export function evaluateCriteria(
  policy: Pick<HousingPolicy, 'minSeniorityMonths' | 'contractTypes' | 'workplaces'>,
  facts: EmployeeFacts,
  today: string,
): CriterionResult[] {
  const results: CriterionResult[] = [];
  if (policy.minSeniorityMonths !== null && policy.minSeniorityMonths > 0) {
    const status =
      facts.hiredAt === null
        ? 'unknown'
        : completedMonths(facts.hiredAt, today) >= policy.minSeniorityMonths
          ? 'met'
          : 'not_met';
    results.push({ criterion: 'min_seniority', status });
  }
  if (policy.contractTypes.length > 0) {
    const status =
      facts.contractType === null
        ? 'unknown'
        : policy.contractTypes.includes(facts.contractType)
          ? 'met'
          : 'not_met';
    results.push({ criterion: 'contract_type', status });
  }
  if (policy.workplaces.length > 0) {
    const place = facts.workplaceInsee;
    const status =
      place === null
        ? 'unknown'
        : policy.workplaces.some((rule) => matchesWorkplace(place, rule))
          ? 'met'
          : 'not_met';
    results.push({ criterion: 'workplace', status });
  }
  return results;
}

/** Whether every criterion is met (a validation otherwise needs the employer's explicit exception). */
export function areCriteriaMet(results: readonly CriterionResult[]): boolean {
  return results.every((r) => r.status === 'met');
}
