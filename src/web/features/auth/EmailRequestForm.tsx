import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, TextField } from '../../ui';

const FIELDS = ['email'] as const;

/** Props of a one-field form that asks for an e-mail to be sent. */
export interface EmailRequestFormProps {
  formId: string;
  submitLabel: string;
  /** Shown after every successful request, whatever the address (no account enumeration). */
  successMessage: string;
  request: (email: string) => Promise<void>;
  initialEmail?: string;
}

/** E-mail field and button; shows the same confirmation for every address. */
export function EmailRequestForm({
  formId,
  submitLabel,
  successMessage,
  request,
  initialEmail = '',
}: EmailRequestFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const form = useFormFeedback(formId, FIELDS);
  const mutation = useMutation({
    mutationFn: request,
    onSuccess: () => form.clear(),
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    const isValid = form.checkFields({
      email:
        value === ''
          ? t('form.emailRequired')
          : !value.includes('@')
            ? t('form.emailInvalid')
            : undefined,
    });
    if (isValid) mutation.mutate(value);
  }

  return (
    <>
      {mutation.isSuccess && (
        <Alert tone="success" isLive>
          <p>{successMessage}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextField
          id={form.fieldId('email')}
          name="email"
          type="email"
          label={t('form.emailLabel')}
          autoComplete="email"
          value={email}
          error={form.fieldErrors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
