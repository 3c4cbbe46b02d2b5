import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { changePassword } from '../../api/accounts';
import type { SessionUser } from '../../api/types';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { PORTAL_HOME, RETURN_PARAM, safeReturnPath } from '../../session/paths';
import { useSetSessionUser } from '../../session/useSession';
import { Alert, Button, ErrorSummary, PageTitle, PasswordField } from '../../ui';
import { NewPasswordFields, validateNewPassword } from './NewPasswordFields';

const NAMES = { password: 'newPassword', confirmation: 'newPasswordConfirmation' } as const;
const FIELDS = ['currentPassword', NAMES.password, NAMES.confirmation] as const;
const CODE_TO_FIELD: CodeToField = {
  'auth.invalid_current_password': 'currentPassword',
  'password.too_weak': NAMES.password,
  'password.too_common': NAMES.password,
  'password.mismatch': NAMES.confirmation,
};

/**
 * Change of password by a logged-in user: forced at first login of staff accounts (then it leads
 * on to "retour" or the portal), or chosen from "Mon compte".
 */
export function ChangePasswordPage({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setUser = useSetSessionUser();
  // Captured once: the cached user stops being "forced" as soon as the change succeeds.
  const [isForced] = useState(user.mustChangePassword);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useFormFeedback('change-password', FIELDS, CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: ({ user: updated }) => {
      form.clear();
      setCurrent('');
      setPassword('');
      setConfirmation('');
      // Update the session first, so the guard of the next page no longer sends the user back here.
      setUser(updated);
      if (isForced) {
        const target = safeReturnPath(params.get(RETURN_PARAM)) ?? PORTAL_HOME[updated.role];
        void navigate(target, { replace: true });
      }
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = {
      currentPassword: current === '' ? t('changePassword.currentRequired') : undefined,
      ...validateNewPassword({ password, confirmation, email: user.email }, NAMES, t),
    };
    if (form.checkFields(errors)) {
      mutation.mutate({
        currentPassword: current,
        newPassword: password,
        newPasswordConfirmation: confirmation,
      });
    }
  }

  return (
    <div className="narrow">
      <PageTitle title={t('changePassword.title')} />
      {isForced && (
        <Alert tone="info">
          <p>{t('changePassword.forcedText')}</p>
        </Alert>
      )}
      {mutation.isSuccess && !isForced && (
        <Alert tone="success" isLive>
          <p>{t('changePassword.done')}</p>
        </Alert>
      )}
      <ErrorSummary feedback={form.feedback} />
      <form className="form card" noValidate onSubmit={handleSubmit}>
        <PasswordField
          id={form.fieldId('currentPassword')}
          name="currentPassword"
          label={t('changePassword.currentLabel')}
          autoComplete="current-password"
          value={current}
          error={form.fieldErrors.currentPassword}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <NewPasswordFields
          fieldId={form.fieldId}
          passwordName={NAMES.password}
          confirmationName={NAMES.confirmation}
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          email={user.email}
          errors={form.fieldErrors}
        />
        <Button type="submit" isBusy={mutation.isPending}>
          {t('changePassword.submit')}
        </Button>
      </form>
    </div>
  );
}
