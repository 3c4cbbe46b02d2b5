import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { AccountDeletedPage } from './AccountDeletedPage';
import { MyDataPage } from './MyDataPage';

// Personal-data rights: the applicant's "Mes données personnelles" and the page shown once the
// account is deleted.

/** Routes of the personal-data rights, relative to their portal. */
export const DATA_RIGHTS_ROUTES = {
  public: [{ path: 'compte-supprime', element: <AccountDeletedPage /> }],
  applicant: [{ path: 'mes-donnees', element: <MyDataPage /> }],
} satisfies Record<string, RouteObject[]>;

/** Navigation links of the personal-data rights. */
export const DATA_RIGHTS_NAV = {
  applicant: [{ to: '/espace/mes-donnees', label: 'support.nav.myData' }],
} satisfies Record<string, NavItem[]>;
