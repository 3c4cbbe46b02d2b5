import { useTranslation } from 'react-i18next';
import {
  INADMISSIBILITY_REASONS,
  type CommissionDecision,
  type InadmissibilityReason,
} from '../../../../domain/candidacies/commission';
import type { LandlordCandidacy } from '../../../api/candidacies';
import type { FieldErrors } from '../../../forms/useFormFeedback';
import { RadioGroup, TextAreaField, TextField } from '../../../ui';
import { candidateName } from './LandlordShortlistPage';

/** The commission's choice for one candidate, "not examined" included. */
type Choice = 'not_examined' | CommissionDecision['decision'];
const CHOICES: readonly Choice[] = [
  'not_examined',
  'attribution',
  'attribution_by_rank',
  'attribution_conditional',
  'non_attribution',
  'inadmissible',
];

/** What the form holds for one candidate, as typed. */
export interface DecisionRow {
  choice: Choice;
  rank: string;
  document: string;
  deadline: string;
  reason: string;
  ground: InadmissibilityReason | null;
}

/** A candidate nothing was entered for yet. */
export const EMPTY_ROW: DecisionRow = {
  choice: 'not_examined',
  rank: '',
  document: '',
  deadline: '',
  reason: '',
  ground: null,
};

/** The commission's decision on one candidate, with the fields that decision asks for. */
export function CandidateDecision({
  candidate,
  row,
  errors,
  fieldId,
  onChange,
}: {
  candidate: LandlordCandidacy;
  row: DecisionRow;
  errors: FieldErrors;
  fieldId: (name: string) => string;
  onChange: (row: DecisionRow) => void;
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
