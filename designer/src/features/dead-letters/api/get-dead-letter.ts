import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeadLetter } from '@/types/dead-letter';
import { normalizeDeadLetter } from './normalize-dead-letter';

export const deadLetterPath = (id: string) => `/api/dead-letters/${encodeURIComponent(id)}`;

export async function getDeadLetter(id: string, signal?: AbortSignal): Promise<DeadLetter> {
  return normalizeDeadLetter(await api.get<DeadLetter>(deadLetterPath(id), undefined, signal));
}

export const deadLetterQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['dead-letters', 'detail', id],
    queryFn: ({ signal }) => getDeadLetter(id, signal),
  });

export function useDeadLetter(id: string) {
  return useQuery(deadLetterQueryOptions(id));
}
