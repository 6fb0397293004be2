import { TextAreaField, TextField } from '@/components';
import type { JsonValue, WorkflowField, WorkflowVariable } from '@/types/workflow';
import type { WorkflowMeta } from '../../lib/workflow-mapping';
import { useEditorStore } from '../../stores/editor-store-context';
import { FieldListEditor } from './field-list-editor';
import { TriggerSettings } from '../triggers/trigger-settings';

const variableTypes = ['string', 'number', 'boolean', 'object', 'array', 'any'];
const fieldTypes = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'any'];

function defaultText(variable: WorkflowVariable): string {
  if (variable.default === undefined) return '';
  return typeof variable.default === 'string' ? variable.default : JSON.stringify(variable.default);
}

/** A typed default: strings stay text, anything else is read as JSON when it parses. */
function parseDefault(type: string, text: string): JsonValue | undefined {
  if (text === '') return undefined;
  if (type === 'string') return text;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

function withoutDefault(variable: WorkflowVariable): WorkflowVariable {
  const { default: _dropped, ...rest } = variable;
  return rest;
}

/** The workflow's own settings, shown when no node is selected, starting with its trigger's settings (kept on the trigger node). */
export function WorkflowProperties({ onFocusNode }: { onFocusNode?: (nodeId: string) => void }) {
  const meta = useEditorStore((s) => s.meta);
  const updateMeta = useEditorStore((s) => s.updateMeta);
  const endEdit = useEditorStore((s) => s.endEdit);

  const update = (patch: Partial<WorkflowMeta>, key?: string) => updateMeta((m) => ({ ...m, ...patch }), key);
  const variables = meta.variables ?? [];
  const inputs = meta.inputs ?? [];
  const outputs = meta.outputs ?? [];

  const setVariable = (index: number, next: WorkflowVariable, key: string) =>
    update({ variables: variables.map((v, i) => (i === index ? next : v)) }, `variables:${index}:${key}`);
  const fieldsEditor = (title: 'Inputs' | 'Outputs', list: WorkflowField[], field: 'inputs' | 'outputs') => {
    const set = (index: number, next: WorkflowField, key: string) => update({ [field]: list.map((f, i) => (i === index ? next : f)) }, `${field}:${index}:${key}`);
    return (
      <FieldListEditor
        title={title}
        items={list}
        itemName={(f) => f.name}
        onAdd={() => update({ [field]: [...list, { name: `${field === 'inputs' ? 'input' : 'output'}${list.length + 1}`, type: 'string' }] })}
        onRemove={(index) => update({ [field]: list.filter((_, i) => i !== index) })}
        columns={[
          { key: 'name', label: 'Name', render: (f, i, id) => <input id={id} className="input mono" value={f.name} onBlur={endEdit} onChange={(e) => set(i, { ...f, name: e.target.value }, 'name')} /> },
          {
            key: 'type',
            label: 'Type',
            render: (f, i, id) => (
              <select id={id} className="input select" value={f.type} onChange={(e) => set(i, { ...f, type: e.target.value }, 'type')}>
                {fieldTypes.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            ),
          },
          {
            key: 'description',
            label: 'Description',
            render: (f, i, id) => <input id={id} className="input" value={f.description ?? ''} onBlur={endEdit} onChange={(e) => set(i, { ...f, description: e.target.value }, 'description')} />,
          },
          ...(field === 'inputs'
            ? [
                {
                  key: 'required',
                  label: 'Required',
                  render: (f: WorkflowField, i: number, id: string) => (
                    <input id={id} type="checkbox" className="checkbox" checked={f.required === true} onChange={(e) => set(i, { ...f, required: e.target.checked }, 'required')} />
                  ),
                },
              ]
            : []),
        ]}
      />
    );
  };

  return (
    <div className="stack" data-testid="workflow-properties">
      <h2 className="panel-title">Workflow</h2>
      <TriggerSettings onFocusNode={onFocusNode} />
      <TextField label="Name" value={meta.name} onBlur={endEdit} onChange={(e) => update({ name: e.target.value }, 'name')} />
      <TextField label="Identifier" value={meta.definitionId} readOnly className="mono" />
      <TextAreaField label="Description" rows={3} value={meta.description ?? ''} onBlur={endEdit} onChange={(e) => update({ description: e.target.value }, 'description')} />
      <FieldListEditor
        title="Variables"
        items={variables}
        itemName={(v) => v.name}
        onAdd={() => update({ variables: [...variables, { name: `variable${variables.length + 1}`, type: 'string' }] })}
        onRemove={(index) => update({ variables: variables.filter((_, i) => i !== index) })}
        columns={[
          { key: 'name', label: 'Name', render: (v, i, id) => <input id={id} className="input mono" value={v.name} onBlur={endEdit} onChange={(e) => setVariable(i, { ...v, name: e.target.value }, 'name')} /> },
          {
            key: 'type',
            label: 'Type',
            render: (v, i, id) => (
              <select id={id} className="input select" value={v.type} onChange={(e) => setVariable(i, { ...v, type: e.target.value }, 'type')}>
                {variableTypes.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            ),
          },
          {
            key: 'default',
            label: 'Default',
            render: (v, i, id) => (
              <input
                id={id}
                className="input mono"
                value={defaultText(v)}
                onBlur={endEdit}
                onChange={(e) => {
                  const parsed = parseDefault(v.type, e.target.value);
                  setVariable(i, parsed === undefined ? withoutDefault(v) : { ...v, default: parsed }, 'default');
                }}
              />
            ),
          },
        ]}
      />
      {fieldsEditor('Inputs', inputs, 'inputs')}
      {fieldsEditor('Outputs', outputs, 'outputs')}
    </div>
  );
}
