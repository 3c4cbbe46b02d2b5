import { useTranslation } from 'react-i18next';
import type { ThreadStatus } from '../../api/messages';
import { Badge, type BadgeTone } from '../../ui';

const TONE: Record<ThreadStatus, BadgeTone> = {
  awaiting_backoffice: 'info',
  awaiting_applicant: 'warning',
  closed: 'neutral',
};

/** The state of a conversation, in words with a symbol, as the reader's side sees it. */
export function ThreadStatusBadge({
  status,
  reader,
}: {
  status: ThreadStatus;
  reader: 'applicant' | 'backoffice';
}) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`support.messages.status.${reader}.${status}`)}</Badge>;
}
