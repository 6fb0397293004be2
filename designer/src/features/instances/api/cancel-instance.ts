import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { instancePath } from './get-instance';

export function cancelInstance(instanceId: string): Promise<unknown> {
  return api.post(`${instancePath(instanceId)}/cancel`);
}

export function useCancelInstance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelInstance,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['workflow-instances'] }),
  });
}
