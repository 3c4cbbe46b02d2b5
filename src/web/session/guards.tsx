import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role, SessionUser } from '../api/types';
import { ForbiddenPage } from '../features/public/ForbiddenPage';
import { Alert } from '../ui';
import { CHANGE_PASSWORD_PATH, loginPathReturningTo, RETURN_PARAM } from './paths';
import { useSession } from './useSession';

/** Spoken and shown while the session is being read. */
export function LoadingStatus() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

function SessionUnavailable() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t('errors.serviceUnavailableTitle')}</h1>
      <Alert tone="error" isLive>
        <p>{t('errors.serviceUnavailable')}</p>
      </Alert>
    </>
  );
}

interface RequireSessionProps {
  children: (user: SessionUser) => ReactNode;
  /** The change-password page itself must stay reachable while a change is pending. */
  isPasswordChangePage?: boolean;
}

/**
 * Renders `children` for a logged-in user. Logged out → login page with "retour";
 * a pending forced password change → the change-password page, keeping "retour".
 */
export function RequireSession({ children, isPasswordChangePage = false }: RequireSessionProps) {
  const { user, isPending, isError } = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  if (isPending) return <LoadingStatus />;
  if (isError) return <SessionUnavailable />;
  if (!user) return <Navigate to={loginPathReturningTo(here)} replace />;
  if (user.mustChangePassword && !isPasswordChangePage) {
    const query = new URLSearchParams({ [RETURN_PARAM]: here }).toString();
    return <Navigate to={`${CHANGE_PASSWORD_PATH}?${query}`} replace />;
  }
  return children(user);
}

/** Layout route of a portal: only users of `role` see its pages, others get "Accès refusé". */
export function RequireRole({ role }: { role: Role }) {
  return (
    <RequireSession>
      {(user) => (user.role === role ? <Outlet /> : <ForbiddenPage />)}
    </RequireSession>
  );
}

/** Restricts a page to administrators of the portal. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  return <RequireSession>{(user) => (user.isAdmin ? children : <ForbiddenPage />)}</RequireSession>;
}
