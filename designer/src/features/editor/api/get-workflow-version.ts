import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

export function getWorkflowVersion(definitionId: string, version: number, signal?: AbortSignal): Promise<WorkflowDefinition> {
  return api.get<WorkflowDefinition>(`${definitionPath(definitionId)}/versions/${version}`, undefined, signal);
}

export const workflowVersionQueryOptions = (definitionId: string, version: number) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'version', definitionId, version],
    queryFn: ({ signal }) => getWorkflowVersion(definitionId, version, signal),
    // A published or archived version never changes.
    staleTime: 5 * 60_000,
  });

export function useWorkflowVersion(definitionId: string, version: number, enabled = true) {
  return useQuery({ ...workflowVersionQueryOptions(definitionId, version), enabled });
}
