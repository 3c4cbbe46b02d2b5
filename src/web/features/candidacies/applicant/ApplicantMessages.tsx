import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchMyMessages, replyToLandlord, type ApplicantReply } from '../../../api/candidacies';
import { describeError } from '../../../forms/describeError';
import { useFormFeedback } from '../../../forms/useFormFeedback';
import { LoadingStatus } from '../../../session/guards';
import { Alert, Button, ErrorSummary, RadioGroup, TextAreaField } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { MessageList } from '../shared/MessageList';

const FIELDS = ['body', 'chosenSlot'] as const;
const NO_SLOT = 'none';

/** The landlord's messages about the candidacy and the applicant's answer form. */
export function ApplicantMessages({
  candidacyId,
  canReply,
}: {
  candidacyId: string;
  canReply: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const key = ['candidacies', 'mine', candidacyId, 'messages'];
  const query = useQuery({ queryKey: key, queryFn: () => fetchMyMessages(candidacyId) });
  const [body, setBody] = useState('');
  const [slot, setSlot] = useState<string>(NO_SLOT);
  const [sent, setSent] = useState(false);
  const form = useFormFeedback('candidacy-reply', FIELDS);
  const messages = query.data?.messages ?? [];
  const lastFromLandlord = [...messages].reverse().find((m) => m.side === 'landlord') ?? null;
  const proposal = [...messages].reverse().find((m) => m.visitSlots.length > 0) ?? null;
  const reply = useMutation({
    mutationFn: (request: ApplicantReply) => replyToLandlord(candidacyId, request),
    onSuccess: () => {
      setBody('');
      setSlot(NO_SLOT);
      setSent(true);
      form.clear();
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    const text = body.trim();
    if (!form.checkFields({ body: text ? undefined : t('candidacies.messages.bodyRequired') })) {
      return;
    }
    const chosen = slot !== NO_SLOT && proposal ? slot : undefined;
    const replyTo = chosen ? proposal : lastFromLandlord;
    reply.mutate({
      body: text,
      ...(replyTo ? { replyToId: replyTo.id } : {}),
      ...(chosen ? { chosenSlot: chosen } : {}),
    });
  }

  return (
    <section className="section" aria-labelledby="candidacy-messages">
      <h2 id="candidacy-messages">{t('candidacies.messages.applicantTitle')}</h2>
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {query.data && <MessageList messages={messages} reader="applicant" />}
      {canReply && query.data && messages.length > 0 && (
        <>
          <h3>{t('candidacies.messages.replyTitle')}</h3>
          {sent && (
            <Alert tone="success" isLive>
              <p>{t('candidacies.messages.replySent')}</p>
            </Alert>
          )}
          <ErrorSummary feedback={form.feedback} />
          <form noValidate onSubmit={handleSubmit}>
            {proposal && (
              <RadioGroup
                id={form.fieldId('chosenSlot')}
                name="chosenSlot"
                legend={t('candidacies.messages.chooseSlot')}
                value={slot}
                error={form.fieldErrors.chosenSlot}
                onChange={setSlot}
                options={[
                  ...proposal.visitSlots.map((s) => ({
                    value: s.startsAt,
                    label: t('candidacies.messages.slot', {
                      start: format.dateTime(s.startsAt),
                      end: format.dateTime(s.endsAt),
                    }),
                  })),
                  { value: NO_SLOT, label: t('candidacies.messages.noSlot') },
                ]}
              />
            )}
            <TextAreaField
              id={form.fieldId('body')}
              name="body"
              label={t('candidacies.messages.replyLabel')}
              isRequired
              maxLength={4000}
              value={body}
              error={form.fieldErrors.body}
              onChange={(event) => setBody(event.target.value)}
            />
            <Button type="submit" isBusy={reply.isPending}>
              {t('candidacies.messages.send')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
