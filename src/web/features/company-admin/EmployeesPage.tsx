import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  EMPLOYEE_FILE_STATUSES,
  searchEmployeeFiles,
  type EmployeeFileRow,
  type EmployeeFileStatus,
} from '../../api/companies';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Badge,
  Button,
  PageTitle,
  SelectField,
  Table,
  TextField,
  type BadgeTone,
  type TableColumn,
} from '../../ui';
import { useFormat } from '../file/useFormat';
import '../help-centre/support.css';
import { EmployeeFilesExport } from './EmployeeFilesExport';
import { employeeFilePath } from './paths';

type StatusFilter = EmployeeFileStatus | 'all';

const STATUS_TONE: Record<EmployeeFileStatus, BadgeTone> = {
  incomplete: 'neutral',
  awaiting_company: 'warning',
  awaiting_operator: 'info',
  validated: 'success',
  refused: 'error',
};

function isStatusFilter(value: string | null): value is StatusFilter {
  return value === 'all' || (EMPLOYEE_FILE_STATUSES as readonly (string | null)[]).includes(value);
}

/**
 * Employer portal: the employees' files the company may see (never anonymous ones, only what each
 * consent allows), filtered by state and searched by name, with the CSV export.
 */
export function EmployeesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('etat');
  const status: StatusFilter = isStatusFilter(statusParam) ? statusParam : 'all';
  const q = params.get('q') ?? '';
  const [search, setSearch] = useState(q);
  const filter = { status: status === 'all' ? undefined : status, q: q || undefined };
  const files = useQuery({
    queryKey: ['employer', 'employees', status, q],
    queryFn: () => searchEmployeeFiles(filter),
  });

  function updateParams(next: { status?: StatusFilter; q?: string }) {
    const query = new URLSearchParams();
    const nextStatus = next.status ?? status;
    const nextQ = next.q ?? q;
    if (nextStatus !== 'all') query.set('etat', nextStatus);
    if (nextQ) query.set('q', nextQ);
    setParams(query, { replace: true });
  }

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateParams({ q: search.trim() });
  }

  const columns: TableColumn<EmployeeFileRow>[] = [
    {
      key: 'name',
      header: t('support.employees.columns.name'),
      isRowHeader: true,
      render: (file) => (
        <>
          <Link
            to={employeeFilePath(file.id)}
          >{`${file.data.firstName} ${file.data.lastName}`}</Link>
          <span className="table__detail wrap-anywhere">{file.data.email}</span>
        </>
      ),
    },
    {
      key: 'status',
      header: t('support.employees.columns.status'),
      render: (file) => (
        <Badge tone={STATUS_TONE[file.status]}>
          {t(`support.employees.statuses.${file.status}`)}
        </Badge>
      ),
    },
    {
      key: 'consent',
      header: t('support.employees.columns.consent'),
      render: (file) => t(`support.consent.${file.consent}`),
    },
    {
      key: 'criteria',
      header: t('support.employees.columns.criteria'),
      render: (file) =>
        file.criteria.length === 0 ? (
          t('support.employees.noCriteria')
        ) : file.criteriaMet ? (
          <Badge tone="success">{t('support.employees.criteriaMet')}</Badge>
        ) : (
          <Badge tone="warning">{t('support.employees.criteriaNotMet')}</Badge>
        ),
    },
    {
      key: 'code',
      header: t('support.employees.columns.accessCode'),
      render: (file) =>
        file.accessCode
          ? file.accessCode.namesMatch
            ? t('support.employees.codeUsed')
            : t('support.employees.codeOtherName', {
                name: `${file.accessCode.issuedTo.firstName} ${file.accessCode.issuedTo.lastName}`,
              })
          : '—',
    },
    {
      key: 'submittedAt',
      header: t('support.employees.columns.submittedAt'),
      render: (file) =>
        file.submittedAt ? (
          <time dateTime={file.submittedAt}>{format.dateTime(file.submittedAt)}</time>
        ) : (
          '—'
        ),
    },
  ];

  const rows = files.data?.files ?? [];
  return (
    <>
      <PageTitle title={t('support.employees.title')} />
      <p className="lead">{t('support.employees.intro')}</p>
      <form
        role="search"
        className="search-form"
        aria-label={t('support.employees.searchLabel')}
        onSubmit={handleSearch}
      >
        <SelectField
          id="employees-status"
          name="etat"
          label={t('support.employees.statusFilter')}
          options={(['all', ...EMPLOYEE_FILE_STATUSES] as const).map((value) => ({
            value,
            label:
              value === 'all'
                ? t('support.employees.allStatuses')
                : t(`support.employees.statuses.${value}`),
          }))}
          value={status}
          onChange={(event) =>
            updateParams({
              status: isStatusFilter(event.target.value) ? event.target.value : 'all',
            })
          }
        />
        <TextField
          id="employees-search"
          name="q"
          type="search"
          label={t('support.employees.searchLabel')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="submit" variant="secondary">
          {t('support.common.search')}
        </Button>
      </form>
      <EmployeeFilesExport filter={filter} />
      {files.isPending && <LoadingStatus />}
      {files.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(files.error, t)}</p>
        </Alert>
      )}
      {files.data && (
        <Table
          caption={t('support.employees.caption', { count: rows.length })}
          columns={columns}
          rows={rows}
          rowKey={(file) => file.id}
          emptyText={t('support.employees.empty')}
        />
      )}
    </>
  );
}
