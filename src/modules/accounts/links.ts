import type { TokenPurpose } from '../../domain/accounts/tokens.js';

const PATHS: Record<TokenPurpose, string> = {
  activation: '/compte/activation',
  invitation: '/compte/activation',
  password_reset: '/mot-de-passe/reinitialisation',
};

/** The absolute link e-mailed for a token. */
export function tokenLink(publicUrl: string, purpose: TokenPurpose, secret: string): string {
  return `${publicUrl.replace(/\/$/, '')}${PATHS[purpose]}?jeton=${encodeURIComponent(secret)}`;
}

/** The absolute link of the login page. */
export function loginLink(publicUrl: string): string {
  return `${publicUrl.replace(/\/$/, '')}/connexion`;
}
