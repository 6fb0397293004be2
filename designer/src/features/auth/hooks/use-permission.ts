import { useCurrentUser } from '../api/get-current-user';
import { can, type Permission } from '../lib/permissions';

/** Whether the signed-in caller's roles allow `permission`; false while they are being read. */
export function usePermission(permission: Permission): boolean {
  const user = useCurrentUser();
  return can(user.data, permission);
}
