import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { costCenterPath } from './get-cost-centers';

/** Refused (409) while a mapping books to the cost center. */
export function deleteCostCenter(code: string): Promise<undefined> {
  return api.delete(costCenterPath(code));
}

export function useDeleteCostCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCostCenter,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cost-centers'] }),
  });
}
