import type { RouteObject } from 'react-router';
import type { NavItem, RouteHandle } from '../../layout/navigation';
import { AlertsPage } from './AlertsPage';
import { ApplicantSearchPage } from './ApplicantSearchPage';
import { OfferPage } from './OfferPage';
import { ShowcasePage } from './ShowcasePage';
import { UnsubscribePage } from './UnsubscribePage';

/**
 * Public pages. `offres` is a parent whose index child is the showcase (`/offres`) and whose
 * `:id` child is the offer page, which shows the reader's own portal navigation.
 */
export const OFFERS_PUBLIC_ROUTES: RouteObject[] = [
  {
    path: 'offres',
    children: [
      { index: true, element: <ShowcasePage /> },
      {
        path: ':id',
        handle: { portal: 'user' } satisfies RouteHandle,
        element: <OfferPage />,
      },
    ],
  },
  { path: 'alertes/desabonnement', element: <UnsubscribePage /> },
];

/** Applicant pages, under `/espace`. */
export const OFFERS_APPLICANT_ROUTES: RouteObject[] = [
  { path: 'offres', element: <ApplicantSearchPage /> },
  { path: 'alertes', element: <AlertsPage /> },
];

/** Links of the applicant's navigation. */
export const OFFERS_APPLICANT_NAV: NavItem[] = [
  { to: '/espace/offres', label: 'offers.nav.offers' },
  { to: '/espace/alertes', label: 'offers.nav.alerts' },
];
