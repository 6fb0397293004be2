import { useState } from 'react';
import { CostCenterPicker } from '@/features/cost-centers';
import type { InputDescriptor } from '@/types/activity';
import type { JsonValue, WorkflowVariable } from '@/types/workflow';
import { literalEditorKind } from './literal-editor-kind';
import { SwitchCasesInput } from './switch-cases-input';

export interface LiteralInputProps {
  id: string;
  descriptor: InputDescriptor;
  value: JsonValue | undefined;
  onChange: (value: JsonValue) => void;
  onBlur: () => void;
  variables: readonly WorkflowVariable[];
  describedBy?: string;
}

const asText = (value: JsonValue | undefined) => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));

function sameJson(text: string, value: JsonValue | undefined): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value ?? null);
  } catch {
    return false;
  }
}

function JsonLiteral({ id, value, onChange, onBlur, describedBy }: Omit<LiteralInputProps, 'descriptor' | 'variables'>) {
  const serialized = value === undefined ? '' : JSON.stringify(value, null, 2);
  const [text, setText] = useState(serialized);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState(serialized);
  // Undo and redo change the value from outside: show it, unless it is what is being typed.
  if (seen !== serialized) {
    setSeen(serialized);
    if (!sameJson(text, value)) setText(serialized);
  }
  return (
    <>
      <textarea
        id={id}
        className="input input--multiline mono"
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        value={text}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, error ? `${id}-json-error` : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => {
          setText(e.target.value);
          try {
            const parsed = JSON.parse(e.target.value) as JsonValue;
            setError(null);
            onChange(parsed);
          } catch {
            setError('Not valid JSON yet: the last valid value is kept.');
          }
        }}
        onBlur={onBlur}
      />
      {error ? (
        <div className="field__error" id={`${id}-json-error`}>
          {error}
        </div>
      ) : null}
    </>
  );
}

export function LiteralInput({ id, descriptor, value, onChange, onBlur, variables, describedBy }: LiteralInputProps) {
  const kind = literalEditorKind(descriptor);
  const common = { id, onBlur, 'aria-describedby': describedBy };
  switch (kind) {
    case 'checkbox':
      return <input {...common} type="checkbox" className="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'dropdown':
      return (
        <select {...common} className="input select" value={asText(value)} onChange={(e) => onChange(e.target.value)}>
          {value === undefined || value === null ? <option value="">Choose…</option> : null}
          {(descriptor.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case 'variable': {
      const names = variables.map((v) => v.name);
      const current = asText(value);
      return (
        <select {...common} className="input select" value={current} onChange={(e) => onChange(e.target.value)}>
          <option value="">Choose a variable…</option>
          {current && !names.includes(current) ? <option value={current}>{current} (not declared)</option> : null}
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      );
    }
    case 'number':
      return (
        <input
          {...common}
          type="number"
          className="input"
          step={descriptor.type === 'integer' ? 1 : 'any'}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        />
      );
    case 'cost-center':
      return <CostCenterPicker id={id} value={asText(value)} onChange={onChange} onBlur={onBlur} describedBy={describedBy} />;
    case 'switch-cases':
      return <SwitchCasesInput id={id} label={descriptor.displayName || descriptor.name} value={value} onChange={onChange} onBlur={onBlur} />;
    case 'json':
      return <JsonLiteral id={id} value={value} onChange={onChange} onBlur={onBlur} describedBy={describedBy} />;
    case 'multiline':
    case 'code':
      return (
        <textarea
          {...common}
          className={kind === 'code' ? 'input input--multiline mono' : 'input input--multiline'}
          rows={kind === 'code' ? 6 : 3}
          spellCheck={kind !== 'code'}
          value={asText(value)}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <input
          {...common}
          type="text"
          className="input"
          value={asText(value)}
          placeholder={descriptor.uiHint === 'duration' || descriptor.type === 'duration' ? 'hh:mm:ss, e.g. 00:05:00' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
