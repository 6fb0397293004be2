import { Button } from '@/components';
import type { JsonValue } from '@/types/workflow';

type SwitchCase = { name: string; condition: string; [extra: string]: JsonValue };

const asCases = (value: JsonValue | undefined): SwitchCase[] =>
  Array.isArray(value)
    ? value.map((item) => (item && typeof item === 'object' && !Array.isArray(item) ? ({ name: '', condition: '', ...item } as SwitchCase) : { name: String(item ?? ''), condition: '' }))
    : [];

/** Switch cases as rows: each name becomes an outcome of the node, each condition is JavaScript. */
export function SwitchCasesInput({ id, label, value, onChange, onBlur }: { id: string; label: string; value: JsonValue | undefined; onChange: (value: JsonValue) => void; onBlur: () => void }) {
  const cases = asCases(value);
  const update = (index: number, patch: Partial<SwitchCase>) => onChange(cases.map((c, i) => (i === index ? { ...c, ...patch } : c)) as JsonValue);
  return (
    <div id={id} role="group" aria-label={label} className="stack switch-cases">
      {cases.length === 0 ? <p className="muted">No cases: the node always follows Default.</p> : null}
      {cases.map((c, index) => (
        <div key={index} className="switch-cases__row">
          <label className="field__label" htmlFor={`${id}-name-${index}`}>
            Case {index + 1} name
          </label>
          <input id={`${id}-name-${index}`} className="input" value={c.name} onBlur={onBlur} onChange={(e) => update(index, { name: e.target.value })} />
          <label className="field__label" htmlFor={`${id}-condition-${index}`}>
            Case {index + 1} condition
          </label>
          <input
            id={`${id}-condition-${index}`}
            className="input mono"
            spellCheck={false}
            placeholder="input.priority > 3"
            value={c.condition}
            onBlur={onBlur}
            onChange={(e) => update(index, { condition: e.target.value })}
          />
          <Button size="sm" variant="ghost" onClick={() => onChange(cases.filter((_, i) => i !== index) as JsonValue)}>
            Remove case {index + 1}
          </Button>
        </div>
      ))}
      <div>
        <Button size="sm" onClick={() => onChange([...cases, { name: `Case${cases.length + 1}`, condition: '' }] as JsonValue)}>
          Add case
        </Button>
      </div>
    </div>
  );
}
