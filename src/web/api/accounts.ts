import { api } from './client';
import type {
  ChangePasswordRequest,
  SessionUser,
  SignUpRequest,
  TokenInspection,
  TokenPasswordRequest,
} from './types';

/** Creates an applicant account; the server e-mails the confirmation link. */
export function createAccount(body: SignUpRequest): Promise<{ email: string }> {
  return api.post<{ email: string }>('/api/accounts', body);
}

/** Asks for a new confirmation link (always answers the same, whatever the address). */
export async function requestConfirmationLink(email: string): Promise<void> {
  await api.post<unknown>('/api/accounts/confirmation-link', { email });
}

/** Tells what an e-mailed token is for and whether it can still be used, without consuming it. */
export function inspectToken(token: string): Promise<TokenInspection> {
  return api.post<TokenInspection>('/api/account-tokens/inspect', { token });
}

/** Activates an account (sign-up or staff invitation) by choosing its password. */
export function activateAccount(body: TokenPasswordRequest): Promise<{ email: string }> {
  return api.post<{ email: string }>('/api/accounts/activate', body);
}

/** Asks for a password-reset e-mail (always answers the same, whatever the address). */
export async function requestPasswordReset(email: string): Promise<void> {
  await api.post<unknown>('/api/password-resets', { email });
}

/** Sets a new password with a reset token. */
export function completePasswordReset(body: TokenPasswordRequest): Promise<{ email: string }> {
  return api.post<{ email: string }>('/api/password-resets/complete', body);
}

/** Changes the logged-in user's password. */
export function changePassword(body: ChangePasswordRequest): Promise<{ user: SessionUser }> {
  return api.post<{ user: SessionUser }>('/api/me/password', body);
}
