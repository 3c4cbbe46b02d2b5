import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { CeilingsPage } from './CeilingsPage';
import { CEILINGS_PATH } from './paths';

// Income ceilings in the back office: read by operator staff, edited by operator administrators.
// Registered in `feature-routes.tsx`.

/** Routes of the ceilings feature, relative to their portal. */
export const CEILINGS_ROUTES = {
  operator: [{ path: 'plafonds', element: <CeilingsPage /> }],
} satisfies Record<string, RouteObject[]>;

/** Navigation links of the ceilings feature. */
export const CEILINGS_NAV = {
  operator: [{ to: CEILINGS_PATH, label: 'ceilings.nav' }],
} satisfies Record<string, NavItem[]>;
