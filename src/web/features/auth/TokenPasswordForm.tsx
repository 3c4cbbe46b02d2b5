import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenPasswordRequest } from '../../api/types';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { Button, ErrorSummary } from '../../ui';
import { NewPasswordFields, validateNewPassword } from './NewPasswordFields';
import { tokenProblemOf, type TokenProblemStatus } from './tokens';

const NAMES = { password: 'password', confirmation: 'passwordConfirmation' } as const;
const FIELDS = [NAMES.password, NAMES.confirmation] as const;
const CODE_TO_FIELD: CodeToField = {
  'password.too_weak': NAMES.password,
  'password.too_common': NAMES.password,
  'password.mismatch': NAMES.confirmation,
};

/** Props of the form that sets a password from an e-mailed token. */
export interface TokenPasswordFormProps {
  formId: string;
  token: string;
  email: string;
  submit: (body: TokenPasswordRequest) => Promise<{ email: string }>;
  onDone: (email: string) => void;
  onTokenProblem: (status: TokenProblemStatus) => void;
}

/** New password + confirmation with the live checklist; "VALIDER" sends them with the token. */
export function TokenPasswordForm({
  formId,
  token,
  email,
  submit,
  onDone,
  onTokenProblem,
}: TokenPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useFormFeedback(formId, FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: (result) => onDone(result.email),
    onError: (error) => {
      const problem = tokenProblemOf(error);
      if (problem) onTokenProblem(problem);
      else form.showApiError(error);
    },
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validateNewPassword({ password, confirmation, email }, NAMES, t);
    if (form.checkFields(errors))
      mutation.mutate({ token, password, passwordConfirmation: confirmation });
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <NewPasswordFields
          fieldId={form.fieldId}
          passwordName={NAMES.password}
          confirmationName={NAMES.confirmation}
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          email={email}
          errors={form.fieldErrors}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('password.submit')}
        </Button>
      </form>
    </>
  );
}
