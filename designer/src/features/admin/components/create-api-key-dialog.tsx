import { useState, type FormEvent } from 'react';
import { Button, Dialog, TextAreaField, TextField } from '@/components';
import { errorMessage } from '@/lib/api-error';
import { useCreateApiKey } from '../api/api-key-mutations';
import { serverFieldErrors } from '../lib/field-errors';
import { RoleCheckboxes } from './role-checkboxes';
import { SecretOnce } from './secret-once';

/** Fields of the form; an empty expiry means the key never expires. */
const toPaths = (text: string) =>
  text
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);

/**
 * Creates an API key with roles, an optional restriction to trigger paths and an optional expiry. The answer's key is
 * shown in this dialog once, with a copy button; closing the dialog forgets it.
 */
export function CreateApiKeyDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [paths, setPaths] = useState('');
  const [expires, setExpires] = useState('');
  const create = useCreateApiKey();
  const errors = serverFieldErrors(create.error);
  const created = create.data;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), roles, allowedTriggerPaths: toPaths(paths), expiresAt: expires ? new Date(expires).toISOString() : null });
  };

  if (created) {
    return (
      <Dialog open title={`API key ${created.name}`} onClose={onClose} testId="api-key-created-dialog" footer={<Button variant="primary" onClick={onClose}>Done</Button>}>
        <SecretOnce secret={created.key} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open
      title="New API key"
      onClose={onClose}
      testId="create-api-key-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="create-api-key-form" busy={create.isPending}>
            Create key
          </Button>
        </>
      }
    >
      <form id="create-api-key-form" className="form-grid" onSubmit={submit} noValidate>
        {create.isError ? (
          <div className="callout callout--danger field--wide" role="alert">
            <p>{errorMessage(create.error)}</p>
          </div>
        ) : null}
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} hint="Who or what uses it, e.g. lab-system" />
        <TextField label="Expires" type="datetime-local" value={expires} onChange={(e) => setExpires(e.target.value)} error={errors.expiresAt} hint="Empty: never" />
        <RoleCheckboxes value={roles} onChange={setRoles} error={errors.roles} />
        <TextAreaField
          label="Allowed trigger paths"
          className="mono"
          rows={3}
          value={paths}
          onChange={(e) => setPaths(e.target.value)}
          error={errors.allowedTriggerPaths}
          hint="Optional. One per line, below /workflows: lab/results, or lab/* for everything under lab. Empty: any trigger path."
        />
      </form>
    </Dialog>
  );
}
