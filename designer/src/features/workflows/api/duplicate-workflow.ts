import { useMutation, useQueryClient } from '@tanstack/react-query';
import { slugify } from '@/lib/create-id';
import type { WorkflowDefinition } from '@/types/workflow';
import { createWorkflow } from './create-workflow';
import { exportWorkflow } from './export-workflow';

/** Copies the newest version of a workflow into a new definition named "<name> (copy)". */
export async function duplicateWorkflow(definitionId: string): Promise<WorkflowDefinition> {
  const file = await exportWorkflow(definitionId);
  const name = `${file.name} (copy)`;
  const { version: _version, ...rest } = file;
  return createWorkflow({ ...rest, name, definitionId: slugify(`${definitionId}-copy-${Date.now().toString(36)}`) });
}

export function useDuplicateWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: duplicateWorkflow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-definitions'] }),
  });
}
