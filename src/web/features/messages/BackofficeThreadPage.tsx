import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  closeBackofficeThread,
  downloadBackofficeAttachment,
  fetchBackofficeThread,
  replyAsBackoffice,
} from '../../api/messages';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, Badge, Button, PageTitle, SummaryList } from '../../ui';
import { useFormat } from '../file/useFormat';
import { MessageList } from './MessageList';
import { BACKOFFICE_MESSAGES_PATH } from './paths';
import { ReplyForm } from './ReplyForm';
import { ThreadStatusBadge } from './ThreadStatusBadge';
import { useThreadTopic } from './useThreadTopic';

/** Back office: one conversation with an applicant, the answer form and "close". */
export function BackofficeThreadPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const topic = useThreadTopic();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const thread = useQuery({
    queryKey: ['backoffice', 'messages', 'thread', id],
    queryFn: () => fetchBackofficeThread(id),
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['backoffice', 'messages'] });
  const close = useMutation({ mutationFn: () => closeBackofficeThread(id), onSuccess: refresh });
  const data = thread.data;

  return (
    <>
      <PageTitle title={data ? data.thread.subject : t('support.messages.threadLoading')} />
      <p>
        <Link to={BACKOFFICE_MESSAGES_PATH}>{t('support.messages.backofficeBack')}</Link>
      </p>
      {thread.isPending && <LoadingStatus />}
      {thread.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(thread.error, t)}</p>
        </Alert>
      )}
      {data && (
        <>
          <SummaryList
            items={[
              {
                label: t('support.messages.columns.applicant'),
                value: (
                  <span className="wrap-anywhere">
                    {`${data.thread.applicant.firstName} ${data.thread.applicant.lastName} — ${data.thread.applicant.email}`}
                  </span>
                ),
              },
              { label: t('support.messages.columns.topic'), value: topic(data.thread) },
              {
                label: t('support.messages.columns.status'),
                value: <ThreadStatusBadge status={data.thread.status} reader="backoffice" />,
              },
              {
                label: t('support.messages.columns.dueOn'),
                value: data.thread.dueOn ? (
                  <>
                    {format.day(data.thread.dueOn)}
                    {data.thread.overdue && (
                      <>
                        {' '}
                        <Badge tone="error">{t('support.messages.overdue')}</Badge>
                      </>
                    )}
                  </>
                ) : (
                  '—'
                ),
              },
            ]}
          />
          <MessageList
            messages={data.messages}
            reader="backoffice"
            applicantName={`${data.thread.applicant.firstName} ${data.thread.applicant.lastName}`}
            download={(file) => downloadBackofficeAttachment(data.thread.id, file)}
          />
          {data.thread.status === 'closed' ? (
            <Alert tone="info">
              <p>{t('support.messages.closedBackoffice')}</p>
            </Alert>
          ) : (
            <>
              <ReplyForm
                formId="backoffice-reply"
                canClose
                send={(input) => replyAsBackoffice(data.thread.id, input)}
                onSent={refresh}
              />
              <div className="actions">
                <Button variant="secondary" isBusy={close.isPending} onClick={() => close.mutate()}>
                  {t('support.messages.close')}
                </Button>
              </div>
              {close.isError && (
                <Alert tone="error" isLive>
                  <p>{describeError(close.error, t)}</p>
                </Alert>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
