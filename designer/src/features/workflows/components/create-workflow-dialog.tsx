import { useState, type FormEvent } from 'react';
import { Button, Dialog, TextAreaField, TextField } from '@/components';
import { useActivityDescriptors } from '@/features/activities';
import { errorMessage } from '@/lib/api-error';
import { slugify } from '@/lib/create-id';
import type { WorkflowDefinition, WorkflowDocument } from '@/types/workflow';
import { useCreateWorkflow } from '../api/create-workflow';

const idPattern = /^[a-z0-9_.-]{1,100}$/;

export function CreateWorkflowDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (definition: WorkflowDefinition) => void }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [definitionId, setDefinitionId] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const descriptors = useActivityDescriptors();
  const create = useCreateWorkflow();

  const id = definitionId || slugify(name);
  const nameError = submitted && !name.trim() ? 'Give the workflow a name.' : null;
  const idError = id && !idPattern.test(id) ? 'Use lower-case letters, digits, "-", "_" and "." (at most 100).' : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim() || idError) return;
    const start = descriptors.data?.find((d) => d.typeName === 'Start') ?? descriptors.data?.find((d) => d.kind === 'trigger');
    const document: WorkflowDocument = {
      schemaVersion: 1,
      definitionId: id,
      name: name.trim(),
      description: description.trim() || undefined,
      variables: [],
      inputs: [],
      outputs: [],
      nodes: start ? [{ id: 'start', type: start.typeName, displayName: start.displayName, position: { x: 0, y: 0 } }] : [],
      connections: [],
    };
    create.mutate(document, { onSuccess: onCreated });
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="New workflow"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" form="create-workflow-form" variant="primary" busy={create.isPending}>
            Create
          </Button>
        </>
      }
    >
      <form id="create-workflow-form" className="stack" onSubmit={onSubmit} noValidate>
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={nameError} data-autofocus required />
        <TextField
          label="Identifier"
          hint="Stays the same across versions; made from the name unless you type one."
          value={id}
          onChange={(e) => setDefinitionId(e.target.value)}
          error={idError}
          className="mono"
        />
        <TextAreaField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
        {create.isError ? (
          <p className="field__error" role="alert">
            {errorMessage(create.error)}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
