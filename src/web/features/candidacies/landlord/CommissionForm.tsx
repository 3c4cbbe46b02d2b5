import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCommission, MIN_EXAMINED } from '../../../../domain/candidacies/commission';
import { recordCommission, type LandlordShortlist } from '../../../api/candidacies';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, TextAreaField, TextField } from '../../../ui';
import { parisToday } from '../shared/labels';
import { CandidateDecision, EMPTY_ROW, type DecisionRow } from './CandidateDecision';
import { problemErrors, readDecisions } from './commission-decisions';
import { useRefreshLandlord } from './queries';

const EXAMINABLE = new Set(['sent', 'visited']);

/** The commission's meeting date, one decision per examinable candidate and the justification. */
export function CommissionForm({
  offerId,
  data,
  onSaved,
}: {
  offerId: string;
  data: LandlordShortlist;
  onSaved: (warnings: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const refresh = useRefreshLandlord();
  const examinable = useMemo(
    () => data.candidacies.filter((c) => EXAMINABLE.has(c.status)),
    [data.candidacies],
  );
  const fieldOrder = useMemo(
    () => [
      'meetingDate',
      ...examinable.flatMap((c) =>
        ['decision', 'rank', 'document', 'deadline', 'reason', 'ground'].map((f) => `${f}-${c.id}`),
      ),
      'justification',
    ],
    [examinable],
  );
  const form = useFormFeedback('commission', fieldOrder);
  const [meetingDate, setMeetingDate] = useState(parisToday());
  const [justification, setJustification] = useState('');
  const [rows, setRows] = useState<Record<string, DecisionRow>>({});
  const rowOf = (id: string) => rows[id] ?? EMPTY_ROW;
  const examinedCount = examinable.filter((c) => rowOf(c.id).choice !== 'not_examined').length;
  const fewer = examinedCount < MIN_EXAMINED;
  const save = useMutation({
    mutationFn: (body: Parameters<typeof recordCommission>[1]) => recordCommission(offerId, body),
    onSuccess: (result) => {
      onSaved(result.warnings);
      void refresh();
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, decisions } = readDecisions({ examinable, rowOf, meetingDate, t });
    if (!form.checkFields(errors)) return;
    const check = checkCommission({
      decisions,
      examinable: examinable.map((c) => c.id),
      meetingDate,
      justification: justification.trim() || null,
    });
    if (!check.ok) {
      form.checkFields(problemErrors(check.problems, t));
      return;
    }
    save.mutate({
      meetingDate,
      ...(justification.trim() ? { justification: justification.trim() } : {}),
      decisions,
    });
  }

  return (
    <>
      <p>{t('candidacies.commission.lead', { min: MIN_EXAMINED })}</p>
      <ErrorSummary feedback={form.feedback} />
      <form noValidate onSubmit={handleSubmit}>
        <TextField
          id={form.fieldId('meetingDate')}
          name="meetingDate"
          type="date"
          className="field--medium"
          label={t('candidacies.commission.meetingDate')}
          isRequired
          value={meetingDate}
          error={form.fieldErrors.meetingDate}
          onChange={(event) => setMeetingDate(event.target.value)}
        />
        {examinable.map((candidate) => (
          <CandidateDecision
            key={candidate.id}
            candidate={candidate}
            row={rowOf(candidate.id)}
            errors={form.fieldErrors}
            fieldId={form.fieldId}
            onChange={(row) => setRows({ ...rows, [candidate.id]: row })}
          />
        ))}
        {fewer && (
          <Alert
            tone="warning"
            title={t('candidacies.commission.fewerTitle', { min: MIN_EXAMINED })}
          >
            <p>
              {examinable.length < MIN_EXAMINED
                ? t('candidacies.commission.fewerAvailable', {
                    count: examinable.length,
                    min: MIN_EXAMINED,
                  })
                : t('candidacies.commission.fewerExamined', {
                    count: examinedCount,
                    min: MIN_EXAMINED,
                  })}
            </p>
          </Alert>
        )}
        <TextAreaField
          id={form.fieldId('justification')}
          name="justification"
          label={t('candidacies.commission.justification')}
          hint={t('candidacies.commission.justificationHint', { min: MIN_EXAMINED })}
          isRequired={fewer}
          maxLength={2000}
          value={justification}
          error={form.fieldErrors.justification}
          onChange={(event) => setJustification(event.target.value)}
        />
        <Button type="submit" isBusy={save.isPending}>
          {t('candidacies.commission.save')}
        </Button>
      </form>
    </>
  );
}
