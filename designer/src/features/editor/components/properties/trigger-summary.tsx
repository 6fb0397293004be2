import { Button } from '@/components';
import type { ActivityDescriptor } from '@/types/activity';
import type { JsonValue, WorkflowNode } from '@/types/workflow';
import { useEditorStore } from '../../stores/editor-store-context';
import { effectiveInput } from './input-modes';

export interface TriggerSummaryProps {
  /** Selects the trigger node and shows it on the canvas. */
  onFocusNode?: (nodeId: string) => void;
}

type Setting = { text: string; problem?: string };

/** A trigger setting as the node holds it (or its default); route settings must be fixed values, not expressions. */
function readSetting(model: WorkflowNode, descriptor: ActivityDescriptor, name: string, show: (value: JsonValue) => string): Setting {
  const input = descriptor.inputs.find((i) => i.name === name);
  if (!input) return { text: '—' };
  const current = effectiveInput(input, model.inputs?.[name]);
  if (current.mode === 'expression') return { text: current.value || '(empty expression)', problem: 'An expression: publishing refuses it, the route must be a fixed value.' };
  const text = current.value === null || current.value === '' ? '' : show(current.value);
  return text ? { text } : { text: 'Not set', problem: input.required ? 'Required: set it on the trigger node.' : undefined };
}

const asList = (value: JsonValue) => (Array.isArray(value) ? value.map(String).join(', ') || '(none)' : String(value));

/** The workflow's trigger in the workflow panel: for an HTTP Endpoint its route, methods and mode, and a way to its settings. */
export function TriggerSummary({ onFocusNode }: TriggerSummaryProps) {
  const trigger = useEditorStore((s) => s.nodes.find((n) => n.type === 'trigger'));
  const descriptor = useEditorStore((s) => (trigger ? s.descriptors.get(trigger.data.model.type) : undefined));
  const selectNode = useEditorStore((s) => s.selectNode);

  if (!trigger || !descriptor) {
    return (
      <section className="stack" aria-labelledby="trigger-title">
        <h3 id="trigger-title">Trigger</h3>
        <p className="muted">No trigger node yet: add one from the palette’s Triggers.</p>
      </section>
    );
  }

  const model = trigger.data.model;
  const open = () => (onFocusNode ? onFocusNode(trigger.id) : selectNode(trigger.id));
  const rows: [string, Setting][] =
    model.type === 'HttpEndpoint'
      ? [
          ['Path', readSetting(model, descriptor, 'path', (v) => `/workflows/${String(v).replace(/^\/+/, '')}`)],
          ['Methods', readSetting(model, descriptor, 'methods', asList)],
          ['Mode', readSetting(model, descriptor, 'mode', String)],
          ['Authorization', readSetting(model, descriptor, 'authorization', String)],
        ]
      : [];

  return (
    <section className="stack" aria-labelledby="trigger-title" data-testid="trigger-summary">
      <h3 id="trigger-title">Trigger: {descriptor.displayName}</h3>
      {model.type === 'Start' ? <p className="muted">Runs when started through the API (execute) or a test run.</p> : null}
      {rows.length ? (
        <dl className="trigger-summary">
          {rows.map(([label, setting]) => (
            <div key={label} className="trigger-summary__row">
              <dt>{label}</dt>
              <dd>
                <span className="mono">{setting.text}</span>
                {setting.problem ? <div className="field__error">{setting.problem}</div> : null}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {descriptor.inputs.length ? (
        <Button size="sm" onClick={open}>
          Edit trigger settings ({model.displayName || trigger.id})
        </Button>
      ) : null}
    </section>
  );
}
