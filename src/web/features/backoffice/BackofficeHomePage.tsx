import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '../../api/types';
import { ButtonLink, PageTitle } from '../../ui';
import { BACKOFFICE_FILES_PATH } from './paths';

/** Back-office home: links to the tools the operator may use. */
export function BackofficeHomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('backoffice.title')} />
      <p className="lead">{t('portal.welcome', { firstName: user.firstName })}</p>
      <section className="section card" aria-labelledby="backoffice-files">
        <h2 id="backoffice-files">{t('applicantFile.backofficeFiles.title')}</h2>
        <p>{t('applicantFile.backofficeFiles.homeText')}</p>
        <ButtonLink to={BACKOFFICE_FILES_PATH}>
          {t('applicantFile.backofficeFiles.homeLink')}
        </ButtonLink>
      </section>
      {user.isAdmin && (
        <section className="section" aria-labelledby="backoffice-admin">
          <h2 id="backoffice-admin">{t('backoffice.adminTitle')}</h2>
          <ul className="bullets">
            <li>
              <Link to="/backoffice/utilisateurs">{t('backoffice.usersLink')}</Link>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}
