import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NewUser, User } from '../types';

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const createUser = (user: NewUser) => api.post<User>('/api/users', user);
export const setUserRoles = ({ id, roles }: { id: string; roles: string[] }) => api.put<User>(`${userPath(id)}/roles`, { roles });
export const setUserDisabled = ({ id, disabled }: { id: string; disabled: boolean }) => api.post<User>(`${userPath(id)}/${disabled ? 'disable' : 'enable'}`);
/** Sets a new password; the server also lifts a lockout. */
export const resetUserPassword = ({ id, password }: { id: string; password: string }) => api.post<User>(`${userPath(id)}/reset-password`, { password });

/** A user mutation that refreshes the list when it succeeds. */
function useUserMutation<TInput>(mutationFn: (input: TInput) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }) });
}

export const useCreateUser = () => useUserMutation(createUser);
export const useSetUserRoles = () => useUserMutation(setUserRoles);
export const useSetUserDisabled = () => useUserMutation(setUserDisabled);
export const useResetUserPassword = () => useUserMutation(resetUserPassword);
