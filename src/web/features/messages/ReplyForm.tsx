import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormFeedback } from '../../forms/useFormFeedback';
import { Button, Checkbox, ErrorSummary, TextAreaField } from '../../ui';

/** Props of the answer form at the bottom of a conversation. */
export interface ReplyFormProps {
  formId: string;
  /** Offer "close the conversation with this answer" (back office). */
  canClose?: boolean;
  send: (input: { body: string; close: boolean }) => Promise<unknown>;
  onSent: () => void;
}

/** "Répondre": a message (and, for the back office, whether it closes the conversation). */
export function ReplyForm({ formId, canClose = false, send, onSent }: ReplyFormProps) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [close, setClose] = useState(false);
  const form = useFormFeedback(formId, ['body', 'close']);
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: () => {
      setBody('');
      setClose(false);
      form.clear();
      onSent();
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const isValid = form.checkFields({
      body: body.trim() === '' ? t('support.messages.errors.body') : undefined,
    });
    if (isValid) mutation.mutate({ body: body.trim(), close });
  }

  return (
    <section className="section" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{t('support.messages.replyTitle')}</h2>
      <ErrorSummary feedback={form.feedback} />
      {mutation.isSuccess && <p role="status">{t('support.messages.sent')}</p>}
      <form className="form" noValidate onSubmit={handleSubmit}>
        <TextAreaField
          id={form.fieldId('body')}
          name="body"
          label={t('support.messages.reply')}
          isRequired
          rows={6}
          maxLength={10_000}
          value={body}
          error={form.fieldErrors.body}
          onChange={(event) => setBody(event.target.value)}
        />
        {canClose && (
          <Checkbox
            id={form.fieldId('close')}
            name="close"
            label={t('support.messages.closeWithReply')}
            checked={close}
            onChange={(event) => setClose(event.target.checked)}
          />
        )}
        <Button type="submit" isBusy={mutation.isPending}>
          {t('support.messages.send')}
        </Button>
      </form>
    </section>
  );
}
