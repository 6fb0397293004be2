import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

/** Takes the published version out of service (it becomes archived; the draft stays); 409 when nothing is published. */
export function retractWorkflow(definitionId: string): Promise<WorkflowDefinition> {
  return api.post<WorkflowDefinition>(`${definitionPath(definitionId)}/retract`, {});
}

export function useRetractWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retractWorkflow,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['workflow-definitions'] }),
  });
}
