import { useTranslation } from 'react-i18next';
import type { FileHistoryEntry } from '../../api/file-types';
import { Table, type TableColumn } from '../../ui';
import { fileStatusLabel, historyEventLabel, isOperatorRefusalReason } from './labels';
import { useFormat } from './useFormat';

/** The reason shown beside an event: a listed reason translated, the company's own text as is. */
function useReasonText() {
  const { t } = useTranslation();
  return (entry: FileHistoryEntry): string | null => {
    if (isOperatorRefusalReason(entry.reason)) {
      const reason = t(`applicantFile.file.refusalReason.${entry.reason}`);
      return entry.comment ? `${reason}. ${entry.comment}` : reason;
    }
    return entry.comment;
  };
}

/** The history of a file (date, event, resulting state), newest first. */
export function HistoryTable({
  history,
  caption,
}: {
  history: readonly FileHistoryEntry[];
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonOf = useReasonText();
  // Newest first; the position keeps keys unique when two events share a timestamp.
  const rows = [...history]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((entry, index) => ({ ...entry, key: `${index}-${entry.createdAt}-${entry.event}` }));
  const columns: TableColumn<FileHistoryEntry & { key: string }>[] = [
    {
      key: 'date',
      header: t('applicantFile.file.history.date'),
      isRowHeader: true,
      render: (entry) => <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>,
    },
    {
      key: 'event',
      header: t('applicantFile.file.history.event'),
      render: (entry) => {
        const reason = reasonOf(entry);
        return (
          <>
            {historyEventLabel(entry.event, t)}
            {reason && (
              <span className="table__detail">
                {t('applicantFile.file.history.reason', { reason })}
              </span>
            )}
          </>
        );
      },
    },
    {
      key: 'status',
      header: t('applicantFile.file.history.status'),
      render: (entry) => fileStatusLabel(entry.toStatus, t),
    },
  ];
  return (
    <Table
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(entry) => entry.key}
      emptyText={t('applicantFile.file.history.empty')}
    />
  );
}
