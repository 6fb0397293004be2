import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CostCenter, CostCenterInput } from '@/types/cost-center';
import { costCentersPath } from './get-cost-centers';

export function createCostCenter({ revision: _unused, ...input }: CostCenterInput): Promise<CostCenter> {
  return api.post<CostCenter>(costCentersPath, input);
}

export function useCreateCostCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCostCenter,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cost-centers'] }),
  });
}
