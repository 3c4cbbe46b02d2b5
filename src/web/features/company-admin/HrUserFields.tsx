import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HrUserInput } from '../../api/companies';
import type { Civility } from '../../api/types';
import { Button, Checkbox, RadioGroup, TextField } from '../../ui';

/** An HR user being typed (civility may still be unset). */
export type HrUserDraft = HrUserInput;

/** An empty HR user. */
export const EMPTY_HR_USER: HrUserDraft = {
  civility: null,
  firstName: '',
  lastName: '',
  email: '',
  isAdmin: false,
};

/** The names of an HR user's fields, as the API paths end (`hrUsers.0.email`). */
export const HR_USER_FIELDS = ['civility', 'firstName', 'lastName', 'email', 'isAdmin'] as const;

/** Props of one HR user's fields. */
export interface HrUserFieldsProps {
  /** Prefix of the field names and ids, e.g. `hrUsers.0`. */
  name: string;
  fieldId: (name: string) => string;
  legend: string;
  value: HrUserDraft;
  errors: Partial<Record<string, string>>;
  onChange: (value: HrUserDraft) => void;
  onRemove?: () => void;
}

/** Civility, names, e-mail and administrator flag of an HR user to invite, in a fieldset. */
export function HrUserFields({
  name,
  fieldId,
  legend,
  value,
  errors,
  onChange,
  onRemove,
}: HrUserFieldsProps) {
  const { t } = useTranslation();
  const path = (field: string) => `${name}.${field}`;
  const set = <K extends keyof HrUserDraft>(field: K, next: HrUserDraft[K]) =>
    onChange({ ...value, [field]: next });
  const text = (field: 'firstName' | 'lastName' | 'email', type = 'text') => (
    <TextField
      id={fieldId(path(field))}
      name={path(field)}
      type={type}
      label={t(`support.companies.hr.${field}`)}
      autoComplete="off"
      isRequired
      value={value[field]}
      error={errors[path(field)]}
      onChange={(event) => set(field, event.target.value)}
    />
  );
  return (
    <fieldset className="group-box">
      <legend>{legend}</legend>
      <RadioGroup<Civility>
        id={fieldId(path('civility'))}
        name={path('civility')}
        legend={t('support.companies.hr.civility')}
        options={[
          { value: 'mme', label: t('support.common.civility.mme') },
          { value: 'm', label: t('support.common.civility.m') },
        ]}
        value={value.civility}
        error={errors[path('civility')]}
        onChange={(civility) => set('civility', civility)}
        isInline
      />
      {text('firstName')}
      {text('lastName')}
      {text('email', 'email')}
      <Checkbox
        id={fieldId(path('isAdmin'))}
        name={path('isAdmin')}
        label={t('support.companies.hr.isAdmin')}
        hint={t('support.companies.hr.isAdminHint')}
        checked={value.isAdmin}
        error={errors[path('isAdmin')]}
        onChange={(event) => set('isAdmin', event.target.checked)}
      />
      {onRemove && (
        <Button variant="tertiary" onClick={onRemove}>
          {t('support.companies.hr.remove', { legend })}
        </Button>
      )}
    </fieldset>
  );
}

/** Client-side problems of an HR user, by field path. */
export function hrUserProblems(
  name: string,
  value: HrUserDraft,
  t: TFunction,
): Record<string, string | undefined> {
  return {
    [`${name}.firstName`]:
      value.firstName.trim() === '' ? t('support.companies.errors.hrFirstName') : undefined,
    [`${name}.lastName`]:
      value.lastName.trim() === '' ? t('support.companies.errors.hrLastName') : undefined,
    [`${name}.email`]:
      value.email.trim() === '' ? t('support.companies.errors.hrEmail') : undefined,
  };
}

/** An HR user as the API takes it (trimmed). */
export function toHrUserInput(value: HrUserDraft): HrUserInput {
  return {
    civility: value.civility,
    firstName: value.firstName.trim(),
    lastName: value.lastName.trim(),
    email: value.email.trim(),
    isAdmin: value.isAdmin,
  };
}
