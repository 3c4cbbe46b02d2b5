import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { ImportPage } from './ImportPage';
import { LandlordOfferPage } from './LandlordOfferPage';
import { OfferCreatePage } from './OfferCreatePage';
import { OfferEditPage } from './OfferEditPage';

/** Landlord pages under `/bailleur` (its index, the list of offers, is `LandlordHomePage`). */
export const LANDLORD_ROUTES: RouteObject[] = [
  { path: 'offres/nouvelle', element: <OfferCreatePage /> },
  { path: 'offres/:id', element: <LandlordOfferPage /> },
  { path: 'offres/:id/modifier', element: <OfferEditPage /> },
  { path: 'import', element: <ImportPage /> },
];

/** Links of the landlord's navigation. */
export const LANDLORD_NAV: NavItem[] = [
  { to: '/bailleur/offres/nouvelle', label: 'offers.nav.newOffer' },
  { to: '/bailleur/import', label: 'offers.nav.import' },
];
