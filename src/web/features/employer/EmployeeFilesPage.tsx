import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listEmployeeFiles } from '../../api/employer';
import type { EmployeeFile } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle, SelectField, Table, type TableColumn } from '../../ui';
import { FileStatusBadge } from '../file/StatusBadges';
import { useFormat } from '../file/useFormat';
import { employeeFilePath } from './paths';

type Filter = 'to_validate' | 'all';
const FILTER_PARAM = 'filtre';

/** Employer portal: the employees' files, those waiting for the company's decision by default. */
export function EmployeeFilesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get(FILTER_PARAM) === 'all' ? 'all' : 'to_validate';
  const files = useQuery({
    queryKey: ['employer', 'files', filter],
    queryFn: () => listEmployeeFiles(filter === 'all' ? undefined : 'awaiting_company'),
  });

  const columns: TableColumn<EmployeeFile>[] = [
    {
      key: 'name',
      header: t('applicantFile.employerFiles.columns.name'),
      isRowHeader: true,
      render: (file) => (
        <Link to={employeeFilePath(file.id)}>{`${file.data.firstName} ${file.data.lastName}`}</Link>
      ),
    },
    {
      key: 'email',
      header: t('applicantFile.employerFiles.columns.email'),
      render: (file) => file.data.email,
    },
    {
      key: 'status',
      header: t('applicantFile.employerFiles.columns.status'),
      render: (file) => <FileStatusBadge status={file.status} />,
    },
    {
      key: 'consent',
      header: t('applicantFile.employerFiles.columns.consent'),
      render: (file) => t(`applicantFile.file.consent.${file.consent}.short`),
    },
    {
      key: 'date',
      header: t('applicantFile.employerFiles.columns.date'),
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
      <PageTitle title={t('applicantFile.employerFiles.title')} />
      <p className="lead">{t('applicantFile.employerFiles.intro')}</p>
      <SelectField
        id="employer-files-filter"
        name="filtre"
        label={t('applicantFile.employerFiles.filter')}
        options={[
          {
            value: 'to_validate',
            label: t('applicantFile.employerFiles.filterOptions.toValidate'),
          },
          { value: 'all', label: t('applicantFile.employerFiles.filterOptions.all') },
        ]}
        value={filter}
        className="field--medium"
        onChange={(event) => {
          const next = new URLSearchParams(params);
          if (event.target.value === 'all') next.set(FILTER_PARAM, 'all');
          else next.delete(FILTER_PARAM);
          setParams(next, { replace: true });
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
            {t(`applicantFile.employerFiles.caption.${filter}`, { count })}
          </p>
          <Table
            caption={t(`applicantFile.employerFiles.caption.${filter}`, { count })}
            columns={columns}
            rows={files.data.files}
            rowKey={(file) => file.id}
            emptyText={
              filter === 'all'
                ? t('applicantFile.employerFiles.emptyAll')
                : t('applicantFile.employerFiles.emptyToValidate')
            }
          />
        </>
      )}
    </>
  );
}
