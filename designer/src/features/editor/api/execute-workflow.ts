import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { normalizeExecuteResult } from '@/lib/instance-enums';
import type { ExecuteResult } from '@/types/instance';
import type { JsonValue } from '@/types/workflow';
import { definitionPath } from './get-workflow-definition';

export interface ExecuteWorkflowInput {
  definitionId: string;
  /** A draft version for a test run; the published version when left out. */
  version?: number;
  input: JsonValue;
}

export async function executeWorkflow({ definitionId, version, input }: ExecuteWorkflowInput): Promise<ExecuteResult> {
  return normalizeExecuteResult(await api.post<ExecuteResult>(`${definitionPath(definitionId)}/execute`, input, { wait: true, version }));
}

export function useExecuteWorkflow() {
  return useMutation({ mutationFn: executeWorkflow });
}
