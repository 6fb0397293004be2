import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CostCenterMapping } from '@/types/cost-center';
import { mappingPath } from './get-cost-center-mappings';

export function deleteCostCenterMapping({ kind, sourceCode }: Pick<CostCenterMapping, 'kind' | 'sourceCode'>): Promise<undefined> {
  return api.delete(mappingPath(kind, sourceCode));
}

export function useDeleteCostCenterMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCostCenterMapping,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cost-centers', 'mappings'] }),
  });
}
