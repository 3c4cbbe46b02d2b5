import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listRecoveryRequests, type RecoveryRequest, type RecoveryStatus } from '../../api/codes';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Checkbox, PageTitle, SelectField, Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { recoveryRequestPath } from './paths';
import { RecoveryDueDate, RecoveryStatusBadge } from './RecoveryBadges';

type StatusFilter = RecoveryStatus | 'all';
const STATUS_FILTERS: readonly StatusFilter[] = ['pending', 'answered', 'rejected', 'all'];

function isStatusFilter(value: string | null): value is StatusFilter {
  return value !== null && (STATUS_FILTERS as readonly string[]).includes(value);
}

/** Back office: the "Récupérer mon code" requests by due date, those past due flagged. */
export function RecoveryQueuePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('statut');
  const status: StatusFilter = isStatusFilter(statusParam) ? statusParam : 'pending';
  const overdueOnly = params.get('retard') === '1';
  const requests = useQuery({
    queryKey: ['backoffice', 'recovery-requests', status, overdueOnly],
    queryFn: () =>
      listRecoveryRequests({
        status: status === 'all' ? undefined : status,
        overdue: overdueOnly || undefined,
      }),
  });

  function updateParams(next: { status?: StatusFilter; overdue?: boolean }) {
    const query = new URLSearchParams();
    const nextStatus = next.status ?? status;
    if (nextStatus !== 'pending') query.set('statut', nextStatus);
    if (next.overdue ?? overdueOnly) query.set('retard', '1');
    setParams(query, { replace: true });
  }

  const columns: TableColumn<RecoveryRequest>[] = [
    {
      key: 'reference',
      header: t('support.recoveryQueue.columns.reference'),
      isRowHeader: true,
      render: (request) => (
        <Link to={recoveryRequestPath(request.id)} className="nowrap">
          {request.reference}
        </Link>
      ),
    },
    {
      key: 'name',
      header: t('support.recoveryQueue.columns.name'),
      render: (request) => (
        <>
          {`${request.firstName} ${request.lastName}`}
          <span className="table__detail wrap-anywhere">{request.accountEmail}</span>
        </>
      ),
    },
    {
      key: 'kind',
      header: t('support.recoveryQueue.columns.kind'),
      render: (request) => t(`support.recoveryQueue.codeKind.${request.codeKind}`),
    },
    {
      key: 'createdAt',
      header: t('support.recoveryQueue.columns.createdAt'),
      render: (request) => (
        <time dateTime={request.createdAt}>{format.dateTime(request.createdAt)}</time>
      ),
    },
    {
      key: 'dueOn',
      header: t('support.recoveryQueue.columns.dueOn'),
      render: (request) => <RecoveryDueDate request={request} />,
    },
    {
      key: 'status',
      header: t('support.recoveryQueue.columns.status'),
      render: (request) => <RecoveryStatusBadge status={request.status} />,
    },
  ];

  const rows = requests.data?.requests ?? [];
  const overdueCount = rows.filter((request) => request.overdue).length;
  return (
    <>
      <PageTitle title={t('support.recoveryQueue.title')} />
      <p className="lead">{t('support.recoveryQueue.intro')}</p>
      <div className="search-form">
        <SelectField
          id="recovery-queue-status"
          name="statut"
          label={t('support.recoveryQueue.filter')}
          options={STATUS_FILTERS.map((value) => ({
            value,
            label: t(`support.recoveryQueue.filterOptions.${value}`),
          }))}
          value={status}
          onChange={(event) =>
            updateParams({
              status: isStatusFilter(event.target.value) ? event.target.value : 'pending',
            })
          }
        />
        <Checkbox
          id="recovery-queue-overdue"
          name="retard"
          label={t('support.recoveryQueue.overdueOnly')}
          checked={overdueOnly}
          onChange={(event) => updateParams({ overdue: event.target.checked })}
        />
      </div>
      {requests.isPending && <LoadingStatus />}
      {requests.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(requests.error, t)}</p>
        </Alert>
      )}
      {requests.data && (
        <>
          {overdueCount > 0 && (
            <Alert tone="warning">
              <p>{t('support.recoveryQueue.overdueCount', { count: overdueCount })}</p>
            </Alert>
          )}
          <Table
            caption={t('support.recoveryQueue.caption', { count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(request) => request.id}
            emptyText={t('support.recoveryQueue.empty')}
          />
        </>
      )}
    </>
  );
}
