import { useMemo } from 'react';
import { Button, SelectField, TextAreaField, TextField } from '@/components';
import { useEditorStore } from '../../stores/editor-store-context';
import type { EditorNode } from '../nodes/node-types';
import { expressionDeclarations } from './expression-context';
import { TriggerInputs } from '../triggers/trigger-inputs';
import { NodeInputField } from './node-input-field';

/** Everything about the selected node: name, inputs (value or expression) and output bindings. */
export function NodeProperties({ node }: { node: EditorNode }) {
  const model = node.data.model;
  const descriptor = useEditorStore((s) => s.descriptors.get(model.type));
  const descriptors = useEditorStore((s) => s.descriptors);
  const meta = useEditorStore((s) => s.meta);
  const nodes = useEditorStore((s) => s.nodes);
  const updateNode = useEditorStore((s) => s.updateNode);
  const setOutputBinding = useEditorStore((s) => s.setOutputBinding);
  const endEdit = useEditorStore((s) => s.endEdit);
  const deleteNodes = useEditorStore((s) => s.deleteNodes);
  const variables = useMemo(() => meta.variables ?? [], [meta.variables]);

  const nodeIds = nodes.map((n) => `${n.id}\u0000${n.data.model.type}`).join('\n');
  const declarations = useMemo(
    () =>
      expressionDeclarations({
        inputs: meta.inputs ?? [],
        variables,
        nodes: nodeIds
          .split('\n')
          .filter(Boolean)
          .map((entry) => {
            const [id = '', type = ''] = entry.split('\u0000');
            return { id, descriptor: descriptors.get(type) };
          }),
      }),
    [meta.inputs, variables, nodeIds, descriptors],
  );

  const knownInputs = new Set(descriptor?.inputs.map((i) => i.name) ?? []);
  const otherInputs = Object.entries(model.inputs ?? {}).filter(([name]) => !knownInputs.has(name));

  return (
    <div className="stack" data-testid="node-properties">
      <div>
        <h2 className="panel-title">{model.displayName || model.id}</h2>
        <p className="muted">
          {descriptor ? `${descriptor.displayName} · ${descriptor.category}` : `Unknown activity type “${model.type}”: it is kept as it is.`}
        </p>
        {descriptor?.description ? <p className="muted">{descriptor.description}</p> : null}
      </div>
      <TextField
        label="Name"
        value={model.displayName ?? ''}
        onChange={(e) => updateNode(node.id, (m) => ({ ...m, displayName: e.target.value }), `displayName:${node.id}`)}
        onBlur={endEdit}
      />
      <TextField label="Node id" value={model.id} readOnly className="mono" hint="Expressions read this node's outputs as outputs.<id>." />
      <TextAreaField
        label="Notes"
        rows={2}
        value={model.description ?? ''}
        onChange={(e) => updateNode(node.id, (m) => ({ ...m, description: e.target.value }), `description:${node.id}`)}
        onBlur={endEdit}
      />

      {descriptor && descriptor.inputs.length > 0 ? (
        <section className="stack" aria-labelledby={`inputs-${node.id}`}>
          <h3 id={`inputs-${node.id}`}>Inputs</h3>
          {descriptor.kind === 'trigger' ? (
            <TriggerInputs node={node} descriptor={descriptor} variables={variables} declarations={declarations} />
          ) : (
            descriptor.inputs.map((input) => (
              <NodeInputField key={input.name} nodeId={node.id} descriptor={input} value={model.inputs?.[input.name]} variables={variables} declarations={declarations} />
            ))
          )}
        </section>
      ) : null}

      {otherInputs.length > 0 ? (
        <section className="stack" aria-labelledby={`other-inputs-${node.id}`}>
          <h3 id={`other-inputs-${node.id}`}>Other inputs</h3>
          <p className="muted">The activity does not describe these; they are saved unchanged.</p>
          <pre className="code-block" tabIndex={0}>{JSON.stringify(Object.fromEntries(otherInputs), null, 2)}</pre>
        </section>
      ) : null}

      {descriptor && descriptor.outputs.length > 0 ? (
        <section className="stack" aria-labelledby={`outputs-${node.id}`}>
          <h3 id={`outputs-${node.id}`}>Outputs</h3>
          {descriptor.outputs.map((output) => (
            <SelectField
              key={output.name}
              label={`${output.displayName || output.name} → variable`}
              hint={output.description}
              value={model.outputBindings?.[output.name] ?? ''}
              onChange={(e) => setOutputBinding(node.id, output.name, e.target.value)}
            >
              <option value="">Not stored in a variable</option>
              {variables.map((v) => (
                <option key={v.name} value={v.name}>
                  {v.name}
                </option>
              ))}
            </SelectField>
          ))}
        </section>
      ) : null}

      <div>
        <Button variant="danger" onClick={() => deleteNodes([node.id])}>
          Delete node
        </Button>
      </div>
    </div>
  );
}
