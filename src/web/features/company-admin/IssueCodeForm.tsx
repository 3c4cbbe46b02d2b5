import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { issueAccessCode, type AccessCode, type MailLocale } from '../../api/codes';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, ErrorSummary, RadioGroup, TextField } from '../../ui';

const FIELDS = ['lastName', 'firstName', 'email', 'locale'] as const;
type TextName = 'lastName' | 'firstName' | 'email';

/** HR e-mails a personal access code to one employee not yet registered. */
export function IssueCodeForm({ onIssued }: { onIssued: (code: AccessCode) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ lastName: '', firstName: '', email: '' });
  const [locale, setLocale] = useState<MailLocale>('fr');
  const form = useFormFeedback('issue-code', FIELDS);
  const mutation = useMutation({
    mutationFn: issueAccessCode,
    onSuccess: (result) => {
      form.clear();
      setValues({ lastName: '', firstName: '', email: '' });
      onIssued(result.accessCode);
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = (name: TextName) =>
      values[name].trim() === '' ? t(`support.accessCodes.errors.${name}`) : undefined;
    const isValid = form.checkFields({
      lastName: required('lastName'),
      firstName: required('firstName'),
      email: required('email'),
    });
    if (!isValid) return;
    mutation.mutate({
      lastName: values.lastName.trim(),
      firstName: values.firstName.trim(),
      email: values.email.trim(),
      locale,
    });
  }

  const text = (name: TextName, type = 'text') => (
    <TextField
      id={form.fieldId(name)}
      name={name}
      type={type}
      label={t(`support.accessCodes.fields.${name}`)}
      autoComplete="off"
      isRequired
      value={values[name]}
      error={form.fieldErrors[name]}
      onChange={(event) => setValues((previous) => ({ ...previous, [name]: event.target.value }))}
    />
  );

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <p>{t('form.requiredNotice')}</p>
        {text('lastName')}
        {text('firstName')}
        {text('email', 'email')}
        <RadioGroup<MailLocale>
          id={form.fieldId('locale')}
          name="issue-code-locale"
          legend={t('support.accessCodes.fields.locale')}
          options={[
            { value: 'fr', label: t('support.accessCodes.locales.fr') },
            { value: 'en', label: t('support.accessCodes.locales.en') },
          ]}
          value={locale}
          onChange={setLocale}
          isInline
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.accessCodes.issue')}
        </Button>
      </form>
    </>
  );
}
