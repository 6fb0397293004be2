import { queryOptions, useQueries } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ValidationProblem } from '@/types/api';

export interface WorkflowProblems {
  valid: boolean;
  problems: ValidationProblem[];
}

/** Validates the newest stored version (an empty body asks the server to use it). */
export function getWorkflowProblems(definitionId: string, signal?: AbortSignal): Promise<WorkflowProblems> {
  return apiRequest<WorkflowProblems>(`/api/workflow-definitions/${encodeURIComponent(definitionId)}/validate`, { method: 'POST', signal });
}

export const workflowProblemsQueryOptions = (definitionId: string) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'problems', definitionId],
    queryFn: ({ signal }) => getWorkflowProblems(definitionId, signal),
    // A save in the editor may have changed the answer: ask again on every visit.
    staleTime: 0,
  });

/** The problems of each listed workflow, asked in parallel. */
export function useWorkflowsProblems(definitionIds: string[]) {
  return useQueries({ queries: definitionIds.map(workflowProblemsQueryOptions) });
}
