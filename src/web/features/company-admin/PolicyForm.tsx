import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTRACT_TYPES,
  savePolicy,
  type Company,
  type ContractType,
  type HousingPolicy,
  type WorkplaceRule,
} from '../../api/companies';
import type { ConsentLevel } from '../../api/file-types';
import { useFormFeedback } from '../../forms/useFormFeedback';
import {
  Alert,
  Button,
  Checkbox,
  ErrorSummary,
  RadioGroup,
  TextAreaField,
  TextField,
} from '../../ui';
import { CheckboxGroup } from './CheckboxGroup';
import { WorkplacesEditor } from './WorkplacesEditor';

const FIELDS = [
  'validationRequired',
  'requiresStaffNumber',
  'requiresHiringDate',
  'allowedConsents',
  'minSeniorityMonths',
  'contractTypes',
  'workplaces',
  'priorityPoints',
  'employeeNote',
] as const;
const CONSENT_LEVELS: readonly ConsentLevel[] = ['anonymous', 'limited', 'full'];

type YesNo = 'yes' | 'no';

interface PolicyValues {
  validationRequired: YesNo;
  requiresStaffNumber: boolean;
  requiresHiringDate: boolean;
  allowedConsents: ConsentLevel[];
  minSeniorityMonths: string;
  contractTypes: ContractType[];
  workplaces: WorkplaceRule[];
  priorityPoints: string;
  employeeNote: string;
}

function toValues(policy: HousingPolicy): PolicyValues {
  return {
    validationRequired: policy.validationRequired ? 'yes' : 'no',
    requiresStaffNumber: policy.requiresStaffNumber,
    requiresHiringDate: policy.requiresHiringDate,
    allowedConsents: [...policy.allowedConsents],
    minSeniorityMonths: policy.minSeniorityMonths === null ? '' : String(policy.minSeniorityMonths),
    contractTypes: [...policy.contractTypes],
    workplaces: [...policy.workplaces],
    priorityPoints: String(policy.priorityPoints),
    employeeNote: policy.employeeNote ?? '',
  };
}

const WHOLE_NUMBER = /^\d{1,4}$/;

