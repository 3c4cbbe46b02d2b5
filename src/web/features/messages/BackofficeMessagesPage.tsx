import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  listBackofficeThreads,
  type BackofficeThread,
  type ThreadKind,
  type ThreadStatus,
} from '../../api/messages';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Badge, Checkbox, PageTitle, SelectField, Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { backofficeThreadPath } from './paths';
import { ThreadStatusBadge } from './ThreadStatusBadge';
import { useThreadTopic } from './useThreadTopic';

type StatusFilter = ThreadStatus | 'all';
type KindFilter = ThreadKind | 'all';
const STATUS_FILTERS: readonly StatusFilter[] = [
  'awaiting_backoffice',
  'awaiting_applicant',
  'closed',
  'all',
];
const KIND_FILTERS: readonly KindFilter[] = ['all', 'contact', 'recovery', 'general'];

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
  return list.find((item) => item === value) ?? fallback;
}

/** Back office: conversations with applicants (contact requests first), by due date. */
export function BackofficeMessagesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const topic = useThreadTopic();
  const [params, setParams] = useSearchParams();
  const status = oneOf(STATUS_FILTERS, params.get('statut'), 'awaiting_backoffice');
  const kind = oneOf(KIND_FILTERS, params.get('type'), 'all');
  const overdueOnly = params.get('retard') === '1';
  const threads = useQuery({
    queryKey: ['backoffice', 'messages', status, kind, overdueOnly],
    queryFn: () =>
      listBackofficeThreads({
        status: status === 'all' ? undefined : status,
        kind: kind === 'all' ? undefined : kind,
        overdue: overdueOnly,
      }),
  });

  function updateParams(next: { status?: StatusFilter; kind?: KindFilter; overdue?: boolean }) {
    const query = new URLSearchParams();
    const nextStatus = next.status ?? status;
    const nextKind = next.kind ?? kind;
    if (nextStatus !== 'awaiting_backoffice') query.set('statut', nextStatus);
    if (nextKind !== 'all') query.set('type', nextKind);
    if (next.overdue ?? overdueOnly) query.set('retard', '1');
    setParams(query, { replace: true });
  }

  const columns: TableColumn<BackofficeThread>[] = [
    {
      key: 'subject',
      header: t('support.messages.columns.subject'),
      isRowHeader: true,
      render: (thread) => (
        <>
          <Link to={backofficeThreadPath(thread.id)} className="wrap-anywhere">
            {thread.subject}
          </Link>
          {thread.unread > 0 && (
            <>
              {' '}
              <Badge tone="info">{t('support.messages.unread', { count: thread.unread })}</Badge>
            </>
          )}
        </>
      ),
    },
    {
      key: 'applicant',
      header: t('support.messages.columns.applicant'),
      render: (thread) => (
        <>
          {`${thread.applicant.firstName} ${thread.applicant.lastName}`}
          <span className="table__detail wrap-anywhere">{thread.applicant.email}</span>
        </>
      ),
    },
    {
      key: 'topic',
      header: t('support.messages.columns.topic'),
      render: (thread) => topic(thread),
    },
    {
      key: 'status',
      header: t('support.messages.columns.status'),
      render: (thread) => <ThreadStatusBadge status={thread.status} reader="backoffice" />,
    },
    {
      key: 'due',
      header: t('support.messages.columns.dueOn'),
      render: (thread) =>
        thread.dueOn ? (
          <>
            <time dateTime={thread.dueOn} className="nowrap">
              {format.day(thread.dueOn)}
            </time>
            {thread.overdue && (
              <>
                {' '}
                <Badge tone="error">{t('support.messages.overdue')}</Badge>
              </>
            )}
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'last',
      header: t('support.messages.columns.lastMessage'),
      render: (thread) => (
        <time dateTime={thread.lastMessageAt}>{format.dateTime(thread.lastMessageAt)}</time>
      ),
    },
  ];

  const rows = threads.data?.threads ?? [];
  const overdueCount = rows.filter((thread) => thread.overdue).length;
  return (
    <>
      <PageTitle title={t('support.messages.backofficeTitle')} />
      <p className="lead">{t('support.messages.backofficeIntro')}</p>
      <div className="search-form">
        <SelectField
          id="backoffice-messages-status"
          name="statut"
          label={t('support.messages.filters.status')}
          options={STATUS_FILTERS.map((value) => ({
            value,
            label: t(`support.messages.filters.statusOptions.${value}`),
          }))}
          value={status}
          onChange={(event) =>
            updateParams({
              status: oneOf(STATUS_FILTERS, event.target.value, 'awaiting_backoffice'),
            })
          }
        />
        <SelectField
          id="backoffice-messages-kind"
          name="type"
          label={t('support.messages.filters.kind')}
          options={KIND_FILTERS.map((value) => ({
            value,
            label: t(`support.messages.filters.kindOptions.${value}`),
          }))}
          value={kind}
          onChange={(event) =>
            updateParams({ kind: oneOf(KIND_FILTERS, event.target.value, 'all') })
          }
        />
        <Checkbox
          id="backoffice-messages-overdue"
          name="retard"
          label={t('support.messages.filters.overdueOnly')}
          checked={overdueOnly}
          onChange={(event) => updateParams({ overdue: event.target.checked })}
        />
      </div>
      {threads.isPending && <LoadingStatus />}
      {threads.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(threads.error, t)}</p>
        </Alert>
      )}
      {threads.data && (
        <>
          {overdueCount > 0 && (
            <Alert tone="warning">
              <p>{t('support.messages.overdueCount', { count: overdueCount })}</p>
            </Alert>
          )}
          <Table
            caption={t('support.messages.backofficeCaption', { count: rows.length })}
            columns={columns}
            rows={rows}
            rowKey={(thread) => thread.id}
            emptyText={t('support.messages.backofficeEmpty')}
          />
        </>
      )}
    </>
  );
}
