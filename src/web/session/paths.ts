import type { Role } from '../api/types';

/** Home page of each role's portal. */
export const PORTAL_HOME: Record<Role, string> = {
  applicant: '/espace',
  employer: '/entreprise',
  operator: '/backoffice',
  landlord: '/bailleur',
};

/** Path of the forced (or voluntary) password change. */
export const CHANGE_PASSWORD_PATH = '/mot-de-passe/changer';

/** Name of the query parameter that carries the page to return to after login. */
export const RETURN_PARAM = 'retour';

/**
 * Returns the path when it is a same-origin absolute path, otherwise null.
 * Rejects "//host" and "/\host", which browsers treat as other origins.
 */
export function safeReturnPath(value: string | null): string | null {
  if (!value?.startsWith('/')) return null;
  if (value.startsWith('//') || value.startsWith('/\\')) return null;
  try {
    const url = new URL(value, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** Login page URL that brings the user back to `path` afterwards. */
export function loginPathReturningTo(path: string): string {
  return `/connexion?${new URLSearchParams({ [RETURN_PARAM]: path }).toString()}`;
}
