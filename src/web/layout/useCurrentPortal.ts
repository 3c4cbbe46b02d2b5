import { useMatches } from 'react-router';
import { useSession } from '../session/useSession';
import { isRouteHandle, type Portal } from './navigation';

/**
 * The portal whose navigation the header shows: the deepest route's portal when the user belongs
 * to it, the public site's otherwise (logged out, or on another role's page).
 */
export function useCurrentPortal(): Portal {
  const matches = useMatches();
  const { user } = useSession();
  const handle = matches
    .map((match) => match.handle)
    .filter(isRouteHandle)
    .at(-1);
  const portal = handle?.portal === 'user' ? user?.role : handle?.portal;
  if (!portal || portal === 'public' || user?.role !== portal) return 'public';
  return portal;
}
