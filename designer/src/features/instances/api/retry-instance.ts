import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { instancePath } from './get-instance';

/** Runs a faulted instance again from its faulted node. */
export function retryInstance(instanceId: string): Promise<unknown> {
  return api.post(`${instancePath(instanceId)}/retry`);
}

export function useRetryInstance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryInstance,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-instances'] }),
  });
}
