import { useTranslation } from 'react-i18next';
import type { RecoveryDetail } from '../../api/codes';
import { Table, type TableColumn } from '../../ui';
import { formatSiret } from '../file/labels';

type CompanyRow = RecoveryDetail['companiesWithSiret'][number];

/** The client companies of the request's SIRET, with their company codes. */
export function RecoveryCompanies({ detail }: { detail: RecoveryDetail }) {
  const { t } = useTranslation();
  const { request } = detail;
  const companyColumns: TableColumn<CompanyRow>[] = [
    {
      key: 'name',
      header: t('support.recoveryRequest.companies.name'),
      isRowHeader: true,
      render: (company) => company.name,
    },
    {
      key: 'code',
      header: t('support.recoveryRequest.companies.code'),
      render: (company) => <span className="code-value">{company.code}</span>,
    },
    {
      key: 'listed',
      header: t('support.recoveryRequest.companies.listed'),
      render: (company) =>
        company.siretListed
          ? t('support.common.yes')
          : t('support.recoveryRequest.companies.sirenOnly'),
    },
  ];

  return (
    <section className="section" aria-labelledby="recovery-companies-title">
      <h2 id="recovery-companies-title">{t('support.recoveryRequest.companiesTitle')}</h2>
      <Table
        caption={t('support.recoveryRequest.companies.caption', {
          siret: formatSiret(request.siret),
        })}
        columns={companyColumns}
        rows={detail.companiesWithSiret}
        rowKey={(company) => company.id}
        emptyText={t('support.recoveryRequest.companies.empty')}
      />
    </section>
  );
}
