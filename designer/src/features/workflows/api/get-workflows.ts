import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { WorkflowSummary } from '@/types/workflow';

export interface WorkflowListParams {
  search?: string;
  status?: 'published' | 'draft' | '';
  sort?: 'name' | 'updatedAt';
  page?: number;
  pageSize?: number;
}

export function getWorkflows(params: WorkflowListParams, signal?: AbortSignal): Promise<ListResponse<WorkflowSummary>> {
  return api.get<ListResponse<WorkflowSummary>>('/api/workflow-definitions', { ...params }, signal);
}

export const workflowsQueryOptions = (params: WorkflowListParams) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'list', params],
    queryFn: ({ signal }) => getWorkflows(params, signal),
    placeholderData: keepPreviousData,
  });

export function useWorkflows(params: WorkflowListParams) {
  return useQuery(workflowsQueryOptions(params));
}
