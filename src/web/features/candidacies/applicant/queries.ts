import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchMyCandidacies, fetchMyCandidacy } from '../../../api/candidacies';

/** Query key of the applicant's candidacies (the tracker and the history). */
export const MY_CANDIDACIES_KEY = ['candidacies', 'mine'] as const;

/** The applicant's candidacies (`GET /api/candidacies`). */
export function useMyCandidacies(enabled = true) {
  return useQuery({ queryKey: MY_CANDIDACIES_KEY, queryFn: fetchMyCandidacies, enabled });
}

/** One candidacy of the applicant. */
export function useMyCandidacy(candidacyId: string) {
  return useQuery({
    queryKey: [...MY_CANDIDACIES_KEY, candidacyId],
    queryFn: () => fetchMyCandidacy(candidacyId),
  });
}

/** Refetches everything the applicant's candidacy pages show. */
export function useRefreshCandidacies(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: MY_CANDIDACIES_KEY }),
    [queryClient],
  );
}
