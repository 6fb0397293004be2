import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { CostCenter } from '@/types/cost-center';

export interface CostCenterListParams {
  /** Matches code or name, any case. */
  search?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

export const costCentersPath = '/api/cost-centers';
export const costCenterPath = (code: string) => `${costCentersPath}/${encodeURIComponent(code)}`;

export function getCostCenters(params: CostCenterListParams, signal?: AbortSignal): Promise<ListResponse<CostCenter>> {
  return api.get<ListResponse<CostCenter>>(costCentersPath, { ...params }, signal);
}

export const costCentersQueryOptions = (params: CostCenterListParams) =>
  queryOptions({
    queryKey: ['cost-centers', 'list', params],
    queryFn: ({ signal }) => getCostCenters(params, signal),
    placeholderData: keepPreviousData,
  });

export function useCostCenters(params: CostCenterListParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...costCentersQueryOptions(params), enabled });
}
