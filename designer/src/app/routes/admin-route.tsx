import { AdminPage } from '@/features/admin';
import { RequirePermission } from '@/features/auth';

/** Users and API keys, for the roles the server's Administer policy admits. */
export function AdminRoute() {
  return (
    <RequirePermission permission="administer">
      <AdminPage />
    </RequirePermission>
  );
}
