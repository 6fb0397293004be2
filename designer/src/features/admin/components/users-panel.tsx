import { useState } from 'react';
import { Badge, Button, ConfirmDialog, EmptyState, ErrorState, Spinner, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { formatDateTime } from '@/lib/format';
import { useUsers } from '../api/get-users';
import { useSetUserDisabled } from '../api/user-mutations';
import { userState } from '../lib/account-state';
import { targetRowProps } from '../lib/target-row';
import type { User } from '../types';
import { CreateUserDialog } from './create-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import { UserRolesDialog } from './user-roles-dialog';

type Open = { kind: 'create' } | { kind: 'roles' | 'password' | 'disable'; user: User } | null;

function StateBadge({ user }: { user: User }) {
  const state = userState(user);
  if (state === 'disabled') return <Badge tone="danger">Disabled</Badge>;
  if (state === 'locked') return <Badge tone="warning">Locked until {formatDateTime(user.lockedUntil)}</Badge>;
  return <Badge tone="success">Active</Badge>;
}

/** Built-in users: create, change roles, reset a password (which lifts a lockout), disable and enable. */
export function UsersPanel({ targetId }: { targetId?: string | null } = {}) {
  const users = useUsers();
  const setDisabled = useSetUserDisabled();
  const [open, setOpen] = useState<Open>(null);
  // A refused enable or disable (disabling yourself is a 409) is said on the page, where the button was.
  const [actionError, setActionError] = useState<string | null>(null);
  const close = () => setOpen(null);

  const enable = (user: User) =>
    setDisabled.mutate(
      { id: user.id, disabled: false },
      { onSuccess: () => notify(`Enabled ${user.userName}.`, 'success'), onError: (error) => setActionError(`Enable failed: ${errorMessage(error)}`) },
    );

  return (
    <div className="stack">
      <div className="row">
        <p className="muted">People who sign in with a user name and password. Five wrong passwords in a row lock a user out for a while.</p>
        <span className="spacer" />
        <Button variant="primary" onClick={() => setOpen({ kind: 'create' })}>
          New user
        </Button>
      </div>
      {actionError ? (
        <div className="callout callout--danger" role="alert">
          <p>{actionError}</p>
        </div>
      ) : null}
      {users.isPending ? (
        <Spinner label="Loading users…" />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title="No users yet" />
      ) : (
        <table className="table" aria-label="Users">
          <thead>
            <tr>
              <th scope="col">User</th>
              <th scope="col">Roles</th>
              <th scope="col">State</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.data.items.map((user) => (
              <tr key={user.id} data-testid={`user-${user.userName}`} {...targetRowProps(user.id === targetId)}>
                <td>{user.userName}</td>
                <td>{user.roles.join(', ') || '—'}</td>
                <td>
                  <StateBadge user={user} />
                </td>
                <td>{formatDateTime(user.lastSignInAt)}</td>
                <td>{formatDateTime(user.createdAt)}</td>
                <td>
                  <div className="row row--end">
                    <Button size="sm" onClick={() => setOpen({ kind: 'roles', user })} aria-label={`Roles of ${user.userName}`}>
                      Roles
                    </Button>
                    <Button size="sm" onClick={() => setOpen({ kind: 'password', user })} aria-label={`Reset password of ${user.userName}`}>
                      Reset password
                    </Button>
                    {user.disabled ? (
                      <Button size="sm" busy={setDisabled.isPending && setDisabled.variables?.id === user.id} onClick={() => enable(user)} aria-label={`Enable ${user.userName}`}>
                        Enable
                      </Button>
                    ) : (
                      <Button size="sm" variant="danger" onClick={() => setOpen({ kind: 'disable', user })} aria-label={`Disable ${user.userName}`}>
                        Disable
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === 'create' ? <CreateUserDialog onClose={close} /> : null}
      {open?.kind === 'roles' ? <UserRolesDialog user={open.user} onClose={close} /> : null}
      {open?.kind === 'password' ? <ResetPasswordDialog user={open.user} onClose={close} /> : null}
      <ConfirmDialog
        open={open?.kind === 'disable'}
        title={open?.kind === 'disable' ? `Disable ${open.user.userName}?` : ''}
        confirmLabel="Disable"
        danger
        busy={setDisabled.isPending}
        onCancel={close}
        onConfirm={() => {
          if (open?.kind !== 'disable') return;
          setActionError(null);
          const user = open.user;
          setDisabled.mutate(
            { id: user.id, disabled: true },
            {
              onSuccess: () => {
                notify(`Disabled ${user.userName}.`, 'success');
                close();
              },
              onError: (error) => {
                setActionError(`Disable failed: ${errorMessage(error)}`);
                close();
              },
            },
          );
        }}
      >
        <p>They cannot sign in, and tokens already issued to them stop working at once. Enable them again at any time.</p>
      </ConfirmDialog>
    </div>
  );
}
