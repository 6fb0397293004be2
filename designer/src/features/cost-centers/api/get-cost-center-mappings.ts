import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { CostCenterMapping, MappingKind } from '@/types/cost-center';

export interface MappingListParams {
  kind?: MappingKind | '';
  costCenterCode?: string;
  /** Matches the source code. */
  search?: string;
  page?: number;
  pageSize?: number;
}

export const mappingsPath = '/api/cost-center-mappings';
export const mappingPath = (kind: MappingKind, sourceCode: string) => `${mappingsPath}/${kind}/${encodeURIComponent(sourceCode)}`;

export function getCostCenterMappings(params: MappingListParams, signal?: AbortSignal): Promise<ListResponse<CostCenterMapping>> {
  return api.get<ListResponse<CostCenterMapping>>(mappingsPath, { ...params }, signal);
}

export const costCenterMappingsQueryOptions = (params: MappingListParams) =>
  queryOptions({
    queryKey: ['cost-centers', 'mappings', params],
    queryFn: ({ signal }) => getCostCenterMappings(params, signal),
    placeholderData: keepPreviousData,
  });

export function useCostCenterMappings(params: MappingListParams) {
  return useQuery(costCenterMappingsQueryOptions(params));
}
