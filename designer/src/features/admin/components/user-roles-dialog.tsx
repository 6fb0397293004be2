import { useState } from 'react';
import { Button, Dialog, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useSetUserRoles } from '../api/user-mutations';
import { serverFieldErrors } from '../lib/field-errors';
import type { User } from '../types';
import { RoleCheckboxes } from './role-checkboxes';

/** Replaces a user's roles; the server applies them from the user's next request. */
export function UserRolesDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const [roles, setRoles] = useState<string[]>(user.roles);
  const save = useSetUserRoles();
  return (
    <Dialog
      open
      title={`Roles of ${user.userName}`}
      onClose={onClose}
      testId="user-roles-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            busy={save.isPending}
            onClick={() =>
              save.mutate(
                { id: user.id, roles },
                {
                  onSuccess: () => {
                    notify(`Saved the roles of ${user.userName}.`, 'success');
                    onClose();
                  },
                },
              )
            }
          >
            Save roles
          </Button>
        </>
      }
    >
      <div className="stack">
        {save.isError ? (
          <div className="callout callout--danger" role="alert">
            <p>{errorMessage(save.error)}</p>
          </div>
        ) : null}
        <RoleCheckboxes value={roles} onChange={setRoles} error={serverFieldErrors(save.error).roles} />
        <p className="muted">The change applies from the user's next request; tokens already issued follow it.</p>
      </div>
    </Dialog>
  );
}
