import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { normalizeInstance } from '@/lib/instance-enums';
import type { WorkflowInstance } from '@/types/instance';

export const instancePath = (instanceId: string) => `/api/workflow-instances/${encodeURIComponent(instanceId)}`;

export async function getInstance(instanceId: string, signal?: AbortSignal): Promise<WorkflowInstance> {
  return normalizeInstance(await api.get<WorkflowInstance>(instancePath(instanceId), undefined, signal));
}

export const instanceQueryOptions = (instanceId: string) =>
  queryOptions({
    queryKey: ['workflow-instances', 'detail', instanceId],
    queryFn: ({ signal }) => getInstance(instanceId, signal),
    // A running instance changes under our eyes: look again every few seconds until it finishes.
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'Finished' ? 3000 : false),
  });

export function useInstance(instanceId: string) {
  return useQuery(instanceQueryOptions(instanceId));
}
