import { useTranslation } from 'react-i18next';
import type { FraudStatus } from '../../api/help';
import { Badge, type BadgeTone } from '../../ui';

const TONE: Record<FraudStatus, BadgeTone> = {
  new: 'warning',
  in_review: 'info',
  closed: 'neutral',
};

/** The state of a fraud report, in words with a symbol. */
export function FraudStatusBadge({ status }: { status: FraudStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`support.fraudQueue.status.${status}`)}</Badge>;
}
