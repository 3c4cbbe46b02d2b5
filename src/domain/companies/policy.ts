// A company's housing policy, set by its HR administrators (issue 6): whether the company must
// validate its employees' files, which company-step fields are mandatory, which consent levels it
// offers, the eligibility criteria it shows its employees and checks at validation, and the
// priority points it grants (stored as a number within the ranking rule's limit; the ranking
// itself belongs to another issue). Every change is kept as a new version.

import { CONSENT_LEVELS, type ConsentLevel } from '../applicant-file/consent.js';
import { isInseeCode } from '../eligibility/zones.js';

/** Contract types of the registration form (CERFA section D). */
export const CONTRACT_TYPES = ['cdi', 'cdd', 'interim', 'apprenticeship', 'other'] as const;
/** A contract type. */
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** A place of work the company accepts: one commune (INSEE code) or a whole department. */
export type WorkplaceRule =
  { kind: 'commune'; inseeCode: string; name: string } | { kind: 'department'; code: string };

/** The housing policy of a company, as one version stores it. */
export type HousingPolicy = {
  validationRequired: boolean;
  requiresStaffNumber: boolean;
  requiresHiringDate: boolean;
  allowedConsents: ConsentLevel[];
  /** Minimum seniority in the company, in whole months; null for none. */
  minSeniorityMonths: number | null;
  /** Contract types accepted; empty for any. */
  contractTypes: ContractType[];
  /** Places of work accepted; empty for anywhere. */
  workplaces: WorkplaceRule[];
  /** Priority points the company grants its validated employees (0 to the ranking rule's maximum). */
  priorityPoints: number;
  /** A few words the company shows its employees with its policy. */
  employeeNote: string | null;
};

/** The policy of a newly onboarded company: validation required, every consent level offered. */
export const DEFAULT_POLICY: HousingPolicy = {
  validationRequired: true,
  requiresStaffNumber: false,
  requiresHiringDate: false,
  allowedConsents: [...CONSENT_LEVELS],
  minSeniorityMonths: null,
  contractTypes: [],
  workplaces: [],
  priorityPoints: 0,
  employeeNote: null,
};

/** A problem with a policy, on one of its fields. */
export type PolicyProblem = {
  path: string;
  code:
    | 'policy.no_consent_level'
    | 'policy.hiring_date_needed'
    | 'policy.points_out_of_range'
    | 'policy.workplace_invalid';
};

const DEPARTMENT = /^(0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** What is wrong with a policy (empty when it can be saved). */
export function policyProblems(
  policy: HousingPolicy,
  limits: { maxPriorityPoints: number },
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (!CONSENT_LEVELS.some((level) => policy.allowedConsents.includes(level))) {
    problems.push({ path: 'allowedConsents', code: 'policy.no_consent_level' });
  }
  // Seniority can only be checked against a hiring date the employee had to give.
  if (
    policy.minSeniorityMonths !== null &&
    policy.minSeniorityMonths > 0 &&
    !policy.requiresHiringDate
  ) {
    problems.push({ path: 'requiresHiringDate', code: 'policy.hiring_date_needed' });
  }
  if (
    !Number.isInteger(policy.priorityPoints) ||
    policy.priorityPoints < 0 ||
    policy.priorityPoints > limits.maxPriorityPoints
  ) {
    problems.push({ path: 'priorityPoints', code: 'policy.points_out_of_range' });
  }
  policy.workplaces.forEach((w, i) => {
    const ok = w.kind === 'commune' ? isInseeCode(w.inseeCode) : DEPARTMENT.test(w.code);
    if (!ok) problems.push({ path: `workplaces.${i}`, code: 'policy.workplace_invalid' });
  });
  return problems;
}

/** The policy with its lists in a canonical order (consent levels in the usual order, no duplicates). */
export function canonicalPolicy(policy: HousingPolicy): HousingPolicy {
  const byKey = new Map<string, WorkplaceRule>();
  for (const w of policy.workplaces)
    byKey.set(w.kind === 'commune' ? `c:${w.inseeCode}` : `d:${w.code}`, w);
  return {
    ...policy,
    allowedConsents: CONSENT_LEVELS.filter((level) => policy.allowedConsents.includes(level)),
    contractTypes: CONTRACT_TYPES.filter((type) => policy.contractTypes.includes(type)),
    workplaces: [...byKey.values()],
    minSeniorityMonths: policy.minSeniorityMonths === 0 ? null : policy.minSeniorityMonths,
    employeeNote: policy.employeeNote?.trim() || null,
  };
}

/** JSON with object keys sorted (a stored jsonb value comes back with its keys reordered). */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([x], [y]) =>
      x.localeCompare(y),
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Whether two policies say the same thing (a save that changes nothing writes no version). */
export function isSamePolicy(a: HousingPolicy, b: HousingPolicy): boolean {
  return stableJson(canonicalPolicy(a)) === stableJson(canonicalPolicy(b));
}
