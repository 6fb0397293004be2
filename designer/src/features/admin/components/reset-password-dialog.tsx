import { useState, type FormEvent } from 'react';
import { Button, Dialog, TextField, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useResetUserPassword } from '../api/user-mutations';
import { serverFieldErrors } from '../lib/field-errors';
import type { User } from '../types';

/** Sets a new password for a user; the server lifts a lockout with it. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const reset = useResetUserPassword();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate(
      { id: user.id, password },
      {
        onSuccess: () => {
          notify(`Set a new password for ${user.userName}; a lockout is lifted.`, 'success');
          onClose();
        },
      },
    );
  };
  const fieldError = serverFieldErrors(reset.error).password;
  return (
    <Dialog
      open
      title={`Reset the password of ${user.userName}`}
      onClose={onClose}
      size="sm"
      testId="reset-password-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="reset-password-form" busy={reset.isPending}>
            Set password
          </Button>
        </>
      }
    >
      <form id="reset-password-form" className="stack" onSubmit={submit} noValidate>
        {reset.isError && !fieldError ? (
          <div className="callout callout--danger" role="alert">
            <p>{errorMessage(reset.error)}</p>
          </div>
        ) : null}
        <TextField label="New password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError} hint="At least 12 characters. Also lifts a lockout." />
      </form>
    </Dialog>
  );
}
