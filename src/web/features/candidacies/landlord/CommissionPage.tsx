import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { describeError } from '../../../forms/describeError';
import { LoadingStatus } from '../../../session/guards';
import { Alert, ButtonLink, PageTitle } from '../../../ui';
import { offerName } from '../shared/labels';
import { landlordShortlistPath } from '../paths';
import { CommissionForm } from './CommissionForm';
import { useLandlordShortlist } from './queries';

/** Landlord portal: the allocation commission's (CALEOL) decision per candidate. */
export function CommissionPage() {
  const { t } = useTranslation();
  const { offerId = '' } = useParams();
  const query = useLandlordShortlist(offerId);
  const data = query.data;
  const [saved, setSaved] = useState<readonly string[] | null>(null);
  return (
    <>
      <p>
        <Link to={landlordShortlistPath(offerId)}>{t('candidacies.landlord.backToShortlist')}</Link>
      </p>
      <PageTitle
        title={
          data
            ? t('candidacies.commission.pageTitle', { offer: offerName(data.round.offer, t) })
            : t('candidacies.commission.pageTitleLoading')
        }
      />
      {query.isPending && <LoadingStatus />}
      {query.isError && (
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
      )}
      {saved && (
        <>
          <Alert tone="success" isLive shouldFocus title={t('candidacies.commission.savedTitle')}>
            <p>{t('candidacies.commission.saved')}</p>
            {saved.length > 0 && <p>{t('candidacies.commission.savedWithWarning')}</p>}
          </Alert>
          <ButtonLink to={landlordShortlistPath(offerId)}>
            {t('candidacies.commission.backToShortlist')}
          </ButtonLink>
        </>
      )}
      {!saved && data && (data.commission || data.round.status !== 'sent') && (
        <Alert tone="info">
          <p>
            {data.commission
              ? t('candidacies.commission.alreadyRecorded')
              : t('candidacies.commission.notYet')}
          </p>
        </Alert>
      )}
      {!saved && data && !data.commission && data.round.status === 'sent' && (
        <CommissionForm offerId={offerId} data={data} onSaved={setSaved} />
      )}
    </>
  );
}
