import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { ActivityDescriptor } from '@/types/activity';

export async function getActivityDescriptors(signal?: AbortSignal): Promise<ActivityDescriptor[]> {
  const page = await api.get<ListResponse<ActivityDescriptor>>('/api/activity-descriptors', undefined, signal);
  return page.items;
}

export const activityDescriptorsQueryOptions = () =>
  queryOptions({
    queryKey: ['activity-descriptors'],
    queryFn: ({ signal }) => getActivityDescriptors(signal),
    // Descriptors change only when the server is redeployed.
    staleTime: 10 * 60_000,
  });

export function useActivityDescriptors() {
  return useQuery(activityDescriptorsQueryOptions());
}
