import { useTranslation } from 'react-i18next';
import type { ApplicantFile } from '../../../api/file-types';
import { Alert, NewTabLink } from '../../../ui';
import { useFormat } from '../../file/useFormat';
import { RefreshFileControl } from '../RefreshFile';

/** Warnings about the application's validity: expiring soon, expired or struck off. */
export function ValidityNotice({ file }: { file: ApplicantFile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { validity, registrationLinks } = file;
  const renewLink = (
    <p>
      <NewTabLink href={registrationLinks.renew}>
        {t('applicantFile.situation.validity.renew')}
      </NewTabLink>
    </p>
  );
  const reactivation = validity.canReactivateUntil && (
    <p>
      {t('applicantFile.situation.validity.reactivateUntil', {
        date: format.day(validity.canReactivateUntil),
      })}
    </p>
  );

  switch (validity.state) {
    case 'active':
      return null;
    case 'expiring_soon':
      return (
        <Alert tone="warning" title={t('applicantFile.situation.validity.expiringTitle')}>
          <p>
            {t('applicantFile.situation.validity.expiring', {
              date: format.day(validity.validUntil),
              count: validity.daysLeft ?? 0,
            })}
          </p>
          {renewLink}
        </Alert>
      );
    case 'expired':
    case 'struck_off':
      return (
        <>
          <Alert
            tone="error"
            title={
              validity.state === 'expired'
                ? t('applicantFile.situation.validity.expiredTitle')
                : t('applicantFile.situation.validity.struckOffTitle')
            }
          >
            <p>
              {validity.state === 'expired'
                ? t('applicantFile.situation.validity.expired', {
                    date: format.day(validity.validUntil),
                  })
                : t('applicantFile.situation.validity.struckOff')}
            </p>
            <p>{t('applicantFile.situation.validity.closed')}</p>
            {reactivation}
            {/* The next-action card below already offers the renewal as its main button. */}
            {file.nextAction !== 'renew_application' && renewLink}
            <p>{t('applicantFile.situation.validity.thenRefresh')}</p>
          </Alert>
          <RefreshFileControl />
        </>
      );
    default: {
      const unknown: never = validity.state;
      throw new Error(`Unknown validity: ${String(unknown)}`);
    }
  }
}
