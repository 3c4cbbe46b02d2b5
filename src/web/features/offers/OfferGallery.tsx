import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfferCard } from '../../api/offers-types';
import { Badge } from '../../ui';
import { offerPath, type OfferLinkState } from './paths';
import { useOfferFormat } from './useOfferFormat';
import { useOfferTexts } from './useOfferTexts';

/** Props of the gallery. */
export interface OfferGalleryProps {
  offers: readonly OfferCard[];
  /** The search the cards' links come from ("Retour aux résultats"). */
  results?: string;
}

/** The gallery view: a card per offer with its photo, rent, surface and typology, place, deadline. */
export function OfferGallery({ offers, results }: OfferGalleryProps) {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const texts = useOfferTexts();
  const state: OfferLinkState | undefined = results ? { results } : undefined;
  return (
    <ul className="offer-gallery">
      {offers.map((offer) => (
        <li key={offer.id}>
          <article className="offer-card">
            <div className="offer-card__photo">
              {offer.coverPhotoUrl ? (
                <img src={offer.coverPhotoUrl} alt="" loading="lazy" width={400} height={300} />
              ) : (
                <span className="offer-card__no-photo">{t('offers.card.noPhoto')}</span>
              )}
            </div>
            <div className="offer-card__body">
              <h3 className="offer-card__title">
                <Link to={offerPath(offer.id)} state={state}>
                  {texts.title(offer)}
                  <span className="visually-hidden">{`, ${texts.place(offer)}`}</span>
                </Link>
              </h3>
              <p className="offer-card__price">
                {format.cents(offer.totalCents)}{' '}
                <span className="offer-card__price-note">{t('offers.card.chargesIncluded')}</span>
              </p>
              <p>{texts.size(offer)}</p>
              <p>{texts.place(offer)}</p>
              {offer.distanceM !== null && (
                <p>{t('offers.card.distance', { distance: format.distance(offer.distanceM) })}</p>
              )}
              <p className="offer-card__deadline">
                {t('offers.card.deadlineLabel')}{' '}
                <time dateTime={offer.applicationDeadline}>
                  {format.day(offer.applicationDeadline)}
                </time>
              </p>
              {offer.pmrAdapted && <Badge tone="info">{t('offers.labels.pmr')}</Badge>}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
