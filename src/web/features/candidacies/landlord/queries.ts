import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchLandlordShortlist } from '../../../api/candidacies';

/** Query key of everything the landlord's candidacy pages show. */
export const LANDLORD_KEY = ['candidacies', 'landlord'] as const;

/** The shortlist of one offer: its current round, or the earlier round `roundNo`. */
export function useLandlordShortlist(offerId: string, roundNo?: number) {
  return useQuery({
    queryKey: [...LANDLORD_KEY, 'shortlist', offerId, roundNo ?? 'current'],
    queryFn: () => fetchLandlordShortlist(offerId, roundNo),
  });
}

/** Refetches the landlord's candidacy pages after a change. */
export function useRefreshLandlord(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: LANDLORD_KEY }),
    [queryClient],
  );
}
