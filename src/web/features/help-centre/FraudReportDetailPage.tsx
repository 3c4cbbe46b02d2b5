import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  FRAUD_STATUSES,
  fetchFraudReport,
  updateFraudReport,
  type FraudReport,
  type FraudStatus,
} from '../../api/help';
import { describeError } from '../../forms/describeError';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { LoadingStatus } from '../../session/guards';
import {
  Alert,
  Button,
  ErrorSummary,
  PageTitle,
  RadioGroup,
  SummaryList,
  TextAreaField,
} from '../../ui';
import { useFormat } from '../file/useFormat';
import { FraudStatusBadge } from './FraudBadges';
import { FRAUD_QUEUE_PATH } from './paths';
import './support.css';

function HandlingForm({ report }: { report: FraudReport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<FraudStatus>(report.status);
  const [note, setNote] = useState(report.handlingNote ?? '');
  const form = useFormFeedback('fraud-handling', ['status', 'handlingNote']);
  const mutation = useMutation({
    mutationFn: () => updateFraudReport(report.id, { status, handlingNote: note.trim() || null }),
    onSuccess: () => {
      form.clear();
      void queryClient.invalidateQueries({ queryKey: ['backoffice', 'fraud-reports'] });
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    mutation.mutate();
  }

  return (
    <section className="section" aria-labelledby="fraud-handling-title">
      <h2 id="fraud-handling-title">{t('support.fraudQueue.handlingTitle')}</h2>
      <ErrorSummary feedback={form.feedback} />
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('support.fraudQueue.saved')}</p>
        </Alert>
      )}
      <form className="form" noValidate onSubmit={handleSubmit}>
        <RadioGroup<FraudStatus>
          id={form.fieldId('status')}
          name="status"
          legend={t('support.fraudQueue.columns.status')}
          options={FRAUD_STATUSES.map((value) => ({
            value,
            label: t(`support.fraudQueue.status.${value}`),
          }))}
          value={status}
          error={form.fieldErrors.status}
          onChange={setStatus}
          isRequired
          isInline
        />
        <TextAreaField
          id={form.fieldId('handlingNote')}
          name="handlingNote"
          label={t('support.fraudQueue.note')}
          hint={t('support.fraudQueue.noteHint')}
          maxLength={5000}
          value={note}
          error={form.fieldErrors.handlingNote}
          onChange={(event) => setNote(event.target.value)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.fraudQueue.save')}
        </Button>
      </form>
    </section>
  );
}

/** Back office: one fraud report and how it is handled. */
export function FraudReportDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useQuery({
    queryKey: ['backoffice', 'fraud-reports', 'detail', id],
    queryFn: () => fetchFraudReport(id),
  });
  const report = query.data?.report;
  return (
    <>
      <PageTitle
        title={
          report
            ? t('support.fraudQueue.detailTitle', { reference: report.reference })
            : t('support.fraudQueue.detailLoading')
        }
      />
      <p>
        <Link to={FRAUD_QUEUE_PATH}>{t('support.fraudQueue.back')}</Link>
      </p>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {report && (
        <>
          <SummaryList
            items={[
              {
                label: t('support.fraudQueue.columns.status'),
                value: <FraudStatusBadge status={report.status} />,
              },
              {
                label: t('support.fraudQueue.columns.createdAt'),
                value: format.dateTime(report.createdAt),
              },
              {
                label: t('support.fraudQueue.columns.channel'),
                value: t(`support.fraud.channels.${report.channel}`),
              },
              {
                label: t('support.fraudQueue.fields.occurredOn'),
                value: report.occurredOn
                  ? format.day(report.occurredOn)
                  : t('support.common.notGiven'),
              },
              {
                label: t('support.fraudQueue.columns.amount'),
                value:
                  report.amountRequestedCents === null
                    ? t('support.common.notGiven')
                    : format.cents(report.amountRequestedCents),
              },
              {
                label: t('support.fraudQueue.fields.description'),
                value: <span className="message__body">{report.description}</span>,
              },
              {
                label: t('support.fraudQueue.fields.contactEmail'),
                value: report.contactEmail ? (
                  <span className="wrap-anywhere">{report.contactEmail}</span>
                ) : (
                  t('support.common.notGiven')
                ),
              },
              {
                label: t('support.fraudQueue.fields.contactPhone'),
                value: report.contactPhone ?? t('support.common.notGiven'),
              },
              {
                label: t('support.fraudQueue.fields.fromAccount'),
                value: report.fromAccount ? t('support.common.yes') : t('support.common.no'),
              },
            ]}
          />
          <HandlingForm key={report.id} report={report} />
        </>
      )}
    </>
  );
}
