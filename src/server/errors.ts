/** HTTP status of every stable error code the API can return. */
export const errorStatus = {
  'validation.failed': 400,
  'csrf.invalid': 403,
  'auth.required': 401,
  'auth.forbidden': 403,
  'auth.invalid_credentials': 401,
  'auth.password_change_required': 403,
  'auth.invalid_current_password': 400,
  'auth.too_many_attempts': 429,
  'rate.too_many_requests': 429,
  'token.invalid': 400,
  'token.expired': 410,
  'token.used': 410,
  'password.too_weak': 400,
  'password.too_common': 400,
  'password.mismatch': 400,
  'account.email_taken': 409,
  'registration.unavailable': 503,
  'import.invalid_number': 400,
  'import.application_not_found': 404,
  'import.no_pending_request': 409,
  'import.code_invalid': 400,
  'import.code_expired': 410,
  'import.code_locked': 423,
  'import.access_revoked': 409,
  'file.not_found': 404,
  'file.already_imported': 409,
  'file.number_taken': 409,
  'file.identity_mismatch': 409,
  'file.not_editable': 409,
  'file.steps_incomplete': 409,
  'file.state_changed': 409,
  'file.application_inactive': 409,
  'company.siret_missing': 409,
  'company.not_found': 404,
  'consent.not_allowed': 400,
  'documents.incomplete': 400,
  'resource.not_found': 404,
  'route.not_found': 404,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'request.malformed': 400,
  'internal.error': 500,
  'offer.transition_not_allowed': 409,
  'offer.not_editable': 409,
  'offer.eligibility_locked': 409,
  'offer.photo_limit': 409,
  'offer.import_invalid': 422,
  'offer.file_not_validated': 403,
  'photo.missing': 400,
  'photo.too_large': 413,
  'photo.unsupported_type': 415,
  'alert.limit_reached': 409,
  // Employer portal, access codes, recovery, messages, help, personal-data rights (issue 6).
  'company.not_eligible': 400,
  'company.siren_taken': 409,
  'policy.invalid': 400,
  'policy.no_company': 404,
  'employer.criteria_not_met': 409,
  'access_code.not_found': 404,
  'access_code.not_active': 409,
  'upload.too_large': 413,
  'upload.unsupported_type': 415,
  'upload.too_many_files': 400,
  'csv.invalid': 400,
  'recovery.not_found': 404,
  'recovery.already_handled': 409,
  'recovery.no_account': 409,
  'message.not_found': 404,
  'message.thread_closed': 409,
  'fraud.not_found': 404,
  // Candidacies, ranking, shortlist, landlord and commission (issue 5).
  'candidacy.file_not_validated': 409,
  'candidacy.application_inactive': 409,
  'candidacy.offer_not_found': 404,
  'candidacy.offer_closed': 409,
  'candidacy.not_eligible': 409,
  'candidacy.already_active': 409,
  'candidacy.not_found': 404,
  'candidacy.not_cancellable': 409,
  'candidacy.transition_invalid': 409,
  'candidacy.state_changed': 409,
  'candidacy.consent_required': 403,
  'round.not_found': 404,
  'round.transition_invalid': 409,
  'round.state_changed': 409,
  'shortlist.incomplete': 409,
  'commission.already_recorded': 409,
  'commission.no_decision': 400,
  'commission.candidate_unknown': 400,
  'commission.ranks_invalid': 400,
  'commission.justification_required': 400,
  'commission.condition_deadline_invalid': 400,
  'ranking.rule_conflict': 409,
  'ranking.snapshot_not_found': 404,
} as const satisfies Record<string, number>;

/** A stable, documented error code. */
export type ErrorCode = keyof typeof errorStatus;

/** Codes of field-level problems, translated for the person who typed the value. */
export type FieldCode =
  | 'field.required'
  | 'field.invalid'
  | 'field.too_short'
  | 'field.too_long'
  | 'field.invalid_email'
  | 'field.invalid_choice'
  | 'field.must_accept'
  | 'phone.empty'
  | 'phone.invalid_format'
  | 'phone.not_mobile'
  | 'password.min_length'
  | 'password.max_length'
  | 'password.digit'
  | 'password.uppercase'
  | 'password.lowercase'
  | 'password.not_username'
  | 'password.too_common'
  | 'password.mismatch'
  | 'unique_number.empty'
  | 'unique_number.characters'
  | 'unique_number.length'
  | 'unique_number.territory'
  | 'unique_number.month'
  | 'unique_number.sequence'
  | 'unique_number.office'
  | 'unique_number.not_found'
  | 'import_code.invalid'
  | 'company.siret_invalid'
  | 'company.code_unknown'
  | 'company.co_applicant_missing'
  | 'consent.not_allowed'
  | 'documents.not_confirmed'
  | 'offer.deadline_not_after_publication'
  | 'offer.availability_not_after_deadline'
  | 'offer.surface_implausible'
  | 'offer.rent_implausible'
  | 'offer.charges_implausible'
  | 'offer.commune_unknown'
  | 'offer.postcode_mismatch'
  | 'offer.position_unknown'
  | 'offer.reference_taken'
  | 'offer.locked_field'
  | 'offer.column_missing'
  | 'siren.invalid'
  | 'siret.invalid'
  | 'siret.other_siren'
  | 'company.sector_not_eligible'
  | 'company.size_not_eligible'
  | 'company.code_is_personal_code'
  | 'company.code_is_access_code'
  | 'access_code.unknown'
  | 'access_code.expired'
  | 'access_code.used'
  | 'access_code.revoked'
  | 'access_code.other_company'
  | 'access_code.already_active'
  | 'policy.no_consent_level'
  | 'policy.hiring_date_needed'
  | 'policy.points_out_of_range'
  | 'policy.workplace_invalid'
  | 'upload.too_large'
  | 'upload.unsupported_type'
  | 'upload.empty'
  | 'csv.duplicate_row';

/** A problem with one field of the request body or query. */
export type FieldProblem = { path: string; code: FieldCode };

/** The one error type use cases throw: a stable code, never an HTTP concept. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extra: {
      fields?: FieldProblem[];
      retryAfterSeconds?: number;
      remainingAttempts?: number;
    } = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

/** Shorthand for a validation error on some fields. */
export function invalidFields(fields: FieldProblem[]): AppError {
  return new AppError('validation.failed', { fields });
}
