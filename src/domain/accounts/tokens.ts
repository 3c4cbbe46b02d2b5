/** What a one-time link token is for. */
export type TokenPurpose = 'activation' | 'password_reset' | 'invitation';

/** State of a one-time token when someone follows its link. */
export type TokenStatus = 'valid' | 'expired' | 'used' | 'invalid';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** How long each kind of link stays usable, in milliseconds. */
export const TOKEN_LIFETIMES: Readonly<Record<TokenPurpose, number>> = {
  // Seed (account confirmation e-mail): "Ce lien expire dans 2 jour(s)".
  activation: 2 * DAY_MS,
  password_reset: 1 * HOUR_MS,
  invitation: 7 * DAY_MS,
};

/** The instant a token issued at `issuedAt` for `purpose` stops being usable. */
export function tokenExpiry(purpose: TokenPurpose, issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + TOKEN_LIFETIMES[purpose]);
}

/** Whether a stored token can be used at `now`; a used token stays "used" even once expired. */
export function tokenStatus(
  token: { expiresAt: Date; usedAt: Date | null } | null,
  now: Date,
): TokenStatus {
  if (token === null) return 'invalid';
  if (token.usedAt !== null) return 'used';
  const expiresAt = token.expiresAt.getTime();
  // A corrupt expiry must never make a token usable.
  if (Number.isNaN(expiresAt)) return 'invalid';
  // Expiry is exclusive: at exactly expiresAt the link no longer works.
  return now.getTime() >= expiresAt ? 'expired' : 'valid';
}
