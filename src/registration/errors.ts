import type { RegistrationErrorCode } from './contract.js';

/** HTTP status of every error code of the registration API. */
export const registrationErrorStatus = {
  'application.not_found': 404,
  'code.invalid': 400,
  'code.expired': 410,
  'code.locked': 423,
  'code.throttled': 429,
  'access.invalid': 401,
  'request.invalid': 400,
} as const satisfies Record<RegistrationErrorCode, number>;

/** French message of every error code (the platform shows its own words; these help whoever reads the raw API). */
export const registrationErrorMessage: Record<RegistrationErrorCode, string> = {
  'application.not_found': 'Aucune demande ne correspond à ce numéro unique.',
  'code.invalid': 'Le code saisi est incorrect.',
  'code.expired': "Ce code n'est plus valable : demandez un nouveau code.",
  'code.locked': 'Trop de codes incorrects : demandez un nouveau code.',
  'code.throttled': 'Un code vient déjà d’être envoyé : patientez avant d’en demander un autre.',
  'access.invalid': 'Accès refusé : clé de la plateforme ou jeton d’accès invalide.',
  'request.invalid': 'La requête est incomplète ou mal formée.',
};

/** The one error type the service's use cases throw: a stable code of the contract, never an HTTP concept. */
export class RegistrationError extends Error {
  constructor(
    readonly code: RegistrationErrorCode,
    readonly extra: { remainingAttempts?: number; retryAfterSeconds?: number } = {},
  ) {
    super(code);
    this.name = 'RegistrationError';
  }
}
