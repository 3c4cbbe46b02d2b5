import { useTranslation } from 'react-i18next';
import type { OfferStatus } from '../../api/offers-types';
import { Badge, type BadgeTone } from '../../ui';

const TONE: Record<OfferStatus, BadgeTone> = {
  draft: 'neutral',
  published: 'success',
  withdrawn: 'warning',
  closed: 'info',
};

/** The state of an offer in words, with a symbol and a colour that repeat it. */
export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONE[status]}>{t(`offers.labels.status.${status}`)}</Badge>;
}
