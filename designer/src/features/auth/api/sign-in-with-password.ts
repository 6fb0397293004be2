import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-error';
import type { ProblemDetails } from '@/types/api';
import { setCredentials, type Credentials } from '../stores/credentials-store';

/** What `POST /api/auth/sign-in` answers. */
export interface SignInResponse {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  expiresAt: string;
  userName: string;
  roles: string[];
}

/**
 * Exchanges a user name and password for an access token. A direct fetch, not the shared client: a 401 here
 * is a wrong password (or a locked or disabled account), not an expired session, and its problem document says so.
 */
export async function signInWithPassword(userName: string, password: string): Promise<Credentials> {
  let response: Response;
  try {
    response = await fetch('/api/auth/sign-in', {
      method: 'POST',
      headers: { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName, password }),
    });
  } catch {
    throw new ApiError(0, { title: 'The server cannot be reached' });
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as ProblemDetails;
    throw new ApiError(response.status, { status: response.status, title: `The server answered ${response.status}`, ...problem });
  }
  const body = (await response.json()) as SignInResponse;
  return { scheme: 'bearer', accessToken: body.accessToken, userName: body.userName, expiresAt: body.expiresAt };
}

export function usePasswordSignIn() {
  return useMutation({
    mutationFn: async ({ userName, password }: { userName: string; password: string }) => {
      setCredentials(await signInWithPassword(userName, password));
    },
  });
}
