import { Navigate, type RouteObject } from 'react-router';
import { AccountPage } from './features/account/AccountPage';
import { ApplicantHomePage } from './features/applicant/ApplicantHomePage';
import { ImportPage } from './features/applicant/import/ImportPage';
import { NoNumberPage } from './features/applicant/NoNumberPage';
import { CompanyStepPage } from './features/applicant/steps/CompanyStepPage';
import { DocumentsStepPage } from './features/applicant/steps/DocumentsStepPage';
import { InformationStepPage } from './features/applicant/steps/InformationStepPage';
import { ActivationPage } from './features/auth/ActivationPage';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { LoginPage } from './features/auth/LoginPage';
import { NewConfirmationLinkPage } from './features/auth/NewConfirmationLinkPage';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { SignUpPage } from './features/auth/SignUpPage';
import { SignUpSentPage } from './features/auth/SignUpSentPage';
import { BackofficeFilePage } from './features/backoffice/BackofficeFilePage';
import { BackofficeFilesPage } from './features/backoffice/BackofficeFilesPage';
import { BackofficeHomePage } from './features/backoffice/BackofficeHomePage';
import { StaffUsersPage } from './features/backoffice/StaffUsersPage';
import { EmployeeFilePage } from './features/employer/EmployeeFilePage';
import { EmployeeFilesPage } from './features/employer/EmployeeFilesPage';
import { EmployerHomePage } from './features/employer/EmployerHomePage';
import { LandlordHomePage } from './features/landlord/LandlordHomePage';
import { HelpPage } from './features/public/HelpPage';
import { HomePage } from './features/public/HomePage';
import { NotFoundPage } from './features/public/NotFoundPage';
import { PrivacyPage } from './features/public/PrivacyPage';
import { RouteErrorPage } from './features/public/RouteErrorPage';
import { FEATURE_ROUTES } from './feature-routes';
import { AppShell } from './layout/AppShell';
import type { RouteHandle } from './layout/navigation';
import { RequireAdmin, RequireRole, RequireSession } from './session/guards';
import { UserPage } from './session/UserPage';

const userPortal: RouteHandle = { portal: 'user' };

/** Every page of the web app, with French paths. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'aide', element: <HelpPage /> },
      { path: 'donnees-personnelles', element: <PrivacyPage /> },
      { path: 'sans-numero', element: <NoNumberPage /> },
      { path: 'connexion', element: <LoginPage /> },
      { path: 'inscription', element: <SignUpPage /> },
      { path: 'inscription/validation', element: <SignUpSentPage /> },
      { path: 'compte/activation', element: <ActivationPage /> },
      { path: 'compte/nouveau-lien', element: <NewConfirmationLinkPage /> },
      { path: 'mot-de-passe-oublie', element: <ForgotPasswordPage /> },
      { path: 'mot-de-passe/reinitialisation', element: <ResetPasswordPage /> },
      {
        path: 'mot-de-passe/changer',
        handle: userPortal,
        element: (
          <RequireSession isPasswordChangePage>
            {(user) => <ChangePasswordPage user={user} />}
          </RequireSession>
        ),
      },
      {
        path: 'mon-compte',
        handle: userPortal,
        element: <RequireSession>{(user) => <AccountPage user={user} />}</RequireSession>,
      },
      {
        path: 'espace',
        handle: { portal: 'applicant' } satisfies RouteHandle,
        element: <RequireRole role="applicant" />,
        children: [
          { index: true, element: <UserPage page={ApplicantHomePage} /> },
          { path: 'import', element: <ImportPage /> },
          { path: 'sans-numero', element: <NoNumberPage /> },
          { path: 'dossier', element: <Navigate to="/espace/dossier/informations" replace /> },
          { path: 'dossier/informations', element: <InformationStepPage /> },
          { path: 'dossier/entreprise', element: <CompanyStepPage /> },
          { path: 'dossier/pieces', element: <DocumentsStepPage /> },
          ...FEATURE_ROUTES.applicant,
        ],
      },
      {
        path: 'entreprise',
        handle: { portal: 'employer' } satisfies RouteHandle,
        element: <RequireRole role="employer" />,
        children: [
          { index: true, element: <UserPage page={EmployerHomePage} /> },
          { path: 'dossiers', element: <EmployeeFilesPage /> },
          { path: 'dossiers/:id', element: <EmployeeFilePage /> },
          ...FEATURE_ROUTES.employer,
        ],
      },
      {
        path: 'backoffice',
        handle: { portal: 'operator' } satisfies RouteHandle,
        element: <RequireRole role="operator" />,
        children: [
          { index: true, element: <UserPage page={BackofficeHomePage} /> },
          { path: 'dossiers', element: <BackofficeFilesPage /> },
          { path: 'dossiers/:id', element: <BackofficeFilePage /> },
          {
            path: 'utilisateurs',
            element: (
              <RequireAdmin>
                <StaffUsersPage />
              </RequireAdmin>
            ),
          },
          ...FEATURE_ROUTES.operator,
        ],
      },
      {
        path: 'bailleur',
        handle: { portal: 'landlord' } satisfies RouteHandle,
        element: <RequireRole role="landlord" />,
        children: [
          { index: true, element: <UserPage page={LandlordHomePage} /> },
          ...FEATURE_ROUTES.landlord,
        ],
      },
      ...FEATURE_ROUTES.public,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
