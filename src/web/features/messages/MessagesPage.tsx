import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listMyThreads, type Thread } from '../../api/messages';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Badge, ButtonLink, PageTitle, Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { threadPath } from './paths';
import { ThreadStatusBadge } from './ThreadStatusBadge';
import { useThreadTopic } from './useThreadTopic';

/** Query key of the applicant's conversations. */
export const MY_THREADS_QUERY_KEY = ['messages', 'mine'] as const;

/** "Mes messages": the applicant's secure conversations with Action Logement. */
export function MessagesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const topic = useThreadTopic();
  const threads = useQuery({ queryKey: MY_THREADS_QUERY_KEY, queryFn: listMyThreads });

  const columns: TableColumn<Thread>[] = [
    {
      key: 'subject',
      header: t('support.messages.columns.subject'),
      isRowHeader: true,
      render: (thread) => (
        <>
          <Link to={threadPath(thread.id)} className="wrap-anywhere">
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
      key: 'topic',
      header: t('support.messages.columns.topic'),
      render: (thread) => topic(thread),
    },
    {
      key: 'status',
      header: t('support.messages.columns.status'),
      render: (thread) => <ThreadStatusBadge status={thread.status} reader="applicant" />,
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
  return (
    <>
      <PageTitle title={t('support.messages.title')} />
      <p className="lead">{t('support.messages.intro')}</p>
      <p>{t('support.messages.safety')}</p>
      <div className="actions">
        <ButtonLink to="/contact">{t('support.messages.write')}</ButtonLink>
      </div>
      {threads.isPending && <LoadingStatus />}
      {threads.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(threads.error, t)}</p>
        </Alert>
      )}
      {threads.data && (
        <Table
          caption={t('support.messages.caption', { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(thread) => thread.id}
          emptyText={t('support.messages.empty')}
        />
      )}
    </>
  );
}
