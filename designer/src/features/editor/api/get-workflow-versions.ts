import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { WorkflowVersionSummary } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

/** Every version; the server answers a list page (`{ items }`), docs/api.md shows a bare array: both are read. */
export async function getWorkflowVersions(definitionId: string, signal?: AbortSignal): Promise<WorkflowVersionSummary[]> {
  const answer = await api.get<WorkflowVersionSummary[] | ListResponse<WorkflowVersionSummary>>(`${definitionPath(definitionId)}/versions`, undefined, signal);
  return Array.isArray(answer) ? answer : answer.items;
}

export const workflowVersionsQueryOptions = (definitionId: string) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'versions', definitionId],
    queryFn: ({ signal }) => getWorkflowVersions(definitionId, signal),
  });

export function useWorkflowVersions(definitionId: string, enabled = true) {
  return useQuery({ ...workflowVersionsQueryOptions(definitionId), enabled });
}
