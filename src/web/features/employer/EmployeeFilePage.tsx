import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchEmployeeFile } from '../../api/employer';
import type { CompanyDecisionRequest, EmployeeFile } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle, SummaryList } from '../../ui';
import { employerCandidaciesPath } from '../candidacies/paths';
import { FileStatusBadge } from '../file/StatusBadges';
import { useFormat } from '../file/useFormat';
import { CompanyDecision } from './CompanyDecision';
import { EmployeeDataView } from './EmployeeDataView';
import { EMPLOYEE_FILES_PATH } from './paths';

function EmployeeFileView({ file }: { file: EmployeeFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<CompanyDecisionRequest['decision'] | null>(null);

  function handleDecided(updated: EmployeeFile, made: CompanyDecisionRequest['decision']) {
    setDecision(made);
    queryClient.setQueryData(['employer', 'file', updated.id], { file: updated });
    void queryClient.invalidateQueries({ queryKey: ['employer', 'files'] });
  }

  return (
    <>
      {decision && (
        <Alert tone="success" isLive shouldFocus>
          <p>
            {decision === 'validate'
              ? t('applicantFile.employerFiles.validated')
              : t('applicantFile.employerFiles.refused')}
          </p>
        </Alert>
      )}
      <SummaryList
        items={[
          {
            label: t('applicantFile.employerFiles.columns.status'),
            value: <FileStatusBadge status={file.status} />,
          },
          {
            label: t('applicantFile.employerFiles.columns.consent'),
            value: t(`applicantFile.file.consent.${file.consent}.short`),
          },
          {
            label: t('applicantFile.employerFiles.columns.date'),
            value: file.submittedAt ? format.dateTime(file.submittedAt) : '—',
          },
        ]}
      />
      <Alert tone="info">
        <p>
          {file.data.level === 'full'
            ? t('applicantFile.employerFiles.fullNotice')
            : t('applicantFile.employerFiles.limitedNotice')}
        </p>
      </Alert>
      <EmployeeDataView file={file} />
      {file.consent === 'full' && (
        <p>
          <Link to={employerCandidaciesPath(file.id)}>{t('candidacies.employer.link')}</Link>
        </p>
      )}
      {file.status === 'awaiting_company' && (
        <CompanyDecision file={file} onDecided={handleDecided} />
      )}
    </>
  );
}

/** Employer portal: one employee's file, within the consent given, and the company's decision. */
export function EmployeeFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['employer', 'file', id],
    queryFn: () => fetchEmployeeFile(id),
  });
  const data = query.data?.file.data;
  const title = data
    ? t('applicantFile.employerFiles.detailTitle', { name: `${data.firstName} ${data.lastName}` })
    : t('applicantFile.employerFiles.detailTitleLoading');
  return (
    <>
      <p>
        <Link to={EMPLOYEE_FILES_PATH}>{t('applicantFile.employerFiles.back')}</Link>
      </p>
      <PageTitle title={title} />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && <EmployeeFileView file={query.data.file} />}
    </>
  );
}
