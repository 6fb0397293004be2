import { describe, expect, it } from 'vitest';
import { descriptors } from '@/testing/fixtures';
import type { ActivityDescriptor, InputDescriptor } from '@/types/activity';
import type { JsonValue, NodeInputValue, WorkflowDocument } from '@/types/workflow';
import { effectiveInput, switchMode } from '../components/properties/input-modes';
import { toDescriptorMap } from '../lib/workflow-mapping';
import { createEditorStore } from '../stores/editor-store';

/** A literal an analyst could enter for the input, by its type and UI hint. */
function literalFor(input: InputDescriptor): JsonValue {
  if (input.uiHint === 'dropdown') return input.options?.at(-1) ?? 'x';
  switch (input.type) {
    case 'boolean':
      return true;
    case 'number':
      return 12.5;
    case 'integer':
      return 42;
    case 'object':
      return { nested: { list: [1, 'two', null] } };
    case 'array':
      return [{ name: 'Urgent', condition: 'input.priority > 3' }, { name: 'Routine' }];
    case 'duration':
      return '00:10:00';
    case 'any':
      return { any: ['value', 1] };
    default:
      return `text for ${input.name}\nwith a second line`;
  }
}

const expressionFor = (input: InputDescriptor) => `/* ${input.name} */ input.amount > 100 ? variables.label : outputs.start`;

/** One workflow per descriptor and mode: Start, then a node with every input set in that mode. */
function workflowFor(descriptor: ActivityDescriptor, mode: 'literal' | 'expression'): WorkflowDocument {
  const inputs: Record<string, NodeInputValue> = Object.fromEntries(
    descriptor.inputs.map((input) => [
      input.name,
      mode === 'literal' ? { mode: 'literal', value: literalFor(input) } : { mode: 'expression', value: expressionFor(input), editorHint: 'kept' },
    ]),
  );
  return {
    schemaVersion: 1,
    definitionId: `rt-${descriptor.typeName.toLowerCase()}-${mode}`,
    name: `${descriptor.displayName} round trip`,
    variables: [{ name: 'label', type: 'string', default: 'small' }],
    inputs: [{ name: 'amount', type: 'number', required: true }],
    outputs: [],
    nodes: [
      { id: 'start', type: 'Start', displayName: 'Start', position: { x: 0, y: 0 } },
      {
        id: 'subject',
        type: descriptor.typeName,
        displayName: `The ${descriptor.displayName}`,
        description: 'Under test',
        position: { x: 280, y: 40 },
        inputs: { ...inputs, legacyInput: { mode: 'literal', value: 'not described any more' } },
        outputBindings: Object.fromEntries(descriptor.outputs.map((o) => [o.name, 'label'])),
        designerColour: '#123456',
      },
    ],
    connections: [{ source: 'start', outcome: 'Done', target: 'subject', label: 'kept too' }],
    triggerSettings: { cron: '0 * * * *' },
  };
}

