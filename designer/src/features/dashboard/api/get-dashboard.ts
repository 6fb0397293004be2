import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { windowFor, type TimeRangeId } from '../lib/time-ranges';
import type { Dashboard } from '../types';

export const getDashboard = (range: TimeRangeId, signal?: AbortSignal) => api.get<Dashboard>('/api/dashboard', windowFor(range), signal);

export const dashboardQueryOptions = (range: TimeRangeId) =>
  queryOptions({
    queryKey: ['dashboard', range],
    queryFn: ({ signal }) => getDashboard(range, signal),
    placeholderData: keepPreviousData,
    // An operations view: keep it current while it is open.
    refetchInterval: 30_000,
  });

export function useDashboard(range: TimeRangeId) {
  return useQuery(dashboardQueryOptions(range));
}
