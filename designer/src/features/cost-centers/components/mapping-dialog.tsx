import { useId, useState, type FormEvent } from 'react';
import { Button, Dialog, SelectField, TextField, notify } from '@/components';
import { errorMessage, isApiError } from '@/lib/api-error';
import type { CostCenterMapping, MappingKind } from '@/types/cost-center';
import { useSaveCostCenterMapping } from '../api/save-cost-center-mapping';
import { serverFieldErrors } from '../lib/field-errors';
import { CostCenterPicker } from './cost-center-picker';
import { mappingKindLabel, mappingKinds } from './mapping-kinds';

/** Creates a mapping, or repoints one to another cost center (its kind and source code are its key). */
export function MappingDialog({ editing, onClose }: { editing: CostCenterMapping | null; onClose: () => void }) {
  const pickerId = useId();
  const [kind, setKind] = useState<MappingKind>(editing?.kind ?? 'department');
  const [sourceCode, setSourceCode] = useState(editing?.sourceCode ?? '');
  const [costCenterCode, setCostCenterCode] = useState(editing?.costCenterCode ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveCostCenterMapping();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!sourceCode.trim()) found.sourceCode = 'Enter the clinical code.';
    else if (sourceCode.trim().length > 64) found.sourceCode = 'A source code has at most 64 characters.';
    if (!costCenterCode.trim()) found.costCenterCode = 'Choose a cost center.';
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) return;
    save.mutate(
      { kind, sourceCode: sourceCode.trim(), costCenterCode: costCenterCode.trim(), revision: editing?.revision },
      {
        onSuccess: (saved) => {
          notify(`${mappingKindLabel(saved.kind)} ${saved.sourceCode} books to ${saved.costCenterCode}.`, 'success');
          onClose();
        },
        onError: (error) => {
          setErrors(serverFieldErrors(error));
          if (isApiError(error) && error.status === 409)
            setFormError(editing ? 'Someone changed this mapping since you opened it: close this and open it again.' : `${errorMessage(error)} Edit the existing mapping instead.`);
          else setFormError(errorMessage(error));
        },
      },
    );
  };

  const costCenterError = errors.costCenterCode;
  return (
    <Dialog
      open
      title={editing ? `Repoint ${mappingKindLabel(editing.kind).toLowerCase()} ${editing.sourceCode}` : 'New mapping'}
      onClose={onClose}
      testId="mapping-dialog"
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="mapping-form" busy={save.isPending}>
            {editing ? 'Save' : 'Create'}
          </Button>
        </>
      }
    >
      <form id="mapping-form" className="stack" onSubmit={submit} noValidate>
        {formError ? (
          <div className="callout callout--danger" role="alert">
            <p>{formError}</p>
          </div>
        ) : null}
        <SelectField label="Kind" value={kind} disabled={editing !== null} onChange={(e) => setKind(e.target.value as MappingKind)}>
          {mappingKinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label} ({k.hint})
            </option>
          ))}
        </SelectField>
        <TextField label="Source code" className="mono" value={sourceCode} readOnly={editing !== null} error={errors.sourceCode} onChange={(e) => setSourceCode(e.target.value)} data-autofocus={editing ? undefined : true} />
        <div className={['field', costCenterError ? 'field--invalid' : ''].join(' ')}>
          <label htmlFor={pickerId} className="field__label">
            Cost center
          </label>
          <CostCenterPicker id={pickerId} value={costCenterCode} onChange={setCostCenterCode} invalid={Boolean(costCenterError)} describedBy={costCenterError ? `${pickerId}-error` : undefined} />
          {costCenterError ? (
            <div id={`${pickerId}-error`} className="field__error" role="alert">
              {costCenterError}
            </div>
          ) : null}
        </div>
      </form>
    </Dialog>
  );
}
