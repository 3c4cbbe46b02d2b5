import { useTranslation } from 'react-i18next';
import type { CandidacyMessage } from '../../../api/candidacies';
import { useFormat } from '../../file/useFormat';

/** A conversation between the landlord and an applicant, oldest first. */
export function MessageList({
  messages,
  reader,
}: {
  messages: readonly CandidacyMessage[];
  /** Who reads: their own messages are labelled "Vous". */
  reader: 'landlord' | 'applicant';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (messages.length === 0) return <p>{t('candidacies.messages.none')}</p>;
  return (
    <ol style={{ listStyle: 'none', padding: 0 }} aria-label={t('candidacies.messages.listLabel')}>
      {messages.map((message) => (
        <li key={message.id} className="card section">
          <p>
            <strong>
              {message.side === reader
                ? t('candidacies.messages.fromYou')
                : t(`candidacies.messages.from.${message.side}`)}
            </strong>
            {' — '}
            <span className="muted">{format.dateTime(message.createdAt)}</span>
          </p>
          {message.kind !== 'message' && (
            <p>
              <strong>{t(`candidacies.messages.kind.${message.kind}`)}</strong>
            </p>
          )}
          <p style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</p>
          {message.kind === 'document_request' && message.documentCategory && (
            <p>
              {t('candidacies.messages.documentRequested', { document: message.documentCategory })}
              {message.documentDueOn &&
                ` ${t('candidacies.messages.documentDue', { date: format.day(message.documentDueOn) })}`}
            </p>
          )}
          {message.visitSlots.length > 0 && (
            <>
              <p>{t('candidacies.messages.slotsProposed')}</p>
              <ul className="bullets">
                {message.visitSlots.map((slot) => (
                  <li key={slot.startsAt}>
                    {t('candidacies.messages.slot', {
                      start: format.dateTime(slot.startsAt),
                      end: format.dateTime(slot.endsAt),
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {message.chosenSlot && (
            <p>
              {t('candidacies.messages.slotChosen', { start: format.dateTime(message.chosenSlot) })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
