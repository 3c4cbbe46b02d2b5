import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { updateLandlordOffer } from '../../api/offers';
import type { LandlordOffer } from '../../api/offers-types';
import { describeError } from '../../forms/describeError';
import { LoadingStatus } from '../../session/guards';
import { Alert, ButtonLink, PageTitle } from '../../ui';
import type { Place } from '../offers/PlaceCombobox';
import { valuesOfOffer } from './offer-form-values';
import { OfferForm } from './OfferForm';
import { landlordOfferPath, LANDLORD_HOME_PATH } from './paths';
import { useLandlordOffer } from './useLandlordOffer';
import '../offers/offers.css';

function communeOf(offer: LandlordOffer): Place {
  return {
    kind: 'commune',
    code: offer.communeInsee,
    name: offer.commune.name,
    detail: offer.postcode,
  };
}

/** Edits an offer; once candidacies exist, its eligibility fields wait for a withdrawal. */
export function OfferEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const query = useLandlordOffer(id);

  if (query.isPending) return <LoadingStatus />;
  if (query.isError) {
    return (
      <>
        <PageTitle title={t('offers.landlord.edit.errorTitle')} />
        <Alert tone="error" isLive>
          <p>{describeError(query.error, t)}</p>
        </Alert>
        <p>
          <Link to={LANDLORD_HOME_PATH}>{t('offers.landlord.offer.backToList')}</Link>
        </p>
      </>
    );
  }
  const { offer } = query.data;
  const title = t('offers.landlord.edit.title', { reference: offer.reference });
  if (offer.status === 'closed') {
    return (
      <>
        <PageTitle title={title} />
        <Alert tone="info">
          <p>{t('offers.landlord.edit.closed')}</p>
        </Alert>
        <p>
          <Link to={landlordOfferPath(offer.id)}>{t('offers.landlord.edit.backToOffer')}</Link>
        </p>
      </>
    );
  }
  const isLocked = offer.status === 'published' && offer.candidacyCount > 0;
  return (
    <>
      <PageTitle title={title} />
      <OfferForm
        initialValues={valuesOfOffer(offer)}
        initialCommune={communeOf(offer)}
        submitLabel={t('offers.landlord.edit.submit')}
        notice={
          isLocked ? (
            <Alert tone="warning" title={t('offers.landlord.edit.lockedTitle')}>
              <p>{t('offers.landlord.edit.locked', { count: offer.candidacyCount })}</p>
            </Alert>
          ) : offer.status === 'published' ? (
            <Alert tone="info">
              <p>{t('offers.landlord.edit.published')}</p>
            </Alert>
          ) : undefined
        }
        onSave={async (input) => {
          await updateLandlordOffer(offer.id, input);
          await queryClient.invalidateQueries({ queryKey: ['landlord'] });
          await navigate(landlordOfferPath(offer.id), { state: { notice: 'saved' } });
        }}
        cancel={
          <ButtonLink to={landlordOfferPath(offer.id)} variant="secondary">
            {t('offers.common.cancel')}
          </ButtonLink>
        }
      />
    </>
  );
}
