import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition, WorkflowDocument } from '@/types/workflow';

export function createWorkflow(document: WorkflowDocument): Promise<WorkflowDefinition> {
  return api.post<WorkflowDefinition>('/api/workflow-definitions', document);
}

export function useCreateWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-definitions'] }),
  });
}
