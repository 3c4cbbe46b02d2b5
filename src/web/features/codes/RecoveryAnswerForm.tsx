import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerRecoveryRequest, type RecoveryDetail } from '../../api/codes';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, ErrorSummary, TextAreaField } from '../../ui';
import { useAnswerTemplate } from './useAnswerTemplate';

/** The secure message that answers a lost-code request, started from the suggested template. */
export function RecoveryAnswerForm({
  detail,
  onDone,
}: {
  detail: RecoveryDetail;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const template = useAnswerTemplate(detail);
  const [message, setMessage] = useState('');
  const form = useFormFeedback('recovery-answer', ['message']);
  const mutation = useMutation({
    mutationFn: (text: string) => answerRecoveryRequest(detail.request.id, text),
    onSuccess: onDone,
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      message: message.trim() === '' ? t('support.recoveryRequest.errors.message') : undefined,
    });
    if (isValid) mutation.mutate(message.trim());
  }

  return (
    <section className="section" aria-labelledby="recovery-answer-title">
      <h2 id="recovery-answer-title">{t('support.recoveryRequest.answerTitle')}</h2>
      <p>{t('support.recoveryRequest.answerIntro')}</p>
      <ErrorSummary feedback={form.feedback} />
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextAreaField
          id={form.fieldId('message')}
          name="message"
          label={t('support.recoveryRequest.message')}
          hint={t('support.recoveryRequest.messageHint')}
          isRequired
          rows={8}
          maxLength={10_000}
          value={message}
          error={form.fieldErrors.message}
          onChange={(event) => setMessage(event.target.value)}
        />
        <div className="actions">
          <Button variant="secondary" onClick={() => setMessage(template)}>
            {t('support.recoveryRequest.useTemplate')}
          </Button>
          <Button type="submit" isBusy={mutation.isPending}>
            {t('support.recoveryRequest.send')}
          </Button>
        </div>
      </form>
    </section>
  );
}
