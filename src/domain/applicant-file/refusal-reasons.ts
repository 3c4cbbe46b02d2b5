/** Reasons an Action Logement consultant gives when refusing a file (free text may be added). */
export const OPERATOR_REFUSAL_REASONS = [
  'documents_missing',
  'documents_inconsistent',
  'not_private_employee',
  'company_not_eligible',
  'income_inconsistent',
  'identity_inconsistent',
  'other',
] as const;

/** One of the operator's refusal reasons. */
export type OperatorRefusalReason = (typeof OPERATOR_REFUSAL_REASONS)[number];
