import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listBackofficeFiles } from '../../api/backoffice';
import {
  FILE_STATUSES,
  isFileStatus,
  type BackofficeQueueItem,
  type FileStatus,
} from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Button,
  PageTitle,
  SelectField,
  Table,
  TextField,
  type TableColumn,
} from '../../ui';
import { FileStatusBadge } from '../file/StatusBadges';
import { useFormat } from '../file/useFormat';
import { formatUniqueNumber } from '../../../domain/identifiers/unique-number';
import { backofficeFilePath } from './paths';

/** The state filter: one state, or `all` for files in every state. */
type StatusFilter = FileStatus | 'all';

const DEFAULT_STATUS: StatusFilter = 'awaiting_operator';

/** True when the value is a state filter. */
function isStatusFilter(value: unknown): value is StatusFilter {
  return value === 'all' || isFileStatus(value);
}

/** Back office: files by state (awaiting Action Logement by default) and free-text search. */
export function BackofficeFilesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('statut');
  const status = isStatusFilter(statusParam) ? statusParam : DEFAULT_STATUS;
  const statusLabel =
    status === 'all'
      ? t('applicantFile.backofficeFiles.allStatuses')
      : t(`applicantFile.file.status.${status}`);
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const files = useQuery({
    queryKey: ['backoffice', 'files', status, q],
    queryFn: () => listBackofficeFiles({ status, q: q || undefined }),
  });

  function updateParams(next: { status?: StatusFilter; q?: string }) {
    const query = new URLSearchParams();
    const nextStatus = next.status ?? status;
    const nextQ = next.q ?? q;
    if (nextStatus !== DEFAULT_STATUS) query.set('statut', nextStatus);
    if (nextQ !== '') query.set('q', nextQ);
    setParams(query, { replace: true });
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateParams({ q: search.trim() });
  }

  const columns: TableColumn<BackofficeQueueItem>[] = [
    {
      key: 'name',
      header: t('applicantFile.backofficeFiles.columns.name'),
      isRowHeader: true,
      render: (file) => (
        <Link to={backofficeFilePath(file.id)}>{`${file.firstName} ${file.lastName}`}</Link>
      ),
    },
    {
      key: 'email',
      header: t('applicantFile.backofficeFiles.columns.email'),
      render: (file) => file.email,
    },
    {
      key: 'platformNumber',
      header: t('applicantFile.backofficeFiles.columns.platformNumber'),
      render: (file) => file.platformNumber,
    },
    {
      key: 'uniqueNumber',
      header: t('applicantFile.backofficeFiles.columns.uniqueNumber'),
      render: (file) => <span className="nowrap">{formatUniqueNumber(file.uniqueNumber)}</span>,
    },
    {
      key: 'company',
      header: t('applicantFile.backofficeFiles.columns.company'),
      render: (file) => file.companyName ?? file.employerName ?? '—',
    },
    {
      key: 'consent',
      header: t('applicantFile.backofficeFiles.columns.consent'),
      render: (file) =>
        file.consent ? t(`applicantFile.file.consent.${file.consent}.short`) : '—',
    },
    {
      key: 'status',
      header: t('applicantFile.backofficeFiles.columns.status'),
      render: (file) => <FileStatusBadge status={file.status} />,
    },
    {
      key: 'submittedAt',
      header: t('applicantFile.backofficeFiles.columns.submittedAt'),
      render: (file) =>
        file.submittedAt ? (
          <time dateTime={file.submittedAt}>{format.dateTime(file.submittedAt)}</time>
        ) : (
          '—'
        ),
    },
  ];

  const count = files.data?.files.length ?? 0;
  return (
    <>
      <PageTitle title={t('applicantFile.backofficeFiles.title')} />
      <p className="lead">{t('applicantFile.backofficeFiles.intro')}</p>
      <form
        role="search"
        className="search-form"
        aria-label={t('applicantFile.backofficeFiles.searchLabel')}
        onSubmit={handleSearch}
      >
        <TextField
          id="backoffice-files-search"
          name="q"
          type="search"
          label={t('applicantFile.backofficeFiles.searchLabel')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('applicantFile.backofficeFiles.searchButton')}
        </Button>
      </form>
      <SelectField
        id="backoffice-files-status"
        name="statut"
        label={t('applicantFile.backofficeFiles.status')}
        options={[
          ...FILE_STATUSES.map((value) => ({
            value,
            label: t(`applicantFile.file.status.${value}`),
          })),
          { value: 'all', label: t('applicantFile.backofficeFiles.allStatuses') },
        ]}
        value={status}
        className="field--medium"
        onChange={(event) => {
          if (isStatusFilter(event.target.value)) updateParams({ status: event.target.value });
        }}
      />
      {files.isPending && <LoadingStatus />}
      {files.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(files.error, t)}</p>
        </Alert>
      )}
      {files.data && (
        <>
          <p className="visually-hidden" role="status">
            {t('applicantFile.backofficeFiles.caption', { count, status: statusLabel })}
          </p>
          <Table
            caption={t('applicantFile.backofficeFiles.caption', { count, status: statusLabel })}
            columns={columns}
            rows={files.data.files}
            rowKey={(file) => file.id}
            emptyText={t('applicantFile.backofficeFiles.empty')}
          />
        </>
      )}
    </>
  );
}
