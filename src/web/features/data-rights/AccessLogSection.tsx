import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchAccessLog, type AccessLogEntry } from '../../api/data-rights';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';

/** "Qui a consulté mes données": companies and advisers, newest first (never a person's name). */
export function AccessLogSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useQuery({ queryKey: ['me', 'access-log'], queryFn: fetchAccessLog });
  const columns: TableColumn<AccessLogEntry>[] = [
    {
      key: 'at',
      header: t('support.myData.log.date'),
      isRowHeader: true,
      render: (entry) => <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>,
    },
    { key: 'who', header: t('support.myData.log.who'), render: (entry) => entry.actor.label },
    { key: 'what', header: t('support.myData.log.what'), render: (entry) => entry.what },
  ];
  const rows = log.data?.entries ?? [];
  return (
    <section className="section" aria-labelledby="data-access-log">
      <h2 id="data-access-log">{t('support.myData.log.title')}</h2>
      <p>{t('support.myData.log.intro')}</p>
      {log.isPending && <LoadingStatus />}
      {log.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(log.error, t)}</p>
        </Alert>
      )}
      {log.data && (
        <Table
          caption={t('support.myData.log.caption', { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(entry) => `${entry.at}-${entry.action}-${entry.actor.label}`}
          emptyText={t('support.myData.log.empty')}
        />
      )}
    </section>
  );
}
