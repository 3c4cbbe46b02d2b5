import { useTranslation } from 'react-i18next';
import type { CeilingChange } from '../../api/ceilings';
import { Table, type TableColumn } from '../../ui';
import { useFormat } from '../file/useFormat';
import { useCeilingLabels } from './labels';

/** The changes to one year's ceilings, newest first: when, who, which ceiling, before → after, why. */
export function CeilingHistory({
  year,
  changes,
}: {
  year: number;
  changes: readonly CeilingChange[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useCeilingLabels();
  const columns: TableColumn<CeilingChange>[] = [
    {
      key: 'date',
      header: t('ceilings.history.date'),
      render: (change) => (
        <time dateTime={change.createdAt}>{format.dateTime(change.createdAt)}</time>
      ),
    },
    {
      key: 'author',
      header: t('ceilings.history.author'),
      render: (change) => change.actorName ?? t('ceilings.history.unknownAuthor'),
    },
    {
      key: 'ceiling',
      header: t('ceilings.history.ceiling'),
      isRowHeader: true,
      render: (change) => labels.ceilingName(change),
    },
    {
      key: 'before',
      header: t('ceilings.history.before'),
      render: (change) =>
        change.oldAmount === null
          ? t('ceilings.history.notEntered')
          : format.euros(change.oldAmount),
    },
    {
      key: 'after',
      header: t('ceilings.history.after'),
      render: (change) => format.euros(change.newAmount),
    },
    {
      key: 'comment',
      header: t('ceilings.history.comment'),
      render: (change) =>
        change.comment ?? <span className="muted">{t('ceilings.history.noComment')}</span>,
    },
  ];
  return (
    <Table
      caption={t('ceilings.history.caption', { year })}
      columns={columns}
      rows={changes}
      rowKey={(change) => String(change.id)}
      emptyText={t('ceilings.history.empty')}
    />
  );
}
