import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition, WorkflowDocument } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

export interface SaveWorkflowInput {
  document: WorkflowDocument;
  /** The version and revision loaded: the server answers 409 when someone saved in between. */
  version: number;
  revision: number;
}

export function saveWorkflow({ document, version, revision }: SaveWorkflowInput): Promise<WorkflowDefinition> {
  return api.put<WorkflowDefinition>(definitionPath(document.definitionId), { ...document, version, revision });
}

export function useSaveWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveWorkflow,
    onSuccess: (saved) => {
      queryClient.setQueryData(['workflow-definitions', 'detail', saved.definitionId], saved);
      void queryClient.invalidateQueries({ queryKey: ['workflow-definitions', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['workflow-definitions', 'versions', saved.definitionId] });
    },
  });
}
