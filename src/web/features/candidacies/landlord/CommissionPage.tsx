import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  checkCommission,
  INADMISSIBILITY_REASONS,
  MIN_EXAMINED,
  type CommissionDecision,
  type InadmissibilityReason,
} from '../../../../domain/candidacies/commission';
import {
  recordCommission,
  type LandlordCandidacy,
  type LandlordShortlist,
} from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { useFormFeedback, type FieldErrors } from '../../../forms/useFormFeedback';
import { LoadingStatus } from '../../../session/guards';
import {
  Alert,
  Button,
  ButtonLink,
  ErrorSummary,
  PageTitle,
  RadioGroup,
  TextAreaField,
  TextField,
} from '../../../ui';
import { isIsoDay, offerName, parisToday } from '../shared/labels';
import { landlordShortlistPath } from '../paths';
import { candidateName } from './LandlordShortlistPage';
import { useLandlordShortlist, useRefreshLandlord } from './queries';

type Choice = 'not_examined' | CommissionDecision['decision'];
const CHOICES: readonly Choice[] = [
  'not_examined',
  'attribution',
  'attribution_by_rank',
  'attribution_conditional',
  'non_attribution',
  'inadmissible',
];

interface Row {
  choice: Choice;
  rank: string;
  document: string;
  deadline: string;
  reason: string;
  ground: InadmissibilityReason | null;
}

const EMPTY_ROW: Row = {
  choice: 'not_examined',
  rank: '',
  document: '',
  deadline: '',
  reason: '',
  ground: null,
};
const EXAMINABLE = new Set(['sent', 'visited']);

function CandidateDecision({
  candidate,
  row,
  errors,
  fieldId,
  onChange,
}: {
  candidate: LandlordCandidacy;
  row: Row;
  errors: FieldErrors;
  fieldId: (name: string) => string;
  onChange: (row: Row) => void;
}) {
  const { t } = useTranslation();
  const name = candidateName(candidate);
  const f = (field: string) => `${field}-${candidate.id}`;
  const ranked = row.choice === 'attribution_by_rank' || row.choice === 'attribution_conditional';
  return (
    <fieldset className="fieldset card section">
      <legend className="field__label">
        {t('candidacies.commission.candidateLegend', { rank: candidate.closingRank ?? '—', name })}
      </legend>
      <RadioGroup<Choice>
        id={fieldId(f('decision'))}
        name={f('decision')}
        legend={t('candidacies.commission.decision', { name })}
        value={row.choice}
        error={errors[f('decision')]}
        onChange={(choice) => onChange({ ...row, choice })}
        options={CHOICES.map((value) => ({
          value,
          label: t(`candidacies.commission.choices.${value}`),
        }))}
      />
      {ranked && (
        <TextField
          id={fieldId(f('rank'))}
          name={f('rank')}
          label={t('candidacies.commission.rank', { name })}
          inputMode="numeric"
          className="field--short"
          isRequired
          value={row.rank}
          error={errors[f('rank')]}
          onChange={(event) => onChange({ ...row, rank: event.target.value })}
        />
      )}
      {row.choice === 'attribution_conditional' && (
        <>
          <TextField
            id={fieldId(f('document'))}
            name={f('document')}
            label={t('candidacies.commission.document', { name })}
            isRequired
            maxLength={200}
            value={row.document}
            error={errors[f('document')]}
            onChange={(event) => onChange({ ...row, document: event.target.value })}
          />
          <TextField
            id={fieldId(f('deadline'))}
            name={f('deadline')}
            type="date"
            className="field--medium"
            label={t('candidacies.commission.deadline', { name })}
            isRequired
            value={row.deadline}
            error={errors[f('deadline')]}
            onChange={(event) => onChange({ ...row, deadline: event.target.value })}
          />
        </>
      )}
      {row.choice === 'non_attribution' && (
        <TextAreaField
          id={fieldId(f('reason'))}
          name={f('reason')}
          label={t('candidacies.commission.reason', { name })}
          isRequired
          maxLength={1000}
          value={row.reason}
          error={errors[f('reason')]}
          onChange={(event) => onChange({ ...row, reason: event.target.value })}
        />
      )}
      {row.choice === 'inadmissible' && (
        <RadioGroup<InadmissibilityReason>
          id={fieldId(f('ground'))}
          name={f('ground')}
          legend={t('candidacies.commission.ground', { name })}
          hint={t('candidacies.commission.groundHint')}
          isRequired
          value={row.ground}
          error={errors[f('ground')]}
          onChange={(ground) => onChange({ ...row, ground })}
          options={INADMISSIBILITY_REASONS.map((value) => ({
            value,
            label: t(`candidacies.inadmissibilityReasons.${value}`),
          }))}
        />
      )}
    </fieldset>
  );
}

