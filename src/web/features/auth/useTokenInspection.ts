import { useQuery } from '@tanstack/react-query';
import { inspectToken } from '../../api/accounts';

/** Inspects an e-mailed token once (it is not consumed); nothing is sent for an empty token. */
export function useTokenInspection(token: string) {
  return useQuery({
    queryKey: ['account-token', token],
    queryFn: () => inspectToken(token),
    enabled: token !== '',
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}
