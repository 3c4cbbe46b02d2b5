import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fetchMyFile } from '../../api/file';
import type { ApplicantFile, MyFileResponse } from '../../api/file-types';

/** Query key of the applicant's own file. */
export const MY_FILE_QUERY_KEY = ['file', 'mine'] as const;

/** The logged-in applicant's file and pending import (`GET /api/file`). */
export function useMyFile() {
  return useQuery({ queryKey: MY_FILE_QUERY_KEY, queryFn: fetchMyFile });
}

/** Replaces the cached file with the one a call returned (or clears it after a deletion). */
export function useSetMyFile(): (file: ApplicantFile | null) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (file: ApplicantFile | null) => {
      queryClient.setQueryData<MyFileResponse>(MY_FILE_QUERY_KEY, { file, pendingImport: null });
    },
    [queryClient],
  );
}

/**
 * Drops the cached file (after "Supprimer l'import"). Removing rather than emptying the cache
 * keeps the page being left from redirecting on its own: the next page simply fetches again.
 */
export function useForgetMyFile(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ queryKey: MY_FILE_QUERY_KEY });
  }, [queryClient]);
}
