import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition } from '@/types/workflow';

/** Sends a workflow file as it is: the server checks it and answers the stored draft. */
export function importWorkflow(file: unknown): Promise<WorkflowDefinition> {
  return api.post<WorkflowDefinition>('/api/workflow-definitions/import', file);
}

export function useImportWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-definitions'] }),
  });
}
