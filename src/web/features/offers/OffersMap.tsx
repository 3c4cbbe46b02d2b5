// The Leaflet map of the offers, loaded on demand (its own chunk). The map is supplementary: every
// offer it shows is also in the list next to it. What Leaflet draws is made accessible here:
// tiles have alt="" (Leaflet 1.9 does it), markers are divs with a title (their accessible name)
// whose pin is aria-hidden, clusters say how many offers they hold, the zoom buttons and the popup
// close button speak the interface language, and the map region has a name.
import L from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../api/offers-types';

/** One point of the map, with what its marker and popup say. */
export interface MapPoint {
  id: string;
  position: Position;
  /** Accessible name of the marker and title of the popup: "T2, 600 €, Montreuil (93100)". */
  name: string;
  /** Lines under the popup's title. */
  details: string[];
  /** Where the popup's link goes; none for the offer page's own map. */
  href?: string;
}

/** Props of the map. */
export interface OffersMapProps {
  points: MapPoint[];
  /** Accessible name of the map region. */
  label: string;
  tileUrl: string;
  attribution: string;
  /** Where the search is centred, when there is no point to show. */
  center?: Position | null;
  /** Follows a popup link inside the app (client-side navigation). */
  onOpen?: (href: string) => void;
  /** One offer, shown close up, without clustering. */
  isSingle?: boolean;
}

const FRANCE: L.LatLngTuple = [46.6, 2.4];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function popupContent(point: MapPoint, onOpen: OffersMapProps['onOpen']): HTMLElement {
  const box = document.createElement('div');
  box.className = 'offers-map__popup';
  const title = document.createElement('p');
  title.className = 'offers-map__popup-title';
  if (point.href) {
    const link = document.createElement('a');
    link.href = point.href;
    link.textContent = point.name;
    const href = point.href;
    link.addEventListener('click', (event) => {
      if (!onOpen || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      onOpen(href);
    });
    title.append(link);
  } else {
    title.textContent = point.name;
  }
  box.append(title);
  for (const line of point.details) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  return box;
}

/** A Leaflet map of offers, markers grouped when dense. */
export default function OffersMap({
  points,
  label,
  tileUrl,
  attribution,
  center = null,
  onOpen,
  isSingle = false,
}: OffersMapProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    // No fading: popups are readable (and their contrast measurable) as soon as they open.
    const map = L.map(container, {
      zoomControl: false,
      scrollWheelZoom: false,
      fadeAnimation: false,
    });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.control
      .zoom({ zoomInTitle: t('offers.map.zoomIn'), zoomOutTitle: t('offers.map.zoomOut') })
      .addTo(map);
    L.tileLayer(tileUrl, { attribution: escapeHtml(attribution), maxZoom: 19 }).addTo(map);
    // Leaflet names the popup's close button in English: say it in the page's language.
    map.on('popupopen', (event) => {
      const close = event.popup.getElement()?.querySelector('.leaflet-popup-close-button');
      close?.setAttribute('aria-label', t('offers.map.closePopup'));
      close?.setAttribute('title', t('offers.map.closePopup'));
    });

    const icon = L.divIcon({
      className: 'offers-map__marker',
      html: '<span class="offers-map__pin" aria-hidden="true"></span>',
      iconSize: [30, 30],
      iconAnchor: [15, 30],
      popupAnchor: [0, -28],
    });
    const markers = points.map((point) =>
      L.marker([point.position.latitude, point.position.longitude], {
        icon,
        title: point.name,
        alt: point.name,
        keyboard: true,
        riseOnHover: true,
      }).bindPopup(popupContent(point, onOpen)),
    );
    if (isSingle) {
      for (const marker of markers) marker.addTo(map);
    } else {
      const group = L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 48,
        iconCreateFunction: (cluster) => {
          const count = cluster.getChildCount();
          return L.divIcon({
            className: 'offers-map__cluster',
            html: `<span aria-hidden="true">${count}</span><span class="visually-hidden">${escapeHtml(
              t('offers.map.cluster', { count }),
            )}</span>`,
            iconSize: [42, 42],
          });
        },
      });
      group.addLayers(markers);
      group.addTo(map);
    }

    const latLngs = points.map((p): L.LatLngTuple => [p.position.latitude, p.position.longitude]);
    const first = latLngs[0];
    if (latLngs.length > 1)
      map.fitBounds(L.latLngBounds(latLngs), { padding: [30, 30], maxZoom: 15 });
    else if (first) map.setView(first, isSingle ? 15 : 14);
    else if (center) map.setView([center.latitude, center.longitude], 12);
    else map.setView(FRANCE, 5);

    return () => {
      map.remove();
    };
  }, [points, tileUrl, attribution, center, onOpen, isSingle, t]);

  return (
    <div
      ref={containerRef}
      className={isSingle ? 'offers-map offers-map--small' : 'offers-map'}
      role="region"
      aria-label={label}
    />
  );
}
