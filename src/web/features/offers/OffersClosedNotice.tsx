import { useTranslation } from 'react-i18next';
import { Alert, ButtonLink } from '../../ui';
import { SITUATION_PATH } from './paths';

/** Why the API closes the offers to an applicant (its error codes). */
export const CLOSED_CODES = [
  'file.not_found',
  'offer.file_not_validated',
  'file.application_inactive',
] as const;
/** One of those reasons. */
export type ClosedReason = (typeof CLOSED_CODES)[number];

const TEXT: Record<ClosedReason, 'noFile' | 'notValidated' | 'inactive'> = {
  'file.not_found': 'noFile',
  'offer.file_not_validated': 'notValidated',
  'file.application_inactive': 'inactive',
};

/** Tells an applicant why the offers are closed to them and sends them to "Ma situation". */
export function OffersClosedNotice({ reason }: { reason: ClosedReason }) {
  const { t } = useTranslation();
  return (
    <Alert tone="info" title={t('offers.closed.title')}>
      <p>{t(`offers.closed.${TEXT[reason]}`)}</p>
      <p>{t('offers.closed.seed')}</p>
      <div className="actions">
        <ButtonLink to={SITUATION_PATH}>{t('offers.closed.situation')}</ButtonLink>
      </div>
    </Alert>
  );
}
