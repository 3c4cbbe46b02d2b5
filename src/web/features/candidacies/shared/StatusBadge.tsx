import { useTranslation } from 'react-i18next';
import type { CandidacyStatus, RoundStatus } from '../../../api/candidacies';
import { Badge } from '../../../ui';
import { ROUND_TONE, STATUS_TONE } from './labels';

/** The state of a candidacy in words, with a symbol and a colour. */
export function CandidacyStatusBadge({ status }: { status: CandidacyStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONE[status]}>{t(`candidacies.status.${status}`)}</Badge>;
}

/** The state of an offer's allocation round in words. */
export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return <Badge tone={ROUND_TONE[status]}>{t(`candidacies.roundStatus.${status}`)}</Badge>;
}
