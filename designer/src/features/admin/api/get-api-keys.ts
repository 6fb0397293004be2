import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { ApiKey } from '../types';

export const getApiKeys = (signal?: AbortSignal) => api.get<ListResponse<ApiKey>>('/api/api-keys', undefined, signal);

export const apiKeysQueryOptions = () => queryOptions({ queryKey: ['api-keys', 'list'], queryFn: ({ signal }) => getApiKeys(signal) });

export function useApiKeys() {
  return useQuery(apiKeysQueryOptions());
}
