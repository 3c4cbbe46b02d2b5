import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/types';
import { ButtonLink, PageTitle } from '../../ui';
import { EMPLOYEE_FILES_PATH } from './paths';

/** Employer portal home: the company's name and the way to its employees' files. */
export function EmployerHomePage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('employer.title')} />
      <p className="lead">{t('portal.welcome', { firstName: user.firstName })}</p>
      <dl className="summary-list">
        <div>
          <dt>{t('employer.company')}</dt>
          <dd>{user.companyName ?? t('common.notProvided')}</dd>
        </div>
      </dl>
      <section className="section card" aria-labelledby="employer-files">
        <h2 id="employer-files">{t('applicantFile.employerFiles.title')}</h2>
        <p>{t('applicantFile.employerFiles.homeText')}</p>
        <ButtonLink to={EMPLOYEE_FILES_PATH}>
          {t('applicantFile.employerFiles.homeLink')}
        </ButtonLink>
      </section>
    </>
  );
}
