import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the element the URL hash names (e.g. /centre-aide#codes) once it is on the page,
 * after the page title has taken focus, so links from other pages land on the right section.
 */
export function useAnchorFocus(isReady: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!isReady || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }, [hash, isReady]);
}
