import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The caller as `GET /api/auth/me` describes it; its roles shape the menus (the server still decides). */
export interface CurrentUser {
  id?: string | null;
  name?: string | null;
  kind?: 'apiKey' | 'user' | 'external' | string | null;
  roles: string[];
}

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => api.get<CurrentUser>('/api/auth/me', undefined, signal),
    staleTime: 60_000,
  });

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
