import { useState } from 'react';
import type { JsonValue } from '@/types/workflow';
import { describeCron } from '../../lib/cron-description';
import { describeBytes } from '../../lib/describe-bytes';
import type { LiteralEditorProps } from '../properties/node-input-field';

const httpMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

const stringList = (value: JsonValue | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Allowed methods as checkboxes, in the usual order; a method the node holds that is not listed stays. */
export function MethodsEditor({ id, labelId, value, onChange, onBlur, describedBy }: LiteralEditorProps) {
  const chosen = stringList(value).map((m) => m.toUpperCase());
  const shown = [...httpMethods, ...chosen.filter((m) => !httpMethods.includes(m))];
  const toggle = (method: string, on: boolean) => onChange(shown.filter((m) => (m === method ? on : chosen.includes(m))));
  return (
    <div id={id} role="group" aria-labelledby={labelId} aria-describedby={describedBy} className="choice-row" onBlur={onBlur}>
      {shown.map((method) => (
        <label key={method} className="choice">
          <input type="checkbox" className="checkbox" checked={chosen.includes(method)} onChange={(e) => toggle(method, e.target.checked)} />
          <span className="mono">{method}</span>
        </label>
      ))}
    </div>
  );
}

/** anonymous, apiKey or role:<name>, with the role typed in. */
export function AuthorizationEditor({ id, value, onChange, onBlur, describedBy }: LiteralEditorProps) {
  const current = typeof value === 'string' && value ? value : 'apiKey';
  const kind = current.startsWith('role:') ? 'role' : current;
  return (
    <div className="stack stack--tight">
      <select id={id} className="input select" value={kind} aria-describedby={describedBy} onBlur={onBlur} onChange={(e) => onChange(e.target.value === 'role' ? 'role:' : e.target.value)}>
        <option value="apiKey">Any valid API key (X-Api-Key)</option>
        <option value="role">An API key with a role</option>
        <option value="anonymous">Anyone, no key</option>
        {!['apiKey', 'role', 'anonymous'].includes(kind) ? <option value={kind}>{kind}</option> : null}
      </select>
      {kind === 'role' ? (
        <input className="input mono" aria-label="Role name" placeholder="e.g. Operator" value={current.slice(5)} onBlur={onBlur} onChange={(e) => onChange(`role:${e.target.value}`)} />
      ) : null}
    </div>
  );
}

const mediaPresets: [string, string][] = [
  ['HL7 v2', 'x-application/hl7-v2+er7'],
  ['JSON', 'application/json'],
  ['FHIR JSON', 'application/fhir+json'],
  ['Text', 'text/plain'],
];

/** A list of strings, one per line; with presets when the input takes media types. */
export function LinesEditor({ id, value, onChange, onBlur, describedBy, presets }: LiteralEditorProps & { presets?: [string, string][] }) {
  const list = stringList(value);
  const [text, setText] = useState(list.join('\n'));
  const [seen, setSeen] = useState(list.join('\n'));
  // Undo, redo and the presets change the list from outside: show it.
  if (seen !== list.join('\n')) {
    setSeen(list.join('\n'));
    if (text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n') !== list.join('\n')) setText(list.join('\n'));
  }
  return (
    <div className="stack stack--tight">
      <textarea
        id={id}
        className="input input--multiline mono"
        rows={Math.max(2, list.length + 1)}
        spellCheck={false}
        aria-describedby={describedBy}
        value={text}
        onBlur={onBlur}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value.split('\n').map((line) => line.trim()).filter(Boolean));
        }}
      />
      {presets ? (
        <div className="choice-row">
          {presets.map(([label, media]) => (
            <label key={media} className="choice">
              <input
                type="checkbox"
                className="checkbox"
                checked={list.includes(media)}
                onChange={(e) => {
                  onChange(e.target.checked ? [...list, media] : list.filter((m) => m !== media));
                  onBlur();
                }}
              />
              {label}
            </label>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** A whole number within bounds (a port, a byte limit), with the value read out when it is a size. */
export function BoundedNumberEditor({ id, value, onChange, onBlur, describedBy, min, max, bytes }: LiteralEditorProps & { min: number; max?: number; bytes?: boolean }) {
  return (
    <div className="row row--tight">
      <input
        id={id}
        type="number"
        className="input input--number"
        min={min}
        max={max}
        step={1}
        aria-describedby={describedBy}
        value={typeof value === 'number' ? value : ''}
        onBlur={onBlur}
        onChange={(e) => onChange(e.target.value === '' ? null : Math.trunc(Number(e.target.value)))}
      />
      {bytes && typeof value === 'number' ? <span className="muted">= {describeBytes(value)}</span> : null}
    </div>
  );
}

/** The cron expression, read out as one types. */
export function CronEditor({ id, value, onChange, onBlur, describedBy }: LiteralEditorProps) {
  const expression = typeof value === 'string' ? value : '';
  const reading = describeCron(expression);
  return (
    <div className="stack stack--tight">
      <input id={id} className="input mono" placeholder="0 2 * * *" aria-describedby={[describedBy, `${id}-reading`].filter(Boolean).join(' ')} value={expression} onBlur={onBlur} onChange={(e) => onChange(e.target.value)} />
      <div id={`${id}-reading`} className={reading.ok ? 'field__hint' : 'field__error'} data-testid="cron-reading">
        {reading.text}
      </div>
    </div>
  );
}

export function ContentTypesEditor(props: LiteralEditorProps) {
  return <LinesEditor {...props} presets={mediaPresets} />;
}

export function PortEditor(props: LiteralEditorProps) {
  return <BoundedNumberEditor {...props} min={1} max={65535} />;
}

export function ByteSizeEditor(props: LiteralEditorProps) {
  return <BoundedNumberEditor {...props} min={1} bytes />;
}
