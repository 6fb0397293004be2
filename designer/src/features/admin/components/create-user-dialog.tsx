import { useState, type FormEvent } from 'react';
import { Button, Dialog, TextField, notify } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useCreateUser } from '../api/user-mutations';
import { serverFieldErrors } from '../lib/field-errors';
import { RoleCheckboxes } from './role-checkboxes';

/** Creates a built-in user; the server's rules (name, password length, roles) come back as 422 field errors shown in place. */
export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<string[]>(['Viewer']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateUser();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    create.mutate(
      { userName: userName.trim(), password, roles },
      {
        onSuccess: (user) => {
          notify(`Created user ${user.userName}.`, 'success');
          onClose();
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <Dialog
      open
      title="New user"
      onClose={onClose}
      testId="create-user-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="create-user-form" busy={create.isPending}>
            Create user
          </Button>
        </>
      }
    >
      <form id="create-user-form" className="form-grid" onSubmit={submit} noValidate>
        {formError ? (
          <div className="callout callout--danger field--wide" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <TextField label="User name" autoComplete="off" spellCheck={false} value={userName} onChange={(e) => setUserName(e.target.value)} error={errors.userName} hint="Letters, digits and . _ - @" />
        <TextField label="Password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} error={errors.password} hint="At least 12 characters" />
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.roles} />
      </form>
    </Dialog>
  );
}
