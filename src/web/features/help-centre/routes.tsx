import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { ContactPage } from './ContactPage';
import { FraudQueuePage } from './FraudQueuePage';
import { FraudReportDetailPage } from './FraudReportDetailPage';
import { FraudReportPage } from './FraudReportPage';
import { GuidePage } from './GuidePage';
import { GuidesIndexPage } from './GuidesIndexPage';
import { HelpCentrePage } from './HelpCentrePage';

// The help centre and its step-by-step guides, the contact form and the fraud report form
// (public), and the fraud team's queue in the back office.

/** Routes of the help centre, relative to their portal. */
export const HELP_CENTRE_ROUTES = {
  public: [
    { path: 'centre-aide', element: <HelpCentrePage /> },
    { path: 'centre-aide/guides', element: <GuidesIndexPage /> },
    { path: 'centre-aide/guides/:slug', element: <GuidePage /> },
    { path: 'contact', element: <ContactPage /> },
    { path: 'signaler-une-fraude', element: <FraudReportPage /> },
  ],
  operator: [
    { path: 'signalements-fraude', element: <FraudQueuePage /> },
    { path: 'signalements-fraude/:id', element: <FraudReportDetailPage /> },
  ],
} satisfies Record<string, RouteObject[]>;

/** Navigation links of the help centre. */
export const HELP_CENTRE_NAV = {
  public: [{ to: '/centre-aide', label: 'support.nav.helpCentre' }],
  operator: [{ to: '/backoffice/signalements-fraude', label: 'support.nav.fraud' }],
} satisfies Record<string, NavItem[]>;
