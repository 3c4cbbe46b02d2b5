import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isPasswordAcceptable } from '../../../domain/accounts/password-policy';
import type { FieldErrors } from '../../forms/useFormFeedback';
import { PasswordField } from '../../ui';
import { PasswordChecklist } from './PasswordChecklist';

/** Props of the new password and confirmation pair. */
export interface NewPasswordFieldsProps {
  /** Builds an input id from a field name. */
  fieldId: (name: string) => string;
  passwordName: string;
  confirmationName: string;
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  /** The account's e-mail, needed by the "different from the user name" rule. */
  email: string;
  errors: FieldErrors;
}

/** "Nouveau mot de passe" with the seed's rule text and a live checklist, then its confirmation. */
export function NewPasswordFields(props: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const passwordId = props.fieldId(props.passwordName);
  const checklistId = `${passwordId}-rules`;
  return (
    <>
      <PasswordField
        id={passwordId}
        name={props.passwordName}
        label={t('password.newLabel')}
        hint={t('password.ruleText')}
        autoComplete="new-password"
        value={props.password}
        error={props.errors[props.passwordName]}
        onChange={(event) => props.onPasswordChange(event.target.value)}
      />
      <PasswordChecklist id={checklistId} password={props.password} email={props.email} />
      <PasswordField
        id={props.fieldId(props.confirmationName)}
        name={props.confirmationName}
        label={t('password.confirmationLabel')}
        autoComplete="new-password"
        value={props.confirmation}
        error={props.errors[props.confirmationName]}
        onChange={(event) => props.onConfirmationChange(event.target.value)}
      />
    </>
  );
}

/** Client-side checks of a new password before it is sent. */
export function validateNewPassword(
  values: { password: string; confirmation: string; email: string },
  names: { password: string; confirmation: string },
  t: TFunction,
): FieldErrors {
  const errors: FieldErrors = {};
  if (values.password === '') errors[names.password] = t('password.errors.required');
  else if (!isPasswordAcceptable(values.password, { email: values.email }))
    errors[names.password] = t('password.errors.rules');
  if (values.confirmation === '')
    errors[names.confirmation] = t('password.errors.confirmationRequired');
  else if (values.password !== values.confirmation)
    errors[names.confirmation] = t('password.errors.mismatch');
  return errors;
}
