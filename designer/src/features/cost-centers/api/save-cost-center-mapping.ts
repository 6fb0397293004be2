import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CostCenterMapping } from '@/types/cost-center';
import { mappingPath, mappingsPath } from './get-cost-center-mappings';

export interface SaveMappingInput {
  kind: CostCenterMapping['kind'];
  sourceCode: string;
  costCenterCode: string;
  /** Set when repointing an existing mapping: a stale one answers 409. */
  revision?: number;
}

/** Creates a mapping, or repoints an existing one (kind and source code are its key and do not change). */
export function saveCostCenterMapping({ kind, sourceCode, costCenterCode, revision }: SaveMappingInput): Promise<CostCenterMapping> {
  return revision === undefined
    ? api.post<CostCenterMapping>(mappingsPath, { kind, sourceCode, costCenterCode })
    : api.put<CostCenterMapping>(mappingPath(kind, sourceCode), { costCenterCode, revision });
}

export function useSaveCostCenterMapping() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCostCenterMapping,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['cost-centers', 'mappings'] }),
  });
}