function CommissionForm({
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
  const [rows, setRows] = useState<Record<string, Row>>({});
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
    const errors: FieldErrors = {};
    if (!isIsoDay(meetingDate)) errors.meetingDate = t('candidacies.landlord.dateInvalid');
    const decisions: CommissionDecision[] = [];
    for (const candidate of examinable) {
      const row = rowOf(candidate.id);
      const f = (field: string) => `${field}-${candidate.id}`;
      const name = candidateName(candidate);
      const rank = /^\d+$/.test(row.rank.trim()) ? Number(row.rank.trim()) : null;
      switch (row.choice) {
        case 'not_examined':
          break;
        case 'attribution':
          decisions.push({ candidacyId: candidate.id, decision: 'attribution' });
          break;
        case 'attribution_by_rank':
          if (rank === null || rank < 1)
            errors[f('rank')] = t('candidacies.commission.rankRequired', { name });
          else decisions.push({ candidacyId: candidate.id, decision: 'attribution_by_rank', rank });
          break;
        case 'attribution_conditional':
          if (rank === null || rank < 1)
            errors[f('rank')] = t('candidacies.commission.rankRequired', { name });
          if (!row.document.trim())
            errors[f('document')] = t('candidacies.commission.documentRequired', { name });
          if (!isIsoDay(row.deadline))
            errors[f('deadline')] = t('candidacies.commission.deadlineRequired', { name });
          else if (row.deadline <= meetingDate) {
            errors[f('deadline')] = t('candidacies.commission.deadlineAfterMeeting', { name });
          }
          if (rank !== null && rank >= 1 && row.document.trim() && isIsoDay(row.deadline)) {
            decisions.push({
              candidacyId: candidate.id,
              decision: 'attribution_conditional',
              rank,
              condition: { document: row.document.trim(), deadline: row.deadline },
            });
          }
          break;
        case 'non_attribution':
          if (!row.reason.trim())
            errors[f('reason')] = t('candidacies.commission.reasonRequired', { name });
          else
            decisions.push({
              candidacyId: candidate.id,
              decision: 'non_attribution',
              reason: row.reason.trim(),
            });
          break;
        case 'inadmissible':
          if (!row.ground)
            errors[f('ground')] = t('candidacies.commission.groundRequired', { name });
          else
            decisions.push({
              candidacyId: candidate.id,
              decision: 'inadmissible',
              reason: row.ground,
            });
          break;
      }
    }
    if (!form.checkFields(errors)) return;
    const check = checkCommission({
      decisions,
      examinable: examinable.map((c) => c.id),
      meetingDate,
      justification: justification.trim() || null,
    });
    if (!check.ok) {
      const problemErrors: FieldErrors = {};
      for (const problem of check.problems) {
        if (problem === 'justification_required') {
          problemErrors.justification = t('candidacies.commission.problems.justification_required');
        } else {
          problemErrors[problem] = t(`candidacies.commission.problems.${problem}`);
        }
      }
      form.checkFields(problemErrors);
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

/** Landlord portal: the allocation commission's (CALEOL) decision per candidate. */
export function CommissionPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const query = useLandlordShortlist(offerId);
  const data = query.data;
  const [saved, setSaved] = useState<readonly string[] | null>(null);
  return (
    <>
      <p>
        <Link to={landlordShortlistPath(offerId)}>{t('candidacies.landlord.backToShortlist')}</Link>
      </p>
      <PageTitle
        title={
          data
            ? t('candidacies.commission.pageTitle', { offer: offerName(data.round.offer, t) })
            : t('candidacies.commission.pageTitleLoading')
        }
      />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {saved && (
        <>
          <Alert tone="success" isLive shouldFocus title={t('candidacies.commission.savedTitle')}>
            <p>{t('candidacies.commission.saved')}</p>
            {saved.length > 0 && <p>{t('candidacies.commission.savedWithWarning')}</p>}
          </Alert>
          <ButtonLink to={landlordShortlistPath(offerId)}>
            {t('candidacies.commission.backToShortlist')}
          </ButtonLink>
        </>
      )}
      {!saved && data && (data.commission || data.round.status !== 'sent') && (
        <Alert tone="info">
          <p>
            {data.commission
              ? t('candidacies.commission.alreadyRecorded')
              : t('candidacies.commission.notYet')}
          </p>
        </Alert>
      )}
      {!saved && data && !data.commission && data.round.status === 'sent' && (
        <CommissionForm offerId={offerId} data={data} onSaved={setSaved} />
      )}
    </>
  );
}
