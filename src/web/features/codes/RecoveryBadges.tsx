import { useTranslation } from 'react-i18next';
import type { RecoveryRequest, RecoveryStatus } from '../../api/codes';
import { Badge, type BadgeTone } from '../../ui';
import { useFormat } from '../file/useFormat';

const STATUS_TONE: Record<RecoveryStatus, BadgeTone> = {
  pending: 'warning',
  answered: 'success',
  rejected: 'neutral',
};

/** The state of a lost-code request, in words with a symbol. */
export function RecoveryStatusBadge({ status }: { status: RecoveryStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`support.recoveryQueue.status.${status}`)}</Badge>;
}

/** The due date, and "En retard" in words when a pending request is past it. */
export function RecoveryDueDate({ request }: { request: RecoveryRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <time dateTime={request.dueOn} className="nowrap">
        {format.day(request.dueOn)}
      </time>
      {request.overdue && (
        <>
          {' '}
          <Badge tone="error">
            {t('support.recoveryQueue.overdue', { count: Math.max(1, request.workingDaysLate) })}
          </Badge>
        </>
      )}
    </>
  );
}
