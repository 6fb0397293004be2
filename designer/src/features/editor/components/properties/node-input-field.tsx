import { useId, type ComponentType, type ReactNode } from 'react';
import type { InputDescriptor } from '@/types/activity';
import type { InputMode, JsonValue, NodeInputValue, WorkflowVariable } from '@/types/workflow';
import { concernsInput, withoutNodePrefix } from '../../lib/input-problems';
import { useEditorStore } from '../../stores/editor-store-context';
import { ExpressionEditor } from './expression-editor';
import { effectiveInput, switchMode } from './input-modes';
import { LiteralInput } from './literal-input';

/** What an editor for one input's value gets; `labelId` names a group of controls (a fieldset-like editor). */
export interface LiteralEditorProps {
  id: string;
  labelId: string;
  value: JsonValue | undefined;
  onChange: (value: JsonValue) => void;
  onBlur: () => void;
  describedBy?: string;
}

export type LiteralEditor = ComponentType<LiteralEditorProps>;

export interface NodeInputFieldProps {
  nodeId: string;
  descriptor: InputDescriptor;
  value: NodeInputValue | undefined;
  variables: readonly WorkflowVariable[];
  declarations: string;
  /** Replaces the editor chosen from the descriptor for a value (trigger settings have their own). */
  literalEditor?: LiteralEditor;
  /** A line under the editor, e.g. a cron expression read out. */
  note?: ReactNode;
}

export function NodeInputField({ nodeId, descriptor, value, variables, declarations, literalEditor: CustomEditor, note }: NodeInputFieldProps) {
  const id = useId();
  const setInput = useEditorStore((s) => s.setInput);
  const endEdit = useEditorStore((s) => s.endEdit);
  const problems = useEditorStore((s) => s.problems);
  const publishProblems = useEditorStore((s) => s.publishProblems);
  const current = effectiveInput(descriptor, value);
  const label = descriptor.displayName || descriptor.name;
  const related = problems.filter((p) => p.nodeId === nodeId && concernsInput(p.message, descriptor));
  // What the last publish refused about this setting (a cron expression Cronos cannot read, an unknown time zone).
  const refused = publishProblems.filter((p) => p.nodeId === nodeId && concernsInput(p.message, descriptor));
  const refusedId = refused.length ? `${id}-refused` : undefined;
  const describedBy = [descriptor.description ? `${id}-hint` : undefined, refusedId].filter(Boolean).join(' ') || undefined;

  const setMode = (mode: InputMode) => {
    setInput(nodeId, descriptor.name, switchMode(descriptor, current, mode));
    endEdit();
  };

  return (
    <div className="input-field" data-testid={`input-${descriptor.name}`}>
      <div className="input-field__head">
        <label htmlFor={`${id}-editor`} id={`${id}-label`} className="field__label">
          {label}
          {descriptor.required ? <span aria-hidden="true"> *</span> : null}
          {descriptor.required ? <span className="visually-hidden"> (required)</span> : null}
        </label>
        <div className="segmented" role="group" aria-label={`${label}: value or expression`}>
          <button type="button" aria-pressed={current.mode === 'literal'} onClick={() => setMode('literal')}>
            Value
          </button>
          <button type="button" aria-pressed={current.mode === 'expression'} onClick={() => setMode('expression')}>
            Expression
          </button>
        </div>
      </div>
      {descriptor.description ? (
        <div id={`${id}-hint`} className="field__hint">
          {descriptor.description}
        </div>
      ) : null}
      {current.mode === 'expression' ? (
        <ExpressionEditor
          id={`${id}-editor`}
          label={`${label} expression`}
          value={current.value}
          path={`file:///nodes/${nodeId}/${descriptor.name}.js`}
          declarations={declarations}
          onChange={(next) => setInput(nodeId, descriptor.name, { ...current, mode: 'expression', value: next })}
          onBlur={endEdit}
        />
      ) : CustomEditor ? (
        <CustomEditor
          id={`${id}-editor`}
          labelId={`${id}-label`}
          value={current.value}
          describedBy={describedBy}
          onBlur={endEdit}
          onChange={(next) => setInput(nodeId, descriptor.name, { ...current, mode: 'literal', value: next })}
        />
      ) : (
        <LiteralInput
          id={`${id}-editor`}
          descriptor={descriptor}
          value={current.value}
          variables={variables}
          describedBy={describedBy}
          onBlur={endEdit}
          onChange={(next) => setInput(nodeId, descriptor.name, { ...current, mode: 'literal', value: next })}
        />
      )}
      {note ? <div className="field__hint">{note}</div> : null}
      {refused.length ? (
        <div id={refusedId} className="field__error" data-testid="input-publish-problem">
          Publishing refused this: {refused.map((p) => withoutNodePrefix(p.message)).join(' ')}
        </div>
      ) : null}
      <div className="row input-field__foot">
        {value ? (
          <button type="button" className="link-button" onClick={() => setInput(nodeId, descriptor.name, undefined)}>
            Use the default
          </button>
        ) : (
          <span className="muted">Default{descriptor.defaultValue !== undefined ? `: ${JSON.stringify(descriptor.defaultValue)}` : ''}</span>
        )}
      </div>
      {related.map((problem) => (
        <div key={problem.code + problem.message} className="field__error">
          {problem.message}
        </div>
      ))}
    </div>
  );
}
