import { api } from '@/lib/api-client';
import type { WorkflowDocument } from '@/types/workflow';

/** The newest version as a workflow file. */
export function exportWorkflow(definitionId: string): Promise<WorkflowDocument> {
  return api.get<WorkflowDocument>(`/api/workflow-definitions/${encodeURIComponent(definitionId)}/export`);
}
