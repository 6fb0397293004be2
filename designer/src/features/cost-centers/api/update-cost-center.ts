import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CostCenter, CostCenterInput } from '@/types/cost-center';
import { costCenterPath } from './get-cost-centers';

/** Replaces a cost center; the revision read makes a change by someone else meanwhile a 409, not a lost update. */
export function updateCostCenter({ code, ...input }: CostCenterInput): Promise<CostCenter> {
  return api.put<CostCenter>(costCenterPath(code), input);
}

export function useUpdateCostCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCostCenter,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cost-centers'] }),
  });
}
