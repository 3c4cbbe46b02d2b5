import type { RouteObject } from 'react-router';
import type { NavItem } from '../../layout/navigation';
import { RequireAdmin } from '../../session/guards';
import { CandidacyDetailPage } from './applicant/CandidacyDetailPage';
import { MyCandidaciesPage } from './applicant/MyCandidaciesPage';
import { BackofficeRoundsPage } from './backoffice/BackofficeRoundsPage';
import { RankingAuditPage } from './backoffice/RankingAuditPage';
import { RankingRulePage } from './backoffice/RankingRulePage';
import { ShortlistReviewPage } from './backoffice/ShortlistReviewPage';
import { EmployeeCandidaciesPage } from './employer/EmployeeCandidaciesPage';
import { CommissionPage } from './landlord/CommissionPage';
import { LandlordCandidacyPage } from './landlord/LandlordCandidacyPage';
import { LandlordRoundsPage } from './landlord/LandlordRoundsPage';
import { LandlordShortlistPage } from './landlord/LandlordShortlistPage';

// The candidacies pages, relative to their portal (`/espace`, `/backoffice`, `/bailleur`,
// `/entreprise`), registered with one spread per portal in `src/web/feature-routes.tsx`.

/** Routes the candidacies add under each portal. */
export const CANDIDACY_ROUTES = {
  applicant: [
    { path: 'candidatures', element: <MyCandidaciesPage /> },
    { path: 'candidatures/:candidacyId', element: <CandidacyDetailPage /> },
  ],
  operator: [
    { path: 'candidatures', element: <BackofficeRoundsPage /> },
    { path: 'candidatures/:offerId', element: <ShortlistReviewPage /> },
    { path: 'candidatures/:offerId/audit', element: <RankingAuditPage /> },
    {
      path: 'regle-de-classement',
      element: (
        <RequireAdmin>
          <RankingRulePage />
        </RequireAdmin>
      ),
    },
  ],
  landlord: [
    { path: 'candidatures', element: <LandlordRoundsPage /> },
    { path: 'offres/:offerId/candidatures', element: <LandlordShortlistPage /> },
    { path: 'offres/:offerId/candidatures/:candidacyId', element: <LandlordCandidacyPage /> },
    { path: 'offres/:offerId/commission', element: <CommissionPage /> },
  ],
  employer: [{ path: 'dossiers/:fileId/candidatures', element: <EmployeeCandidaciesPage /> }],
} satisfies Record<string, RouteObject[]>;

/** Navigation links the candidacies add to each portal's header. */
export const CANDIDACY_NAV = {
  applicant: [{ to: '/espace/candidatures', label: 'candidacies.nav.applicant' }],
  operator: [
    { to: '/backoffice/candidatures', label: 'candidacies.nav.operator' },
    {
      to: '/backoffice/regle-de-classement',
      label: 'candidacies.nav.rankingRule',
      isAdminOnly: true,
    },
  ],
  landlord: [{ to: '/bailleur/candidatures', label: 'candidacies.nav.landlord' }],
} satisfies Record<string, NavItem[]>;
