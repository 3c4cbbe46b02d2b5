import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { deleteMyAccount, fetchDeletionConsequences } from '../../api/data-rights';
import { describeError } from '../../forms/describeError';
import { useFormFeedback, type CodeToField } from '../../forms/useFormFeedback';
import { LoadingStatus } from '../../session/guards';
import { Alert, Button, Checkbox, Dialog, ErrorSummary, PasswordField } from '../../ui';
import { ACCOUNT_DELETED_PATH } from './paths';

const CODE_TO_FIELD: CodeToField = { 'auth.invalid_current_password': 'password' };

function DeleteForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [understood, setUnderstood] = useState(false);
  const [password, setPassword] = useState('');
  const form = useFormFeedback('delete-account', ['understood', 'password'], CODE_TO_FIELD);
  const mutation = useMutation({
    mutationFn: deleteMyAccount,
    // The session is forgotten on the next page: done here, the guard of this page would send
    // to the login page before the navigation (a transition) is committed.
    onSuccess: () => navigate(ACCOUNT_DELETED_PATH, { replace: true, state: { deleted: true } }),
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      understood: understood ? undefined : t('support.myData.delete.errors.understood'),
      password: password === '' ? t('support.myData.delete.errors.password') : undefined,
    });
    if (isValid) mutation.mutate(password);
  }

  return (
    <>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <Checkbox
          id={form.fieldId('understood')}
          name="understood"
          label={t('support.myData.delete.understood')}
          checked={understood}
          error={form.fieldErrors.understood}
          onChange={(event) => setUnderstood(event.target.checked)}
        />
        <PasswordField
          id={form.fieldId('password')}
          name="password"
          label={t('support.myData.delete.password')}
          autoComplete="current-password"
          isRequired
          value={password}
          error={form.fieldErrors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div className="actions">
          <Button type="submit" isBusy={mutation.isPending}>
            {t('support.myData.delete.confirm')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('support.common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/** "Supprimer mon compte": what is erased and kept, then a dialog confirmed by the password. */
export function DeleteAccountSection() {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const close = useCallback(() => setIsOpen(false), []);
  const consequences = useQuery({
    queryKey: ['me', 'deletion'],
    queryFn: fetchDeletionConsequences,
  });
  const data = consequences.data;
  return (
    <section className="section" aria-labelledby="data-delete">
      <h2 id="data-delete">{t('support.myData.delete.title')}</h2>
      {consequences.isPending && <LoadingStatus />}
      {consequences.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(consequences.error, t)}</p>
        </Alert>
      )}
      {data && (
        <>
          <h3>{t('support.myData.delete.erasedTitle')}</h3>
          <ul className="bullets">
            {data.erased.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
          <h3>{t('support.myData.delete.keptTitle')}</h3>
          <ul className="bullets">
            {data.kept.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
          {data.candidaciesKept > 0 && (
            <p>{t('support.myData.delete.candidaciesKept', { count: data.candidaciesKept })}</p>
          )}
        </>
      )}
      <Button variant="secondary" onClick={() => setIsOpen(true)}>
        {t('support.myData.delete.open')}
      </Button>
      <Dialog isOpen={isOpen} title={t('support.myData.delete.dialogTitle')} onClose={close}>
        <Alert tone="warning">
          <p>{t('support.myData.delete.warning')}</p>
        </Alert>
        <DeleteForm onCancel={close} />
      </Dialog>
    </section>
  );
}
