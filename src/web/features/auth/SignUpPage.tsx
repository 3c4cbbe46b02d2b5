import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createAccount } from '../../api/accounts';
import type { Civility } from '../../api/types';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, Checkbox, ErrorSummary, PageTitle, RadioGroup, TextField } from '../../ui';

const FIELDS = [
  'civility',
  'birthName',
  'firstName',
  'mobilePhone',
  'email',
  'acceptsDataUse',
] as const;
type TextFieldName = 'birthName' | 'firstName' | 'mobilePhone' | 'email';

interface SignUpValues {
  civility: Civility | null;
  birthName: string;
  firstName: string;
  mobilePhone: string;
  email: string;
  acceptsDataUse: boolean;
}

const EMPTY: SignUpValues = {
  civility: null,
  birthName: '',
  firstName: '',
  mobilePhone: '',
  email: '',
  acceptsDataUse: false,
};

/** "Création de compte": the applicant's sign-up form. */
export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<SignUpValues>(EMPTY);
  const form = useFormFeedback('signup', FIELDS);
  const mutation = useMutation({
    mutationFn: createAccount,
    onSuccess: ({ email }) => void navigate('/inscription/validation', { state: { email } }),
    onError: (error) => form.showApiError(error),
  });

  const update = <K extends keyof SignUpValues>(name: K, value: SignUpValues[K]) =>
    setValues((previous) => ({ ...previous, [name]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      civility: values.civility === null ? t('signUp.errors.civility') : undefined,
      birthName: values.birthName.trim() === '' ? t('signUp.errors.birthName') : undefined,
      firstName: values.firstName.trim() === '' ? t('signUp.errors.firstName') : undefined,
      mobilePhone: values.mobilePhone.trim() === '' ? t('signUp.errors.mobilePhone') : undefined,
      email: values.email.trim() === '' ? t('form.emailRequired') : undefined,
      acceptsDataUse: values.acceptsDataUse ? undefined : t('signUp.errors.acceptsDataUse'),
    });
    if (!isValid || values.civility === null) return;
    mutation.mutate({
      civility: values.civility,
      birthName: values.birthName.trim(),
      firstName: values.firstName.trim(),
      mobilePhone: values.mobilePhone.trim(),
      email: values.email.trim(),
      acceptsDataUse: true,
    });
  }

  const textField = (
    name: TextFieldName,
    props: { type?: string; autoComplete: string; hint?: string },
  ) => (
    <TextField
      id={form.fieldId(name)}
      name={name}
      label={t(`signUp.${name}`)}
      isRequired
      value={values[name]}
      error={form.fieldErrors[name]}
      onChange={(event) => update(name, event.target.value)}
      {...props}
    />
  );

  return (
    <div className="narrow">
      <PageTitle title={t('signUp.title')} />
      <p>{t('form.requiredNotice')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form card" noValidate onSubmit={handleSubmit}>
        <RadioGroup<Civility>
          id={form.fieldId('civility')}
          name="civility"
          legend={t('signUp.civility')}
          options={[
            { value: 'mme', label: t('civility.mme') },
            { value: 'm', label: t('civility.m') },
          ]}
          value={values.civility}
          error={form.fieldErrors.civility}
          onChange={(civility) => update('civility', civility)}
          isRequired
          isInline
        />
        {textField('birthName', { autoComplete: 'family-name' })}
        {textField('firstName', { autoComplete: 'given-name' })}
        {textField('mobilePhone', {
          type: 'tel',
          autoComplete: 'tel',
          hint: t('signUp.mobilePhoneHint'),
        })}
        {textField('email', { type: 'email', autoComplete: 'email', hint: t('signUp.emailHint') })}
        <Checkbox
          id={form.fieldId('acceptsDataUse')}
          name="acceptsDataUse"
          label={t('signUp.acceptsDataUse')}
          checked={values.acceptsDataUse}
          error={form.fieldErrors.acceptsDataUse}
          onChange={(event) => update('acceptsDataUse', event.target.checked)}
          hint={
            // A new tab, so what was typed in the form is not lost.
            <a href="/donnees-personnelles" target="_blank" rel="noopener">
              {t('signUp.privacyLink')}
            </a>
          }
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('signUp.submit')}
        </Button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/connexion">{t('signUp.logInLink')}</Link>
      </p>
    </div>
  );
}
