import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import type { ValidationProblem } from '@/types/api';
import type { WorkflowDocument } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

export interface ValidationResult {
  valid: boolean;
  problems: ValidationProblem[];
}

export function validateWorkflow(definitionId: string, document: WorkflowDocument, signal?: AbortSignal): Promise<ValidationResult> {
  return apiRequest<ValidationResult>(`${definitionPath(definitionId)}/validate`, { method: 'POST', body: document, signal });
}

/**
 * Validation of the workflow as edited: `stamp` names the edit, `read` gives its document, so a
 * new edit asks again while the last answer stays on screen.
 */
export const workflowValidationQueryOptions = (definitionId: string, stamp: number, read: () => WorkflowDocument) =>
  queryOptions({
    queryKey: ['workflow-definitions', 'validation', definitionId, stamp],
    queryFn: ({ signal }) => validateWorkflow(definitionId, read(), signal),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 30_000,
  });

export function useWorkflowValidation(definitionId: string, stamp: number, read: () => WorkflowDocument) {
  return useQuery(workflowValidationQueryOptions(definitionId, stamp, read));
}
