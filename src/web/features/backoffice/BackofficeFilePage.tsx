import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchBackofficeFile } from '../../api/backoffice';
import type { BackofficeFileDetail, OperatorDecisionRequest } from '../../api/file-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle, SummaryList } from '../../ui';
import { ApplicationDetails } from '../file/ApplicationDetails';
import { DocumentsOverview } from '../file/DocumentsOverview';
import { HistoryTable } from '../file/HistoryTable';
import { isOperatorRefusalReason } from '../file/labels';
import { FileStatusBadge } from '../file/StatusBadges';
import { useFormat } from '../file/useFormat';
import { CompanySummary } from './CompanySummary';
import { OperatorDecision } from './OperatorDecision';
import { BACKOFFICE_FILES_PATH } from './paths';

function StatusSection({ detail }: { detail: BackofficeFileDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { file } = detail;
  const refusal = file.refusal;
  const refusalText = refusal
    ? [
        isOperatorRefusalReason(refusal.reason)
          ? t(`applicantFile.file.refusalReason.${refusal.reason}`)
          : refusal.reason,
        refusal.comment,
      ]
        .filter(Boolean)
        .join('. ')
    : null;
  return (
    <section className="section" aria-labelledby="bo-status">
      <h2 id="bo-status">{t('applicantFile.backofficeFiles.sections.status')}</h2>
      <SummaryList
        items={[
          {
            label: t('applicantFile.backofficeFiles.fields.status'),
            value: <FileStatusBadge status={file.status} />,
          },
          {
            label: t('applicantFile.backofficeFiles.fields.validity'),
            value: t(`applicantFile.backofficeFiles.validity.${file.validity.state}`, {
              date: format.day(file.validity.validUntil),
            }),
          },
          {
            label: t('applicantFile.backofficeFiles.fields.identity'),
            value:
              file.identityMismatch.length === 0
                ? t('applicantFile.backofficeFiles.identityOk')
                : t('applicantFile.backofficeFiles.identityMismatch', {
                    fields: file.identityMismatch
                      .map((part) => t(`applicantFile.backofficeFiles.mismatch.${part}`))
                      .join(', '),
                  }),
          },
          ...(refusal && refusalText
            ? [
                {
                  label:
                    refusal.by === 'company'
                      ? t('applicantFile.backofficeFiles.fields.refusedByCompany')
                      : t('applicantFile.backofficeFiles.fields.refusedByOperator'),
                  value: refusalText,
                },
              ]
            : []),
          {
            label: t('applicantFile.file.numbers.uniqueNumber'),
            value: file.uniqueNumberFormatted,
          },
          { label: t('applicantFile.file.numbers.platformNumber'), value: file.platformNumber },
          { label: t('applicantFile.file.numbers.personalCode'), value: file.personalCode },
          {
            label: t('applicantFile.backofficeFiles.fields.importedAt'),
            value: format.dateTime(file.importedAt),
          },
          {
            label: t('applicantFile.backofficeFiles.fields.refreshedAt'),
            value: format.dateTime(file.refreshedAt),
          },
        ]}
      />
    </section>
  );
}

function BackofficeFileView({ detail, id }: { detail: BackofficeFileDetail; id: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<OperatorDecisionRequest['decision'] | null>(null);
  const { file, account } = detail;

  function handleDecided(made: OperatorDecisionRequest['decision']) {
    setDecision(made);
    void queryClient.invalidateQueries({ queryKey: ['backoffice'] });
  }

  return (
    <>
      {decision && (
        <Alert tone="success" isLive shouldFocus>
          <p>
            {decision === 'validate'
              ? t('applicantFile.backofficeFiles.validated')
              : t('applicantFile.backofficeFiles.refused')}
          </p>
        </Alert>
      )}
      <StatusSection detail={detail} />
      <section className="section" aria-labelledby="bo-account">
        <h2 id="bo-account">{t('applicantFile.backofficeFiles.sections.account')}</h2>
        <SummaryList
          items={[
            {
              label: t('applicantFile.backofficeFiles.fields.name'),
              value: `${account.firstName} ${account.lastName}`,
            },
            { label: t('applicantFile.backofficeFiles.fields.email'), value: account.email },
            {
              label: t('applicantFile.backofficeFiles.fields.mobilePhone'),
              value: account.mobilePhone ?? t('common.notProvided'),
            },
          ]}
        />
      </section>
      <CompanySummary detail={detail} />
      <section className="section" aria-labelledby="bo-consent">
        <h2 id="bo-consent">{t('applicantFile.backofficeFiles.sections.consent')}</h2>
        {file.consent ? (
          <>
            <p>
              <strong>{t(`applicantFile.file.consent.${file.consent}.short`)}</strong>
            </p>
            <p>{t(`applicantFile.file.consent.${file.consent}.companySees`)}</p>
          </>
        ) : (
          <p>{t('applicantFile.backofficeFiles.consentNotChosen')}</p>
        )}
      </section>
      <section className="section" aria-labelledby="bo-application">
        <h2 id="bo-application">{t('applicantFile.backofficeFiles.sections.application')}</h2>
        <ApplicationDetails application={file.application} level={3} />
      </section>
      <section className="section" aria-labelledby="bo-documents">
        <h2 id="bo-documents">{t('applicantFile.backofficeFiles.sections.documents')}</h2>
        <DocumentsOverview groups={file.documents} application={file.application} />
      </section>
      <section className="section" aria-labelledby="bo-history">
        <h2 id="bo-history">{t('applicantFile.backofficeFiles.sections.history')}</h2>
        <HistoryTable
          history={file.history}
          caption={t('applicantFile.backofficeFiles.historyCaption')}
        />
      </section>
      {file.status === 'awaiting_operator' && !decision && (
        <OperatorDecision fileId={id} onDecided={(_status, made) => handleDecided(made)} />
      )}
    </>
  );
}

/** Back office: a file in full, and Action Logement's decision. */
export function BackofficeFilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['backoffice', 'file', id],
    queryFn: () => fetchBackofficeFile(id),
  });
  const detail = query.data;
  const title = detail
    ? t('applicantFile.backofficeFiles.detailTitle', {
        number: detail.file.platformNumber,
        name: `${detail.account.firstName} ${detail.account.lastName}`,
      })
    : t('applicantFile.backofficeFiles.detailTitleLoading');
  return (
    <>
      <p>
        <Link to={BACKOFFICE_FILES_PATH}>{t('applicantFile.backofficeFiles.back')}</Link>
      </p>
      <PageTitle title={title} />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {detail && <BackofficeFileView detail={detail} id={id} />}
    </>
  );
}
