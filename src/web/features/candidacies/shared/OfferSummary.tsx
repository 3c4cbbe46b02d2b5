import { useTranslation } from 'react-i18next';
import type { CandidacyOffer } from '../../../api/candidacies';
import { SummaryList, type SummaryRow } from '../../../ui';
import { useFormat } from '../../file/useFormat';

/** The offer in a few lines: typology, commune, rent and charges, deadline, availability. */
export function OfferSummary({
  offer,
  extra = [],
}: {
  offer: CandidacyOffer;
  extra?: readonly SummaryRow[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <SummaryList
      items={[
        {
          label: t('candidacies.offer.typology'),
          value: t('candidacies.offer.typologyValue', {
            typology: offer.typology,
            kind: t(`candidacies.offer.kind.${offer.kind}`),
            surface: offer.surfaceM2,
          }),
        },
        {
          label: t('candidacies.offer.commune'),
          value: `${offer.communeName} (${offer.postcode})`,
        },
        {
          label: t('candidacies.offer.rent'),
          value: t('candidacies.offer.rentValue', {
            rent: format.cents(offer.rentCents),
            charges: format.cents(offer.chargesCents),
          }),
        },
        { label: t('candidacies.offer.landlord'), value: offer.landlordName },
        { label: t('candidacies.offer.reference'), value: offer.reference },
        { label: t('candidacies.offer.deadline'), value: format.day(offer.applicationDeadline) },
        { label: t('candidacies.offer.availableOn'), value: format.day(offer.availableOn) },
        ...extra,
      ]}
    />
  );
}
