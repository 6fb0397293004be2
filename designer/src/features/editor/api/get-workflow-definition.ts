import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition } from '@/types/workflow';

export const definitionPath = (definitionId: string) => `/api/workflow-definitions/${encodeURIComponent(definitionId)}`;

/** The newest version of a definition (the draft if there is one). */
export function getWorkflowDefinition(definitionId: string, signal?: AbortSignal): Promise<WorkflowDefinition> {
  return api.get<WorkflowDefinition>(definitionPath(definitionId), undefined, signal);
}

export const workflowDefinitionQueryOptions = (definitionId: string) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'detail', definitionId],
    queryFn: ({ signal }) => getWorkflowDefinition(definitionId, signal),
    // The editor keeps its own copy; a background refetch must not replace what is being edited.
    staleTime: Infinity,
  });

export function useWorkflowDefinition(definitionId: string) {
  return useQuery(workflowDefinitionQueryOptions(definitionId));
}
