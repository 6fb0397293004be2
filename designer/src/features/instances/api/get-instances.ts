import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { normalizeInstanceSummary } from '@/lib/instance-enums';
import type { ListResponse } from '@/types/api';
import type { InstanceStatus, InstanceSubStatus, InstanceSummary } from '@/types/instance';

export interface InstanceListParams {
  definitionId?: string;
  version?: number;
  status?: InstanceStatus | '';
  subStatus?: InstanceSubStatus | '';
  correlationId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export async function getInstances(params: InstanceListParams, signal?: AbortSignal): Promise<ListResponse<InstanceSummary>> {
  const page = await api.get<ListResponse<InstanceSummary>>('/api/workflow-instances', { ...params }, signal);
  return { ...page, items: page.items.map(normalizeInstanceSummary) };
}

export const instancesQueryOptions = (params: InstanceListParams) =>
  queryOptions({
    queryKey: ['workflow-instances', 'list', params],
    queryFn: ({ signal }) => getInstances(params, signal),
    placeholderData: keepPreviousData,
  });

export function useInstances(params: InstanceListParams) {
  return useQuery(instancesQueryOptions(params));
}
