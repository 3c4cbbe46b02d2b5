import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  FRAUD_STATUSES,
  listFraudReports,
  type FraudReport,
  type FraudStatus,
} from '../../api/help';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle, SelectField, Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';
import { FraudStatusBadge } from './FraudBadges';
import { fraudReportPath } from './paths';
import './support.css';

type StatusFilter = FraudStatus | 'all';
const FILTERS: readonly StatusFilter[] = ['all', ...FRAUD_STATUSES];

function isFilter(value: string | null): value is StatusFilter {
  return value !== null && (FILTERS as readonly string[]).includes(value);
}

/** Back office: the reports to the fraud team, newest first. */
export function FraudQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const param = params.get('statut');
  const status: StatusFilter = isFilter(param) ? param : 'all';
  const reports = useQuery({
    queryKey: ['backoffice', 'fraud-reports', status],
    queryFn: () => listFraudReports(status === 'all' ? undefined : status),
  });

  const columns: TableColumn<FraudReport>[] = [
    {
      key: 'reference',
      header: t('support.fraudQueue.columns.reference'),
      isRowHeader: true,
      render: (report) => (
        <Link to={fraudReportPath(report.id)} className="nowrap">
          {report.reference}
        </Link>
      ),
    },
    {
      key: 'createdAt',
      header: t('support.fraudQueue.columns.createdAt'),
      render: (report) => (
        <time dateTime={report.createdAt}>{format.dateTime(report.createdAt)}</time>
      ),
    },
    {
      key: 'channel',
      header: t('support.fraudQueue.columns.channel'),
      render: (report) => t(`support.fraud.channels.${report.channel}`),
    },
    {
      key: 'amount',
      header: t('support.fraudQueue.columns.amount'),
      render: (report) =>
        report.amountRequestedCents === null ? '—' : format.cents(report.amountRequestedCents),
    },
    {
      key: 'status',
      header: t('support.fraudQueue.columns.status'),
      render: (report) => <FraudStatusBadge status={report.status} />,
    },
  ];

  const rows = reports.data?.reports ?? [];
  return (
    <>
      <PageTitle title={t('support.fraudQueue.title')} />
      <p className="lead">{t('support.fraudQueue.intro')}</p>
      <SelectField
        id="fraud-queue-status"
        name="statut"
        label={t('support.fraudQueue.filter')}
        className="field--medium"
        options={FILTERS.map((value) => ({
          value,
          label: t(`support.fraudQueue.filterOptions.${value}`),
        }))}
        value={status}
        onChange={(event) => {
          const next = new URLSearchParams();
          if (event.target.value !== 'all') next.set('statut', event.target.value);
          setParams(next, { replace: true });
        }}
      />
      {reports.isPending && <LoadingStatus />}
      {reports.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(reports.error, t)}</p>
        </Alert>
      )}
      {reports.data && (
        <Table
          caption={t('support.fraudQueue.caption', { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(report) => report.id}
          emptyText={t('support.fraudQueue.empty')}
        />
      )}
    </>
  );
}
