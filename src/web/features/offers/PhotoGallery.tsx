import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferPhoto } from '../../api/offers-types';
import { NewTabLink } from '../../ui';

/** Props of the photo gallery. */
export interface PhotoGalleryProps {
  photos: readonly OfferPhoto[];
  /** What the photos show, for their alt text ("Appartement T2, Montreuil (93100)"). */
  subject: string;
}

/**
 * The offer's photos: one large, the others as buttons that show them. The API has no caption per
 * photo, so each alt text says which photo of which home it is.
 */
export function PhotoGallery({ photos, subject }: PhotoGalleryProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  const count = photos.length;
  const current = photos[Math.min(selected, count - 1)];
  if (!current) return <p className="muted">{t('offers.photos.none')}</p>;
  const altOf = (index: number) => t('offers.photos.alt', { number: index + 1, count, subject });
  const index = photos.indexOf(current);
  return (
    <div className="photo-gallery">
      <figure className="photo-gallery__main">
        <img
          src={current.galleryUrl}
          alt={altOf(index)}
          width={current.width}
          height={current.height}
        />
        <figcaption>
          {t('offers.photos.position', { number: index + 1, count })}{' '}
          <NewTabLink href={current.fullUrl}>{t('offers.photos.full')}</NewTabLink>
        </figcaption>
      </figure>
      {count > 1 && (
        <ul className="photo-gallery__thumbs" aria-label={t('offers.photos.thumbsLabel')}>
          {photos.map((photo, i) => (
            <li key={photo.id}>
              <button
                type="button"
                className="photo-gallery__thumb"
                aria-pressed={i === index}
                onClick={() => setSelected(i)}
              >
                <img
                  src={photo.galleryUrl}
                  alt={t('offers.photos.show', { number: i + 1, count })}
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
