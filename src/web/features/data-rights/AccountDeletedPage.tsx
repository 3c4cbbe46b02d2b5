import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useSetSessionUser } from '../../session/useSession';
import { ButtonLink, PageTitle } from '../../ui';

function wasJustDeleted(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'deleted' in state;
}

/** Shown once the account is deleted; forgets the session (and every cached data) on arrival. */
export function AccountDeletedPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const setUser = useSetSessionUser();
  const justDeleted = wasJustDeleted(location.state);

  useEffect(() => {
    if (justDeleted) setUser(null);
  }, [justDeleted, setUser]);

  return (
    <>
      <PageTitle title={t('support.myData.deleted.title')} />
      <p className="lead">{t('support.myData.deleted.text')}</p>
      <p>{t('support.myData.deleted.registration')}</p>
      <ButtonLink to="/">{t('support.myData.deleted.home')}</ButtonLink>
    </>
  );
}
