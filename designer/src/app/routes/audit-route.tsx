import { AuditPage } from '@/features/audit';
import { RequirePermission } from '@/features/auth';

/** The audit trail, for the roles the server's Administer policy admits. */
export function AuditRoute() {
  return (
    <RequirePermission permission="administer">
      <AuditPage />
    </RequirePermission>
  );
}
