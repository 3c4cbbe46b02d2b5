import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordVisit, type CandidacyVisit, type VisitStatus } from '../../../api/candidacies';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import {
  Alert,
  Button,
  ErrorSummary,
  SelectField,
  Table,
  TextAreaField,
  TextField,
} from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { localDateTimeToIso } from '../shared/labels';
import { useRefreshLandlord } from './queries';

const VISIT_STATUSES: readonly VisitStatus[] = ['scheduled', 'done', 'missed', 'cancelled'];
const FIELDS = ['scheduledAt', 'status', 'note'] as const;

function isVisitStatus(value: string): value is VisitStatus {
  return (VISIT_STATUSES as readonly string[]).includes(value);
}

/** The visits of the home with a candidate, and the form to record one. */
export function VisitsSection({
  candidacyId,
  visits,
  canRecord,
}: {
  candidacyId: string;
  visits: readonly CandidacyVisit[];
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const refresh = useRefreshLandlord();
  const [when, setWhen] = useState('');
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const form = useFormFeedback('visit', FIELDS);
  const record = useMutation({
    mutationFn: (body: Parameters<typeof recordVisit>[1]) => recordVisit(candidacyId, body),
    onSuccess: () => {
      setWhen('');
      setStatus('');
      setNote('');
      form.clear();
      void refresh();
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const scheduledAt = localDateTimeToIso(when);
    const valid = form.checkFields({
      scheduledAt: scheduledAt ? undefined : t('candidacies.visits.dateRequired'),
      status: isVisitStatus(status) ? undefined : t('candidacies.visits.statusRequired'),
    });
    if (!valid || !scheduledAt || !isVisitStatus(status)) return;
    record.mutate({ scheduledAt, status, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  return (
    <section className="section" aria-labelledby="landlord-visits">
      <h2 id="landlord-visits">{t('candidacies.visits.title')}</h2>
      <Table
        caption={t('candidacies.visits.caption')}
        rows={visits}
        rowKey={(visit) => visit.id}
        emptyText={t('candidacies.visits.none')}
        columns={[
          {
            key: 'date',
            header: t('candidacies.visits.date'),
            isRowHeader: true,
            render: (visit) => format.dateTime(visit.scheduledAt),
          },
          {
            key: 'status',
            header: t('candidacies.visits.status'),
            render: (visit) => t(`candidacies.visitStatus.${visit.status}`),
          },
          {
            key: 'note',
            header: t('candidacies.visits.note'),
            render: (visit) => visit.note ?? '—',
          },
        ]}
      />
      {canRecord && (
        <>
          <h3>{t('candidacies.visits.recordTitle')}</h3>
          {record.isSuccess && (
            <Alert tone="success" isLive>
              <p>{t('candidacies.visits.recorded')}</p>
            </Alert>
          )}
          <ErrorSummary feedback={form.feedback} />
          <form noValidate onSubmit={handleSubmit}>
            <TextField
              id={form.fieldId('scheduledAt')}
              name="scheduledAt"
              type="datetime-local"
              className="field--medium"
              label={t('candidacies.visits.date')}
              isRequired
              value={when}
              error={form.fieldErrors.scheduledAt}
              onChange={(event) => setWhen(event.target.value)}
            />
            <SelectField
              id={form.fieldId('status')}
              name="status"
              label={t('candidacies.visits.status')}
              placeholder={t('candidacies.visits.statusPlaceholder')}
              options={VISIT_STATUSES.map((value) => ({
                value,
                label: t(`candidacies.visitStatus.${value}`),
              }))}
              isRequired
              value={status}
              error={form.fieldErrors.status}
              onChange={(event) => setStatus(event.target.value)}
            />
            <TextAreaField
              id={form.fieldId('note')}
              name="note"
              label={t('candidacies.visits.note')}
              maxLength={1000}
              value={note}
              error={form.fieldErrors.note}
              onChange={(event) => setNote(event.target.value)}
            />
            <Button type="submit" isBusy={record.isPending}>
              {t('candidacies.visits.record')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
