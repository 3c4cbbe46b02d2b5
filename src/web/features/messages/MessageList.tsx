import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Message, MessageAttachment } from '../../api/messages';
import { describeError } from '../../forms/describeError';
import { Alert } from '../../ui';
import { useFormat } from '../file/useFormat';
import { useFileSize } from '../help-centre/files';
import '../help-centre/support.css';

/** Props of the messages of a conversation. */
export interface MessageListProps {
  messages: readonly Message[];
  /** Who reads: their own messages are "Vous", the other side's are named. */
  reader: 'applicant' | 'backoffice';
  /** The applicant's name, shown to the back office. */
  applicantName?: string;
  download: (file: MessageAttachment) => Promise<void>;
}

/** The messages of a conversation, oldest first, with who wrote them, when, and attachments. */
export function MessageList({ messages, reader, applicantName, download }: MessageListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const fileSize = useFileSize();
  const downloading = useMutation({ mutationFn: download });

  function author(message: Message): string {
    if (message.side === reader) return t('support.messages.you');
    return message.side === 'backoffice'
      ? t('support.messages.actionLogement')
      : (applicantName ?? t('support.messages.applicant'));
  }

  return (
    <>
      {downloading.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(downloading.error, t)}</p>
        </Alert>
      )}
      <ol className="message-list" aria-label={t('support.messages.listLabel')}>
        {messages.map((message) => (
          <li
            key={message.id}
            className={message.side === 'backoffice' ? 'message message--backoffice' : 'message'}
          >
            <article>
              <p className="message__meta">
                <span className="message__author">{author(message)}</span>
                {' · '}
                <time dateTime={message.createdAt}>{format.dateTime(message.createdAt)}</time>
                {message.side === reader && (
                  <>
                    {' · '}
                    {message.readAt
                      ? t('support.messages.readOn', { date: format.dateTime(message.readAt) })
                      : t('support.messages.notRead')}
                  </>
                )}
              </p>
              <p className="message__body">{message.body}</p>
              {message.attachments.length > 0 && (
                <div className="message__attachments">
                  <p>{t('support.messages.attachments')}</p>
                  <ul className="bullets">
                    {message.attachments.map((file) => (
                      <li key={file.id}>
                        <button
                          type="button"
                          className="link-button wrap-anywhere"
                          aria-disabled={downloading.isPending || undefined}
                          onClick={() => {
                            if (!downloading.isPending) downloading.mutate(file);
                          }}
                        >
                          {t('support.messages.download', {
                            name: file.fileName,
                            size: fileSize(file.sizeBytes),
                          })}
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
