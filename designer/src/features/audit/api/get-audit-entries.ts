import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { AuditEntry, AuditFilters } from '../types';

export const getAuditEntries = (filters: AuditFilters, signal?: AbortSignal) =>
  api.get<ListResponse<AuditEntry>>('/api/audit', { ...filters }, signal);

export const auditEntriesQueryOptions = (filters: AuditFilters) =>
  queryOptions({
    queryKey: ['audit', 'list', filters],
    queryFn: ({ signal }) => getAuditEntries(filters, signal),
    placeholderData: keepPreviousData,
  });

export function useAuditEntries(filters: AuditFilters) {
  return useQuery(auditEntriesQueryOptions(filters));
}
