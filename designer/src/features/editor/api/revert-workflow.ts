import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { WorkflowDefinition } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

/** Copies an old version into the draft; answers the draft. */
export function revertWorkflow({ definitionId, version }: { definitionId: string; version: number }): Promise<WorkflowDefinition> {
  return api.post<WorkflowDefinition>(`${definitionPath(definitionId)}/revert/${version}`);
}

export function useRevertWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revertWorkflow,
    onSuccess: (draft) => {
      queryClient.setQueryData(['workflow-definitions', 'detail', draft.definitionId], draft);
      void queryClient.invalidateQueries({ queryKey: ['workflow-definitions', 'versions', draft.definitionId] });
      void queryClient.invalidateQueries({ queryKey: ['workflow-definitions', 'list'] });
    },
  });
}
