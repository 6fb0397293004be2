import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ImportCounts } from '@/types/cost-center';
import { costCentersPath } from './get-cost-centers';
import { mappingsPath } from './get-cost-center-mappings';

export type ImportTarget = 'cost-centers' | 'mappings';

/** Posts a CSV file as it is; all rows or none are written, and a 422 lists every bad row. */
export function importMasterDataCsv({ target, csv }: { target: ImportTarget; csv: string }): Promise<ImportCounts> {
  return api.postText<ImportCounts>(`${target === 'cost-centers' ? costCentersPath : mappingsPath}/import`, csv, 'text/csv');
}

export function useImportMasterDataCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importMasterDataCsv,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['cost-centers'] }),
  });
}
