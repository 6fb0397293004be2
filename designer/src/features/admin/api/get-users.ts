import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ListResponse } from '@/types/api';
import type { User } from '../types';

export const getUsers = (signal?: AbortSignal) => api.get<ListResponse<User>>('/api/users', undefined, signal);

export const usersQueryOptions = () => queryOptions({ queryKey: ['users', 'list'], queryFn: ({ signal }) => getUsers(signal) });

export function useUsers() {
  return useQuery(usersQueryOptions());
}
