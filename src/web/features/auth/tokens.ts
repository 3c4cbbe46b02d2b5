import { ApiError } from '../../api/errors';
import type { TokenStatus } from '../../api/types';

/** A token state that prevents setting a password. */
export type TokenProblemStatus = Exclude<TokenStatus, 'valid'>;

/** Which e-mailed link a page handles, and so which new link it can offer. */
export type TokenFlow = 'activation' | 'reset';

const PROBLEM_BY_CODE: Partial<Record<string, TokenProblemStatus>> = {
  'token.expired': 'expired',
  'token.used': 'used',
  'token.invalid': 'invalid',
};

/** The token problem an API error reports, if it is one. */
export function tokenProblemOf(error: unknown): TokenProblemStatus | null {
  return error instanceof ApiError ? (PROBLEM_BY_CODE[error.code] ?? null) : null;
}

/** Name of the query parameter carrying the token in e-mailed links. */
export const TOKEN_PARAM = 'jeton';
