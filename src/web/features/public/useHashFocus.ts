import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Moves focus to the element named by the URL hash (e.g. /aide#connexion), after the page title
 * has taken focus, so links from other pages land on the right section.
 */
export function useHashFocus(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }, [hash]);
}
