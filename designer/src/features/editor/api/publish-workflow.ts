import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

export function publishWorkflow({ definitionId, note }: { definitionId: string; note?: string }): Promise<WorkflowDefinition> {
  return api.post<WorkflowDefinition>(`${definitionPath(definitionId)}/publish`, note ? { note } : {});
}

export function usePublishWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-definitions'] }),
  });
}
