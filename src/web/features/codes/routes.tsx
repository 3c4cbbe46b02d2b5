import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { AccessCodePage } from './AccessCodePage';
import { RecoverCodePage } from './RecoverCodePage';
import { RecoveryQueuePage } from './RecoveryQueuePage';
import { RecoveryRequestPage } from './RecoveryRequestPage';

// Personal codes: "Récupérer mon code" (public), entering an access code sent by HR (applicant
// space) and the back office's queue of lost-code requests. Registered in `feature-routes.tsx`.

/** Routes of the codes feature, relative to their portal. */
export const CODES_ROUTES = {
  public: [{ path: 'recuperer-mon-code', element: <RecoverCodePage /> }],
  applicant: [{ path: 'code-acces', element: <AccessCodePage /> }],
  operator: [
    { path: 'recuperation-codes', element: <RecoveryQueuePage /> },
    { path: 'recuperation-codes/:id', element: <RecoveryRequestPage /> },
  ],
} satisfies Record<string, RouteObject[]>;

/** Navigation links of the codes feature. */
export const CODES_NAV = {
  operator: [{ to: '/backoffice/recuperation-codes', label: 'support.nav.recovery' }],
} satisfies Record<string, NavItem[]>;
