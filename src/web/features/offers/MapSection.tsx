import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fetchMapConfig } from '../../api/offers';
import type { MapConfig, Position } from '../../api/offers-types';
import { LoadingStatus } from '../../session/guards';
import { NewTabLink } from '../../ui';
import type { MapPoint } from './OffersMap';

const OffersMap = lazy(() => import('./OffersMap'));

/** Used when the API cannot tell its tile server. */
const DEFAULT_MAP_CONFIG: MapConfig = {
  tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap',
};

/** The tile server the API names (configuration), else OpenStreetMap's. */
function useMapConfig(): MapConfig | null {
  const config = useQuery({
    queryKey: ['offers', 'map-config'],
    queryFn: fetchMapConfig,
    staleTime: Infinity,
  });
  if (config.isPending) return null;
  return config.data ?? DEFAULT_MAP_CONFIG;
}

/** A link of the credits line (its text comes from the translation). */
function CreditLink({ href, children }: { href: string; children?: ReactNode }) {
  return <NewTabLink href={href}>{children}</NewTabLink>;
}

/** The credit of the commune positions (GeoNames data, CC BY 4.0). */
export function GeoNamesCredit() {
  return (
    <p className="offers-map__credit">
      <Trans
        i18nKey="offers.map.geonames"
        components={{
          geonames: <CreditLink href="https://www.geonames.org/" />,
          licence: <CreditLink href="https://creativecommons.org/licenses/by/4.0/deed.fr" />,
        }}
      />
    </p>
  );
}

/** Props of a map section. */
export interface MapSectionProps {
  points: MapPoint[];
  label: string;
  center?: Position | null;
  isSingle?: boolean;
  /** The search the popups' links come from ("Retour aux résultats" goes back to it). */
  results?: string;
}

/** A map (loaded on demand) with what it is for said in words, and its data credits. */
export function MapSection({
  points,
  label,
  center = null,
  isSingle = false,
  results,
}: MapSectionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const config = useMapConfig();
  const handleOpen = useCallback(
    (href: string) => void navigate(href, results ? { state: { results } } : undefined),
    [navigate, results],
  );
  return (
    <div className="offers-map__section">
      <p className="field__hint">{isSingle ? t('offers.map.singleNote') : t('offers.map.note')}</p>
      {config ? (
        <Suspense fallback={<LoadingStatus />}>
          <OffersMap
            points={points}
            label={label}
            tileUrl={config.tileUrl}
            attribution={config.attribution}
            center={center}
            onOpen={handleOpen}
            isSingle={isSingle}
          />
        </Suspense>
      ) : (
        <LoadingStatus />
      )}
      <GeoNamesCredit />
    </div>
  );
}
