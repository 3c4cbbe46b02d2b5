// Why Action Logement rejects a retained file before it goes to the landlord (operator review).
// The applicant is told at once, with the reason, and may apply to another offer.

/** Reasons for rejecting a retained file. */
export const REVIEW_REJECTION_REASONS = [
  'documents_missing',
  'documents_outdated',
  'situation_changed',
  'not_eligible',
  'application_inactive',
  'other',
] as const;

/** A reason for rejecting a retained file. */
export type ReviewRejectionReason = (typeof REVIEW_REJECTION_REASONS)[number];
