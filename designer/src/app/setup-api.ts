import type { QueryClient } from '@tanstack/react-query';
import { authHeaders, getCredentials, setCredentials } from '@/features/auth';
import { configureApiClient } from '@/lib/api-client';

/** Requests carry the signed-in credentials; a 401 signs the user out, which shows the sign-in screen. */
export function setupApiClient(queryClient: QueryClient): void {
  configureApiClient({
    authHeaders: () => authHeaders(getCredentials()),
    onUnauthorized: () => {
      setCredentials(null);
      queryClient.clear();
    },
  });
}
