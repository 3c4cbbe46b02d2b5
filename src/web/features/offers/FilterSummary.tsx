import { useTranslation } from 'react-i18next';
import type { SearchFilters } from '../../api/offers-types';
import { placeLabel } from './PlaceCombobox';
import { useSearchPlace } from './usePlaces';
import { useOfferFormat } from './useOfferFormat';

/** The criteria of a search in words, one a line ("Nombre de pièces : T1, T2"...). */
export function useFilterLines(filters: SearchFilters): string[] {
  const { t } = useTranslation();
  const format = useOfferFormat();
  const { place } = useSearchPlace({
    region: null,
    department: null,
    commune: filters.commune ?? null,
  });
  const lines: string[] = [];
  if (filters.typologies?.length)
    lines.push(t('offers.criteria.rooms', { list: filters.typologies.join(', ') }));
  if (filters.kind)
    lines.push(t('offers.criteria.kind', { kind: t(`offers.labels.kind.${filters.kind}`) }));
  if (filters.commune) {
    const name = place ? placeLabel(place) : filters.commune;
    lines.push(
      filters.distance
        ? t('offers.criteria.communeProx', {
            place: name,
            distance: format.distance(filters.distance),
          })
        : t('offers.criteria.commune', { place: name }),
    );
  }
  if (filters.pmr) lines.push(t('offers.labels.pmr'));
  if (filters.availableNow) lines.push(t('offers.filters.availableNow'));
  if (filters.minSurface !== undefined)
    lines.push(t('offers.criteria.minSurface', { surface: format.surface(filters.minSurface) }));
  if (filters.minRent !== undefined)
    lines.push(t('offers.criteria.minRent', { rent: format.euros(filters.minRent) }));
  if (filters.maxRent !== undefined)
    lines.push(t('offers.criteria.maxRent', { rent: format.euros(filters.maxRent) }));
  return lines;
}

/** The criteria of a search as a list (or "every offer of my situation"). */
export function FilterSummary({ filters }: { filters: SearchFilters }) {
  const { t } = useTranslation();
  const lines = useFilterLines(filters);
  if (lines.length === 0) return <p className="filter-summary">{t('offers.criteria.none')}</p>;
  return (
    <ul className="compact-list filter-summary">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
