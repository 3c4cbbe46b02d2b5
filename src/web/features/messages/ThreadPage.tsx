import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { downloadMyAttachment, fetchMyThread, replyToThread } from '../../api/messages';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, PageTitle } from '../../ui';
import { MessageList } from './MessageList';
import { MY_THREADS_QUERY_KEY } from './MessagesPage';
import { MESSAGES_PATH } from './paths';
import { ReplyForm } from './ReplyForm';
import { ThreadStatusBadge } from './ThreadStatusBadge';
import { useThreadTopic } from './useThreadTopic';

/** One of the applicant's conversations: the messages, then the answer form unless closed. */
export function ThreadPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const topic = useThreadTopic();
  const queryKey = [...MY_THREADS_QUERY_KEY, id];
  const thread = useQuery({ queryKey, queryFn: () => fetchMyThread(id) });
  const data = thread.data;
  const isLoaded = data !== undefined;

  // Opening the conversation marked its messages read: the list's counts are stale.
  useEffect(() => {
    if (isLoaded)
      void queryClient.invalidateQueries({ queryKey: MY_THREADS_QUERY_KEY, exact: true });
  }, [isLoaded, queryClient]);

  return (
    <>
      <PageTitle title={data ? data.thread.subject : t('support.messages.threadLoading')} />
      <p>
        <Link to={MESSAGES_PATH}>{t('support.messages.back')}</Link>
      </p>
      {thread.isPending && <LoadingStatus />}
      {thread.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(thread.error, t)}</p>
        </Alert>
      )}
      {data && (
        <>
          <p>
            {topic(data.thread)}{' '}
            <ThreadStatusBadge status={data.thread.status} reader="applicant" />
          </p>
          <MessageList
            messages={data.messages}
            reader="applicant"
            download={(file) => downloadMyAttachment(data.thread.id, file)}
          />
          {data.thread.status === 'closed' ? (
            <Alert tone="info">
              <p>
                {t('support.messages.closed')}{' '}
                <Link to="/contact">{t('support.messages.write')}</Link>
              </p>
            </Alert>
          ) : (
            <ReplyForm
              formId="thread-reply"
              send={({ body }) => replyToThread(data.thread.id, body)}
              onSent={() => void queryClient.invalidateQueries({ queryKey: MY_THREADS_QUERY_KEY })}
            />
          )}
        </>
      )}
    </>
  );
}
