import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../ui';
import { EmployeeCandidacyHistory } from './EmployeeCandidacyHistory';

/** Employer portal: an employee's candidacies on their own page (full consent only). */
export function EmployeeCandidaciesPage() {
  const { t } = useTranslation();
  const { fileId = '' } = useParams();
  return (
    <>
      <p>
        <Link to={`/entreprise/dossiers/${encodeURIComponent(fileId)}`}>
          {t('candidacies.employer.back')}
        </Link>
      </p>
      <PageTitle title={t('candidacies.employer.pageTitle')} />
      <EmployeeCandidacyHistory fileId={fileId} />
    </>
  );
}
