import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../ui';
import '../help-centre/support.css';
import { AccessLogSection } from './AccessLogSection';
import { ConsentSection } from './ConsentSection';
import { DataDownloads } from './DataDownloads';
import { DeleteAccountSection } from './DeleteAccountSection';

/** "Mes données personnelles": download, who accessed them, consent, and account deletion. */
export function MyDataPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('support.myData.title')} />
      <p className="lead">{t('support.myData.lead')}</p>
      <p>
        <Link to="/donnees-personnelles">{t('support.myData.policyLink')}</Link>
      </p>
      <DataDownloads />
      <AccessLogSection />
      <ConsentSection />
      <DeleteAccountSection />
    </>
  );
}
