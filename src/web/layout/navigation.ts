import type { ParseKeys } from 'i18next';
import type { Role } from '../api/types';
import { FEATURE_NAV } from '../feature-routes';

/** Which header navigation a page shows: the public site's or a role's portal. */
export type Portal = 'public' | Role;

/** What a route puts in its `handle`: its portal, or "user" for the logged-in user's own portal. */
export interface RouteHandle {
  portal: Portal | 'user';
}

/** One link of a portal navigation. */
export interface NavItem {
  to: string;
  label: ParseKeys;
  /** Active only on this exact path (otherwise also on its sub-paths). */
  isEnd?: boolean;
  isAdminOnly?: boolean;
}

/** Header navigation of each portal. */
export const PORTAL_NAV: Record<Portal, readonly NavItem[]> = {
  public: [
    { to: '/', label: 'nav.public.home', isEnd: true },
    { to: '/offres', label: 'nav.public.offers' },
  ],
  applicant: [
    { to: '/espace', label: 'nav.applicant.home', isEnd: true },
    { to: '/espace/dossier', label: 'nav.applicant.file' },
  ],
  employer: [
    { to: '/entreprise', label: 'nav.employer.home', isEnd: true },
    { to: '/entreprise/dossiers', label: 'nav.employer.files' },
  ],
  operator: [
    { to: '/backoffice', label: 'nav.operator.home', isEnd: true },
    { to: '/backoffice/dossiers', label: 'nav.operator.files' },
    { to: '/backoffice/utilisateurs', label: 'nav.operator.users', isAdminOnly: true },
  ],
  landlord: [{ to: '/bailleur', label: 'nav.landlord.home', isEnd: true }],
};

/** The navigation of a portal: its own links, then those added by features. */
export function portalNav(portal: Portal): readonly NavItem[] {
  return [...PORTAL_NAV[portal], ...FEATURE_NAV[portal]];
}

/** True when a route handle declares a portal. */
export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'portal' in handle;
}
