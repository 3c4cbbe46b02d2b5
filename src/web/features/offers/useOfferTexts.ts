import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferCard, OfferKind, Typology } from '../../api/offers-types';
import type { MapPoint } from './OffersMap';
import { offerPath } from './paths';
import { useOfferFormat } from './useOfferFormat';

/** What every view says of an offer. */
export interface OfferTexts {
  /** "Appartement T2". */
  title: (offer: { typology: Typology; kind: OfferKind }) => string;
  /** "Montreuil (93100)". */
  place: (offer: Pick<OfferCard, 'commune'>) => string;
  /** "47 m² / T2". */
  size: (offer: Pick<OfferCard, 'surfaceM2' | 'typology'>) => string;
  /** The marker and popup of an offer. */
  mapPoint: (offer: OfferCard) => MapPoint;
}

/** Titles, places and map points of offers in the interface language. */
export function useOfferTexts(): OfferTexts {
  const { t } = useTranslation();
  const format = useOfferFormat();
  return useMemo(() => {
    const title: OfferTexts['title'] = (offer) =>
      t('offers.card.title', {
        kind: t(`offers.labels.kind.${offer.kind}`),
        typology: offer.typology,
      });
    const place: OfferTexts['place'] = (offer) =>
      `${offer.commune.name} (${offer.commune.postcode})`;
    const size: OfferTexts['size'] = (offer) =>
      t('offers.card.size', { surface: format.surface(offer.surfaceM2), typology: offer.typology });
    return {
      title,
      place,
      size,
      mapPoint: (offer) => ({
        id: offer.id,
        position: offer.position,
        name: t('offers.map.markerName', {
          title: title(offer),
          rent: format.cents(offer.totalCents),
          place: place(offer),
        }),
        details: [
          size(offer),
          t('offers.card.deadline', { date: format.day(offer.applicationDeadline) }),
        ],
        href: offerPath(offer.id),
      }),
    };
  }, [format, t]);
}
