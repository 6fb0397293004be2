import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { DeadLetter, DeadLetterStatus } from '@/types/dead-letter';
import { normalizeDeadLetter } from './normalize-dead-letter';

export interface DeadLetterListParams {
  status?: DeadLetterStatus | '';
  definitionId?: string;
  page?: number;
  pageSize?: number;
}

export async function getDeadLetters(params: DeadLetterListParams, signal?: AbortSignal): Promise<ListResponse<DeadLetter>> {
  const page = await api.get<ListResponse<DeadLetter>>('/api/dead-letters', { ...params }, signal);
  return { ...page, items: page.items.map(normalizeDeadLetter) };
}

export const deadLettersQueryOptions = (params: DeadLetterListParams) =>
  queryOptions({
    queryKey: ['dead-letters', 'list', params],
    queryFn: ({ signal }) => getDeadLetters(params, signal),
    placeholderData: keepPreviousData,
  });

export function useDeadLetters(params: DeadLetterListParams) {
  return useQuery(deadLettersQueryOptions(params));
}
