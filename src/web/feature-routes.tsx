import type { RouteObject } from 'react-router';
import { CANDIDACY_NAV, CANDIDACY_ROUTES } from './features/candidacies/routes';
import { CEILINGS_NAV, CEILINGS_ROUTES } from './features/ceilings/routes';
import { CODES_NAV, CODES_ROUTES } from './features/codes/routes';
import { COMPANY_ADMIN_NAV, COMPANY_ADMIN_ROUTES } from './features/company-admin/routes';
import { DATA_RIGHTS_NAV, DATA_RIGHTS_ROUTES } from './features/data-rights/routes';
import { HELP_CENTRE_NAV, HELP_CENTRE_ROUTES } from './features/help-centre/routes';
import { MESSAGES_NAV, MESSAGES_ROUTES } from './features/messages/routes';
import type { NavItem, Portal } from './layout/navigation';
import { LANDLORD_NAV, LANDLORD_ROUTES } from './features/landlord/routes';
import {
  OFFERS_APPLICANT_NAV,
  OFFERS_APPLICANT_ROUTES,
  OFFERS_PUBLIC_ROUTES,
} from './features/offers/routes';

// Extension points for features built side by side: each feature exports, from its own
// `features/<name>/routes.tsx`, the routes it adds under each portal and its navigation links, and
// is registered here with one spread per portal. The public portal's routes are top-level paths;
// the others are children of `/espace`, `/entreprise`, `/backoffice` and `/bailleur`.

/** Routes that features add under each portal. */
export const FEATURE_ROUTES: Record<Portal, RouteObject[]> = {
  public: [
    ...OFFERS_PUBLIC_ROUTES,
    ...HELP_CENTRE_ROUTES.public,
    ...CODES_ROUTES.public,
    ...DATA_RIGHTS_ROUTES.public,
  ],
  applicant: [
    ...OFFERS_APPLICANT_ROUTES,
    ...CANDIDACY_ROUTES.applicant,
    ...MESSAGES_ROUTES.applicant,
    ...DATA_RIGHTS_ROUTES.applicant,
    ...CODES_ROUTES.applicant,
  ],
  employer: [...CANDIDACY_ROUTES.employer, ...COMPANY_ADMIN_ROUTES.employer],
  operator: [
    ...CANDIDACY_ROUTES.operator,
    ...COMPANY_ADMIN_ROUTES.operator,
    ...CODES_ROUTES.operator,
    ...MESSAGES_ROUTES.operator,
    ...HELP_CENTRE_ROUTES.operator,
    ...CEILINGS_ROUTES.operator,
  ],
  landlord: [...LANDLORD_ROUTES, ...CANDIDACY_ROUTES.landlord],
};

/** Navigation links that features add to each portal's header. */
export const FEATURE_NAV: Record<Portal, NavItem[]> = {
  public: [...HELP_CENTRE_NAV.public],
  applicant: [
    ...OFFERS_APPLICANT_NAV,
    ...CANDIDACY_NAV.applicant,
    ...MESSAGES_NAV.applicant,
    ...DATA_RIGHTS_NAV.applicant,
  ],
  employer: [...COMPANY_ADMIN_NAV.employer],
  operator: [
    ...CANDIDACY_NAV.operator,
    ...COMPANY_ADMIN_NAV.operator,
    ...CODES_NAV.operator,
    ...MESSAGES_NAV.operator,
    ...HELP_CENTRE_NAV.operator,
    ...CEILINGS_NAV.operator,
  ],
  landlord: [...LANDLORD_NAV, ...CANDIDACY_NAV.landlord],
};
