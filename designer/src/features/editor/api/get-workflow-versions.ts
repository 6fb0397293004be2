import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowVersionSummary } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

export function getWorkflowVersions(definitionId: string, signal?: AbortSignal): Promise<WorkflowVersionSummary[]> {
  return api.get<WorkflowVersionSummary[]>(`${definitionPath(definitionId)}/versions`, undefined, signal);
}

export const workflowVersionsQueryOptions = (definitionId: string) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'versions', definitionId],
    queryFn: ({ signal }) => getWorkflowVersions(definitionId, signal),
  });

export function useWorkflowVersions(definitionId: string, enabled = true) {
  return useQuery({ ...workflowVersionsQueryOptions(definitionId), enabled });
}
