import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/errors';
import { routes } from './routes';
import { SESSION_QUERY_KEY } from './session/useSession';

/** Codes telling that the session the page believes in has ended or changed on the server. */
const SESSION_CHANGED_CODES = ['auth.required', 'auth.password_change_required'];

/** Retries only failures that may go away: network errors and 5xx, at most twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
  return failureCount < 2;
}

/** Builds the query client shared by the whole app. */
export function createQueryClient(): QueryClient {
  // Re-read the session when a call reports it expired (or a password change became due): the
  // route guards then send the user to the login or change-password page.
  const handleError = (error: unknown) => {
    if (error instanceof ApiError && SESSION_CHANGED_CODES.includes(error.code)) {
      void client.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}

const queryClient = createQueryClient();
const router = createBrowserRouter(routes);

/** Root component: data cache and router. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
