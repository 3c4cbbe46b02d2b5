import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { resetCsrfToken } from '../api/client';
import { fetchSession } from '../api/session';
import type { SessionUser } from '../api/types';

/** Query key of the session; other queries are cleared when it changes hands. */
export const SESSION_QUERY_KEY = ['session'] as const;

/** The session as a component sees it. */
export interface SessionState {
  user: SessionUser | null;
  isPending: boolean;
  isError: boolean;
}

/** Current user from `GET /api/session`, shared by every component through TanStack Query. */
export function useSession(): SessionState {
  const query = useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSession, staleTime: 60_000 });
  return {
    user: query.data?.user ?? null,
    isPending: query.isPending,
    isError: query.isError && query.data === undefined,
  };
}

/** Replaces the cached session after login, logout or a password change. */
export function useSetSessionUser(): (user: SessionUser | null) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (user: SessionUser | null) => {
      const previous = queryClient.getQueryData<{ user: SessionUser | null }>(SESSION_QUERY_KEY);
      if (previous?.user?.id !== user?.id) {
        // Another person's data must not stay in the cache, and the server may bind a new token.
        queryClient.removeQueries({
          predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0],
        });
        resetCsrfToken();
      }
      queryClient.setQueryData(SESSION_QUERY_KEY, { user });
    },
    [queryClient],
  );
}
