import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  sendLandlordMessage,
  type CandidacyMessage,
  type LandlordMessageRequest,
  type MessageKind,
} from '../../../api/candidacies';
import { useFormFeedback, type FieldErrors } from '../../../forms/useFormFeedback';
import { Alert, Button, ErrorSummary, RadioGroup, TextAreaField, TextField } from '../../../ui';
import { isIsoDay, localDateTimeToIso } from '../shared/labels';
import { MessageList } from '../shared/MessageList';
import { LANDLORD_KEY } from './queries';

const SLOT_COUNT = 3;
const FIELDS = [
  'kind',
  'body',
  'documentCategory',
  'documentDueOn',
  ...Array.from({ length: SLOT_COUNT }, (_, i) => [`slot${i}Start`, `slot${i}End`]).flat(),
];

/** The secure conversation with a candidate and the form to write (message, document, visit slots). */
export function LandlordMessages({
  candidacyId,
  candidateName,
  messages,
  canWrite,
}: {
  candidacyId: string;
  candidateName: string;
  messages: readonly CandidacyMessage[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<MessageKind>('message');
  const [body, setBody] = useState('');
  const [document, setDocument] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [slots, setSlots] = useState(() =>
    Array.from({ length: SLOT_COUNT }, () => ({ start: '', end: '' })),
  );
  const [sent, setSent] = useState(false);
  const form = useFormFeedback('landlord-message', FIELDS);
  const send = useMutation({
    mutationFn: (request: LandlordMessageRequest) => sendLandlordMessage(candidacyId, request),
    onSuccess: () => {
      setBody('');
      setDocument('');
      setDueOn('');
      setSlots(Array.from({ length: SLOT_COUNT }, () => ({ start: '', end: '' })));
      setSent(true);
      form.clear();
      void queryClient.invalidateQueries({ queryKey: LANDLORD_KEY });
    },
    onError: (error) => form.showApiError(error),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(false);
    const errors: FieldErrors = {};
    const text = body.trim();
    if (!text) errors.body = t('candidacies.landlordMessages.bodyRequired');
    if (kind === 'document_request') {
      if (!document.trim())
        errors.documentCategory = t('candidacies.landlordMessages.documentRequired');
      if (dueOn && !isIsoDay(dueOn)) errors.documentDueOn = t('candidacies.landlord.dateInvalid');
    }
    const proposed: { startsAt: string; endsAt: string }[] = [];
    if (kind === 'visit_proposal') {
      slots.forEach((slot, index) => {
        if (!slot.start && !slot.end) return;
        const startsAt = localDateTimeToIso(slot.start);
        const endsAt = localDateTimeToIso(slot.end);
        if (!startsAt) errors[`slot${index}Start`] = t('candidacies.landlordMessages.slotInvalid');
        if (!endsAt) errors[`slot${index}End`] = t('candidacies.landlordMessages.slotInvalid');
        else if (startsAt && endsAt <= startsAt) {
          errors[`slot${index}End`] = t('candidacies.landlordMessages.slotOrder');
        }
        if (startsAt && endsAt) proposed.push({ startsAt, endsAt });
      });
      if (proposed.length === 0 && !errors.slot0Start && !errors.slot0End) {
        errors.slot0Start = t('candidacies.landlordMessages.slotRequired');
      }
    }
    if (!form.checkFields(errors)) return;
    if (kind === 'document_request') {
      send.mutate({
        kind,
        body: text,
        documentCategory: document.trim(),
        ...(dueOn ? { documentDueOn: dueOn } : {}),
      });
    } else if (kind === 'visit_proposal') {
      send.mutate({ kind, body: text, visitSlots: proposed });
    } else {
      send.mutate({ kind, body: text });
    }
  }

  return (
    <section className="section" aria-labelledby="landlord-messages">
      <h2 id="landlord-messages">{t('candidacies.landlordMessages.title')}</h2>
      <MessageList messages={messages} reader="landlord" />
      {canWrite && (
        <>
          <h3>{t('candidacies.landlordMessages.writeTitle', { name: candidateName })}</h3>
          {sent && (
            <Alert tone="success" isLive>
              <p>{t('candidacies.landlordMessages.sent')}</p>
            </Alert>
          )}
          <ErrorSummary feedback={form.feedback} />
          <form noValidate onSubmit={handleSubmit}>
            <RadioGroup<MessageKind>
              id={form.fieldId('kind')}
              name="kind"
              legend={t('candidacies.landlordMessages.kind')}
              value={kind}
              onChange={setKind}
              options={(['message', 'document_request', 'visit_proposal'] as const).map(
                (value) => ({
                  value,
                  label: t(`candidacies.messages.kind.${value}`),
                }),
              )}
            />
            <TextAreaField
              id={form.fieldId('body')}
              name="body"
              label={t('candidacies.landlordMessages.body')}
              isRequired
              maxLength={4000}
              value={body}
              error={form.fieldErrors.body}
              onChange={(event) => setBody(event.target.value)}
            />
            {kind === 'document_request' && (
              <>
                <TextField
                  id={form.fieldId('documentCategory')}
                  name="documentCategory"
                  label={t('candidacies.landlordMessages.document')}
                  hint={t('candidacies.landlordMessages.documentHint')}
                  isRequired
                  maxLength={100}
                  value={document}
                  error={form.fieldErrors.documentCategory}
                  onChange={(event) => setDocument(event.target.value)}
                />
                <TextField
                  id={form.fieldId('documentDueOn')}
                  name="documentDueOn"
                  type="date"
                  className="field--medium"
                  label={t('candidacies.landlordMessages.dueOn')}
                  value={dueOn}
                  error={form.fieldErrors.documentDueOn}
                  onChange={(event) => setDueOn(event.target.value)}
                />
              </>
            )}
            {kind === 'visit_proposal' && (
              <fieldset className="fieldset">
                <legend className="field__label">{t('candidacies.landlordMessages.slots')}</legend>
                <p className="field__hint">{t('candidacies.landlordMessages.slotsHint')}</p>
                {slots.map((slot, index) => (
                  <div key={index}>
                    <TextField
                      id={form.fieldId(`slot${index}Start`)}
                      name={`slot${index}Start`}
                      type="datetime-local"
                      className="field--medium"
                      label={t('candidacies.landlordMessages.slotStart', { n: index + 1 })}
                      value={slot.start}
                      error={form.fieldErrors[`slot${index}Start`]}
                      onChange={(event) =>
                        setSlots(
                          slots.map((s, i) =>
                            i === index ? { ...s, start: event.target.value } : s,
                          ),
                        )
                      }
                    />
                    <TextField
                      id={form.fieldId(`slot${index}End`)}
                      name={`slot${index}End`}
                      type="datetime-local"
                      className="field--medium"
                      label={t('candidacies.landlordMessages.slotEnd', { n: index + 1 })}
                      value={slot.end}
                      error={form.fieldErrors[`slot${index}End`]}
                      onChange={(event) =>
                        setSlots(
                          slots.map((s, i) =>
                            i === index ? { ...s, end: event.target.value } : s,
                          ),
                        )
                      }
                    />
                  </div>
                ))}
              </fieldset>
            )}
            <Button type="submit" isBusy={send.isPending}>
              {t('candidacies.landlordMessages.send')}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