/** HR administrators: the housing policy, saved as a new version (date and author kept). */
export function PolicyForm({
  company,
  onSaved,
}: {
  company: Company;
  onSaved: (company: Company) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PolicyValues>(() => toValues(company.policy));
  const form = useFormFeedback('policy', FIELDS);
  const mutation = useMutation({
    mutationFn: savePolicy,
    onSuccess: (result) => {
      form.clear();
      onSaved(result.company);
    },
    onError: (error) => form.showApiError(error),
  });
  const update = <K extends keyof PolicyValues>(name: K, value: PolicyValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const seniority = values.minSeniorityMonths.trim();
    const points = values.priorityPoints.trim();
    const seniorityOk =
      seniority === '' || (WHOLE_NUMBER.test(seniority) && Number(seniority) <= 600);
    const isValid = form.checkFields({
      allowedConsents:
        values.allowedConsents.length === 0
          ? t('support.policy.errors.allowedConsents')
          : undefined,
      minSeniorityMonths: seniorityOk ? undefined : t('support.policy.errors.minSeniority'),
      requiresHiringDate:
        seniorityOk && seniority !== '' && Number(seniority) > 0 && !values.requiresHiringDate
          ? t('support.policy.errors.hiringDateNeeded')
          : undefined,
      priorityPoints:
        WHOLE_NUMBER.test(points) && Number(points) <= company.maxPriorityPoints
          ? undefined
          : t('support.policy.errors.priorityPoints', { max: company.maxPriorityPoints }),
    });
    if (!isValid) return;
    mutation.mutate({
      validationRequired: values.validationRequired === 'yes',
      requiresStaffNumber: values.requiresStaffNumber,
      requiresHiringDate: values.requiresHiringDate,
      allowedConsents: CONSENT_LEVELS.filter((level) => values.allowedConsents.includes(level)),
      minSeniorityMonths: seniority === '' || Number(seniority) === 0 ? null : Number(seniority),
      contractTypes: CONTRACT_TYPES.filter((type) => values.contractTypes.includes(type)),
      workplaces: values.workplaces,
      priorityPoints: Number(points),
      employeeNote: values.employeeNote.trim() || null,
    });
  }

  return (
    <>
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{t('support.policy.saved', { version: mutation.data.company.policy.version })}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <RadioGroup<YesNo>
          id={form.fieldId('validationRequired')}
          name="validationRequired"
          legend={t('support.policy.validationQuestion')}
          hint={t('support.policy.validationHint')}
          options={[
            { value: 'yes', label: t('support.policy.validationYes') },
            { value: 'no', label: t('support.policy.validationNo') },
          ]}
          value={values.validationRequired}
          error={form.fieldErrors.validationRequired}
          onChange={(value) => update('validationRequired', value)}
          isRequired
        />
        <fieldset className="group-box">
          <legend>{t('support.policy.requiredFields')}</legend>
          <p className="field__hint">{t('support.policy.requiredFieldsHint')}</p>
          <Checkbox
            id={form.fieldId('requiresStaffNumber')}
            name="requiresStaffNumber"
            label={t('support.policy.staffNumber')}
            checked={values.requiresStaffNumber}
            error={form.fieldErrors.requiresStaffNumber}
            onChange={(event) => update('requiresStaffNumber', event.target.checked)}
          />
          <Checkbox
            id={form.fieldId('requiresHiringDate')}
            name="requiresHiringDate"
            label={t('support.policy.hiringDate')}
            hint={t('support.policy.hiringDateHint')}
            checked={values.requiresHiringDate}
            error={form.fieldErrors.requiresHiringDate}
            onChange={(event) => update('requiresHiringDate', event.target.checked)}
          />
        </fieldset>
        <CheckboxGroup<ConsentLevel>
          id={form.fieldId('allowedConsents')}
          name="allowedConsents"
          legend={t('support.policy.allowedConsents')}
          hint={t('support.policy.allowedConsentsHint')}
          isRequired
          options={CONSENT_LEVELS.map((level) => ({
            value: level,
            label: t(`support.consent.${level}`),
            hint: t(`support.consent.${level}Hint`),
          }))}
          values={values.allowedConsents}
          error={form.fieldErrors.allowedConsents}
          onChange={(next) => update('allowedConsents', next)}
        />
        <h3>{t('support.policy.criteriaTitle')}</h3>
        <p>{t('support.policy.criteriaIntro')}</p>
        <TextField
          id={form.fieldId('minSeniorityMonths')}
          name="minSeniorityMonths"
          inputMode="numeric"
          label={t('support.policy.minSeniority')}
          hint={t('support.policy.minSeniorityHint')}
          autoComplete="off"
          className="field--number"
          value={values.minSeniorityMonths}
          error={form.fieldErrors.minSeniorityMonths}
          onChange={(event) => update('minSeniorityMonths', event.target.value)}
        />
        <CheckboxGroup<ContractType>
          id={form.fieldId('contractTypes')}
          name="contractTypes"
          legend={t('support.policy.contractTypes')}
          hint={t('support.policy.contractTypesHint')}
          options={CONTRACT_TYPES.map((type) => ({
            value: type,
            label: t(`support.policy.contracts.${type}`),
          }))}
          values={values.contractTypes}
          error={form.fieldErrors.contractTypes}
          onChange={(next) => update('contractTypes', next)}
        />
        <WorkplacesEditor
          id={form.fieldId('workplaces')}
          rules={values.workplaces}
          errors={form.fieldErrors}
          onChange={(next) => update('workplaces', next)}
        />
        <h3>{t('support.policy.pointsTitle')}</h3>
        <TextField
          id={form.fieldId('priorityPoints')}
          name="priorityPoints"
          inputMode="numeric"
          label={t('support.policy.priorityPoints')}
          hint={t('support.policy.priorityPointsHint', { max: company.maxPriorityPoints })}
          autoComplete="off"
          isRequired
          className="field--number"
          value={values.priorityPoints}
          error={form.fieldErrors.priorityPoints}
          onChange={(event) => update('priorityPoints', event.target.value)}
        />
        <TextAreaField
          id={form.fieldId('employeeNote')}
          name="employeeNote"
          label={t('support.policy.employeeNote')}
          hint={t('support.policy.employeeNoteHint')}
          maxLength={2000}
          value={values.employeeNote}
          error={form.fieldErrors.employeeNote}
          onChange={(event) => update('employeeNote', event.target.value)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.policy.submit')}
        </Button>
      </form>
    </>
  );
}
