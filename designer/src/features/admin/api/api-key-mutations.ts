import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CreatedApiKey, NewApiKey } from '../types';

export const createApiKey = (key: NewApiKey) => api.post<CreatedApiKey>('/api/api-keys', key);
export const revokeApiKey = (id: string) => api.delete(`/api/api-keys/${encodeURIComponent(id)}`);

// The answer holds the key itself: it is handed to the dialog that shows it once and is kept nowhere else.
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createApiKey, gcTime: 0, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }) });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeApiKey, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }) });
}
