import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectRecoveryRequest, type RecoveryDetail } from '../../api/codes';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, ErrorSummary, TextAreaField } from '../../ui';

/** Closing a lost-code request without a code: an internal note and an optional message. */
export function RecoveryRejectForm({
  detail,
  onDone,
}: {
  detail: RecoveryDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const form = useFormFeedback('recovery-reject', ['note', 'message']);
  const mutation = useMutation({
    mutationFn: (body: { note: string; message?: string }) =>
      rejectRecoveryRequest(detail.request.id, body),
    onSuccess: onDone,
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      note: note.trim() === '' ? t('support.recoveryRequest.errors.note') : undefined,
    });
    if (!isValid) return;
    mutation.mutate({ note: note.trim(), ...(message.trim() ? { message: message.trim() } : {}) });
  }

  return (
    <section className="section" aria-labelledby="recovery-reject-title">
      <h2 id="recovery-reject-title">{t('support.recoveryRequest.rejectTitle')}</h2>
      <p>{t('support.recoveryRequest.rejectIntro')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextAreaField
          id={form.fieldId('note')}
          name="note"
          label={t('support.recoveryRequest.note')}
          hint={t('support.recoveryRequest.noteHint')}
          isRequired
          maxLength={2000}
          value={note}
          error={form.fieldErrors.note}
          onChange={(event) => setNote(event.target.value)}
        />
        {detail.request.accountMatched && (
          <TextAreaField
            id={form.fieldId('message')}
            name="message"
            label={t('support.recoveryRequest.rejectMessage')}
            hint={t('support.recoveryRequest.rejectMessageHint')}
            maxLength={10_000}
            value={message}
            error={form.fieldErrors.message}
            onChange={(event) => setMessage(event.target.value)}
          />
        )}
        <Button type="submit" variant="secondary" isBusy={mutation.isPending}>
          {t('support.recoveryRequest.reject')}
        </Button>
      </form>
    </section>
  );
}
