import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { logOut } from '../api/session';
import { describeError } from '../forms/describeError';
import { useSession, useSetSessionUser } from '../session/useSession';

/** Help, account and login/logout links of the header. */
export function AccountLinks() {
  const { t } = useTranslation();
  const { user } = useSession();
  const setUser = useSetSessionUser();
  const navigate = useNavigate();
  const logout = useMutation({
    mutationFn: logOut,
    onSuccess: async () => {
      // Leave the protected page first, so its guard does not redirect with a "retour" parameter.
      await navigate('/connexion', { state: { loggedOut: true } });
      setUser(null);
    },
  });

  return (
    <nav className="account-nav" aria-label={t('nav.accountLabel')}>
      <ul className="account-nav__list">
        <li>
          <Link to="/aide">{t('nav.help')}</Link>
        </li>
        {user ? (
          <>
            <li>
              <Link to="/mon-compte">{t('nav.myAccount')}</Link>
            </li>
            <li>
              <button type="button" className="link-button" onClick={() => logout.mutate()}>
                {t('nav.logOut')}
              </button>
            </li>
          </>
        ) : (
          <li>
            <Link to="/connexion">{t('nav.logIn')}</Link>
          </li>
        )}
      </ul>
      {logout.isError && (
        <p className="account-nav__error" role="alert">
          {describeError(logout.error, t)}
        </p>
      )}
    </nav>
  );
}
