import { useState, type FormEvent } from 'react';
import { Button, CheckboxField, Dialog, TextField, notify } from '@/components';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { CostCenter, CostCenterInput } from '@/types/cost-center';
import { useCreateCostCenter } from '../api/create-cost-center';
import { useUpdateCostCenter } from '../api/update-cost-center';
import { serverFieldErrors } from '../lib/field-errors';
import { validateCostCenter } from '../lib/validate-cost-center';

export interface CostCenterDialogProps {
  /** The cost center to edit; none creates one. */
  editing: CostCenter | null;
  onClose: () => void;
}

const blank: CostCenterInput = { code: '', name: '', active: true, effectiveFrom: '', effectiveTo: '' };

/** Creates or edits one cost center; rules are checked here first, and the server's 422 and 409 are shown in place. */
export function CostCenterDialog({ editing, onClose }: CostCenterDialogProps) {
  const [form, setForm] = useState<CostCenterInput>(() =>
    editing
      ? { code: editing.code, name: editing.name, active: editing.active, effectiveFrom: editing.effectiveFrom ?? '', effectiveTo: editing.effectiveTo ?? '', revision: editing.revision }
      : blank,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const create = useCreateCostCenter();
  const update = useUpdateCostCenter();
  const saving = create.isPending || update.isPending;
  const set = (patch: Partial<CostCenterInput>) => setForm((f) => ({ ...f, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateCostCenter(form);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    const body: CostCenterInput = { ...form, code: form.code.trim(), name: form.name.trim(), effectiveFrom: form.effectiveFrom || null, effectiveTo: form.effectiveTo || null };
    const onError = (error: unknown) => {
      setErrors(serverFieldErrors(error));
      if (isApiError(error) && error.status === 409)
        setFormError(editing ? `Someone changed ${editing.code} since you opened it: close this and open it again to see their change.` : `${errorMessage(error)} Choose another code, or edit the existing one.`);
      else setFormError(errorMessage(error));
    };
    const onSuccess = (saved: CostCenter) => {
      notify(editing ? `Saved cost center ${saved.code}.` : `Created cost center ${saved.code}.`, 'success');
      onClose();
    };
    if (editing) update.mutate(body, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <Dialog
      open
      title={editing ? `Edit cost center ${editing.code}` : 'New cost center'}
      onClose={onClose}
      testId="cost-center-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="cost-center-form" busy={saving}>
            {editing ? 'Save' : 'Create'}
          </Button>
        </>
      }
    >
      <form id="cost-center-form" className="form-grid" onSubmit={submit} noValidate>
        {formError ? (
          <div className="callout callout--danger field--wide" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <TextField
          label="Code"
          className="mono"
          value={form.code}
          readOnly={editing !== null}
          required
          maxLength={20}
          hint={editing ? 'The code is the key: it cannot change.' : 'The ERP’s code, e.g. LAB; stored upper-case.'}
          error={errors.code}
          onChange={(e) => set({ code: e.target.value })}
          data-autofocus={editing ? undefined : true}
        />
        <TextField label="Name" value={form.name} required maxLength={100} error={errors.name} onChange={(e) => set({ name: e.target.value })} data-autofocus={editing ? true : undefined} />
        <TextField label="First day" type="date" value={form.effectiveFrom ?? ''} hint="Empty: open" error={errors.effectiveFrom} onChange={(e) => set({ effectiveFrom: e.target.value })} />
        <TextField label="Last day" type="date" value={form.effectiveTo ?? ''} hint="Empty: open" error={errors.effectiveTo} onChange={(e) => set({ effectiveTo: e.target.value })} />
        <div className="field--wide">
          <CheckboxField label="Active (may be booked to)" checked={form.active} onChange={(e) => set({ active: e.target.checked })} />
        </div>
      </form>
    </Dialog>
  );
}
