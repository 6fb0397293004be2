import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-error';
import { buildUrl } from '@/lib/api-client';
import { authHeaders, setCredentials, type Credentials } from '../stores/credentials-store';

/**
 * Tries the credentials on a cheap authenticated read before keeping them. A direct fetch, not the
 * shared client: a 401 here is a wrong key, not an expired session.
 */
export async function verifyCredentials(credentials: Credentials): Promise<void> {
  let response: Response;
  try {
    response = await fetch(buildUrl('/api/workflow-definitions', { pageSize: 1 }), {
      headers: { Accept: 'application/json', ...authHeaders(credentials) },
    });
  } catch {
    throw new ApiError(0, { title: 'The server cannot be reached' });
  }
  if (response.status === 401 || response.status === 403) {
    throw new ApiError(response.status, { title: 'This API key is not accepted' });
  }
  if (!response.ok) throw new ApiError(response.status, { title: `The server answered ${response.status}` });
}

export function useSignIn() {
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      await verifyCredentials(credentials);
      setCredentials(credentials);
    },
  });
}
