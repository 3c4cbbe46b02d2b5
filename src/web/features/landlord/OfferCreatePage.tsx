import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createLandlordOffer } from '../../api/offers';
import { ButtonLink, PageTitle } from '../../ui';
import { EMPTY_OFFER_FORM } from './offer-form-values';
import { OfferForm } from './OfferForm';
import { LANDLORD_HOME_PATH, landlordOfferPath } from './paths';
import '../offers/offers.css';

/** A new offer, saved as a draft; its page then previews it and publishes it. */
export function OfferCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <>
      <PageTitle title={t('offers.landlord.create.title')} />
      <p className="lead">{t('offers.landlord.create.intro')}</p>
      <OfferForm
        initialValues={EMPTY_OFFER_FORM}
        initialCommune={null}
        submitLabel={t('offers.landlord.create.submit')}
        onSave={async (input) => {
          const { offer } = await createLandlordOffer(input);
          await queryClient.invalidateQueries({ queryKey: ['landlord'] });
          await navigate(landlordOfferPath(offer.id), { state: { notice: 'created' } });
        }}
        cancel={
          <ButtonLink to={LANDLORD_HOME_PATH} variant="secondary">
            {t('offers.common.cancel')}
          </ButtonLink>
        }
      />
    </>
  );
}
