import { api } from './client';
import type { SessionResponse, SessionUser } from './types';

/** Reads the current session (`user` is null when logged out). */
export function fetchSession(): Promise<SessionResponse> {
  return api.get<SessionResponse>('/api/session');
}

/** Logs in with e-mail and password. */
export function logIn(credentials: {
  email: string;
  password: string;
}): Promise<{ user: SessionUser }> {
  return api.post<{ user: SessionUser }>('/api/session', credentials);
}

/** Ends the session. */
export async function logOut(): Promise<void> {
  await api.delete<unknown>('/api/session');
}