describe('round trip of every activity input', () => {
  const cases = descriptors.flatMap((d) => (['literal', 'expression'] as const).map((mode) => [d.typeName, mode, d] as const));

  it.each(cases)('%s with %s inputs survives load, edits, undo, redo, save and reload', (_type, mode, descriptor) => {
    const original = workflowFor(descriptor, mode);
    const store = createEditorStore(original, toDescriptorMap(descriptors));

    // A session of edits elsewhere in the workflow, undone and redone.
    const added = store.getState().addNode('Delay', { x: 600, y: 0 }, { nodeId: 'subject', outcome: 'Failed' });
    store.getState().onNodesChange([{ type: 'position', id: 'start', position: { x: 5, y: 5 }, dragging: true }]);
    store.getState().onNodesChange([{ type: 'position', id: 'start', position: { x: 5, y: 5 }, dragging: false }]);
    store.getState().updateMeta((m) => ({ ...m, description: 'edited' }));
    store.getState().undo();
    store.getState().undo();
    store.getState().redo();
    store.getState().undo();
    if (added) store.getState().deleteNodes([added]);

    const saved = store.getState().toDocument();
    expect(saved).toEqual(original);

    // What the server answers on reload carries version metadata; the document stays the same.
    const reloaded = createEditorStore({ ...saved, version: 2, state: 'draft', revision: 7, createdAt: 'a', updatedAt: 'b' }, toDescriptorMap(descriptors));
    expect(reloaded.getState().toDocument()).toEqual({ ...original, version: 2 });
  });

  it.each(descriptors.flatMap((d) => d.inputs.map((input) => [d.typeName, input.name, input] as const)))(
    '%s.%s keeps its literal through a switch to expression and back',
    (_type, _name, input) => {
      const literal: NodeInputValue = { mode: 'literal', value: literalFor(input) };

      const back = switchMode(input, switchMode(input, literal, 'expression'), 'literal');

      expect(back).toEqual(literal);
    },
  );

  it('shows an input the node does not list as its default in the default mode', () => {
    const condition = descriptors.find((d) => d.typeName === 'If')?.inputs[0] as InputDescriptor;

    expect(effectiveInput(condition, undefined)).toEqual({ mode: 'expression', value: '' });
    expect(effectiveInput({ ...condition, defaultMode: 'literal' }, undefined)).toEqual({ mode: 'literal', value: false });
  });
});

describe('a 200-node workflow', () => {
  it('keeps every node and connection through a session of edits, undo and redo', () => {
    const nodes = Array.from({ length: 200 }, (_, i) =>
      i === 0
        ? { id: 'n0', type: 'Start', position: { x: 0, y: 0 } }
        : { id: `n${i}`, type: 'SetVariable', position: { x: i * 260, y: (i % 5) * 90 }, inputs: { variable: { mode: 'literal' as const, value: 'label' }, value: { mode: 'expression' as const, value: `${i}` } } },
    );
    const connections = nodes.slice(1).map((n, i) => ({ source: `n${i}`, outcome: 'Done', target: n.id }));
    const original: WorkflowDocument = { schemaVersion: 1, definitionId: 'big', name: 'Big', nodes, connections };
    const store = createEditorStore(original, toDescriptorMap(descriptors));

    for (let i = 1; i < 60; i++) {
      store.getState().setInput(`n${i}`, 'value', { mode: 'expression', value: `${i} + 1` });
      store.getState().endEdit();
      store.getState().onNodesChange([{ type: 'position', id: `n${i}`, position: { x: i, y: i }, dragging: false }]);
    }
    store.getState().selectNode('n100');
    store.getState().deleteSelection();
    for (let i = 0; i < 200; i++) store.getState().undo();
    for (let i = 0; i < 50; i++) store.getState().redo();
    for (let i = 0; i < 50; i++) store.getState().undo();

    expect(store.getState().toDocument()).toEqual(original);
  });
});

describe('a node of an activity type the server does not describe', () => {
  it('is kept with its inputs, outcomes and connections through edits', () => {
    const original: WorkflowDocument = {
      schemaVersion: 1,
      definitionId: 'future',
      name: 'Future',
      nodes: [
        { id: 'start', type: 'Start', position: { x: 0, y: 0 } },
        { id: 'fhir', type: 'PostFhirBundle', displayName: 'Post bundle', position: { x: 280, y: 0 }, inputs: { server: { mode: 'literal', value: 'https://fhir' } } },
        { id: 'done', type: 'Finish', position: { x: 560, y: 0 } },
      ],
      connections: [
        { source: 'start', outcome: 'Done', target: 'fhir' },
        { source: 'fhir', outcome: 'Accepted', target: 'done' },
      ],
    };
    const store = createEditorStore(original, toDescriptorMap(descriptors));

    expect(store.getState().nodes.find((n) => n.id === 'fhir')?.type).toBe('unknown');
    store.getState().updateNode('fhir', (m) => ({ ...m, displayName: 'Post the bundle' }));
    store.getState().undo();

    expect(store.getState().toDocument()).toEqual(original);
  });
});
