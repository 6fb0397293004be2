import type { ReactNode } from 'react';
import { ErrorState, Spinner } from '@/components';
import { useCurrentUser } from '../api/get-current-user';
import { can, type Permission } from '../lib/permissions';

/** Shows a page only to callers whose roles allow it; others get a plain sentence, not a stream of 403s. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const user = useCurrentUser();
  if (user.isPending) return <Spinner label="Checking your roles…" />;
  if (user.isError) return <ErrorState error={user.error} onRetry={() => user.refetch()} />;
  if (!can(user.data, permission)) {
    return (
      <div className="page">
        <div className="state state--empty" role="status">
          <h1>Not available to your roles</h1>
          <p className="muted">Your roles ({user.data.roles.join(', ') || 'none'}) do not include this page. Ask an administrator.</p>
        </div>
      </div>
    );
  }
  return children;
}
