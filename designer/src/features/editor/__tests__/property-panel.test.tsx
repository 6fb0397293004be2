import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import type { EditorNode } from '../components/nodes/node-types';
import { PropertyPanel } from '../components/properties/property-panel';
import { outcomePorts } from '../lib/node-outcomes';

const inputOf = (store: ReturnType<typeof renderInEditor>['store'], nodeId: string, name: string) =>
  store.getState().nodes.find((n) => n.id === nodeId)?.data.model.inputs?.[name];

describe('PropertyPanel', () => {
  it('shows the workflow settings when no node is selected', () => {
    renderInEditor(<PropertyPanel />);

    expect(screen.getByTestId('workflow-properties')).toBeInTheDocument();
    expect(screen.getByDisplayValue('HTTP echo')).toHaveAccessibleName('Name');
  });

  it('edits a literal input as one undo step', async () => {
    const { store } = renderInEditor(<PropertyPanel />);
    act(() => store.getState().selectNode('setBig'));

    const field = within(screen.getByTestId('input-value')).getByRole('textbox');
    await userEvent.clear(field);
    await userEvent.type(field, 'huge');
    expect(inputOf(store, 'setBig', 'value')).toEqual({ mode: 'literal', value: 'huge' });

    act(() => store.getState().undo());
    expect(inputOf(store, 'setBig', 'value')).toEqual({ mode: 'literal', value: 'big' });
    expect(field).toHaveValue('big');
  });

  it('switches an input between a value and an expression', async () => {
    const { store } = renderInEditor(<PropertyPanel />);
    act(() => store.getState().selectNode('setBig'));
    const value = screen.getByTestId('input-value');

    await userEvent.click(within(value).getByRole('button', { name: 'Expression' }));
    expect(inputOf(store, 'setBig', 'value')).toEqual({ mode: 'expression', value: '"big"' });
    expect(within(value).getByRole('button', { name: 'Expression' })).toHaveAttribute('aria-pressed', 'true');

    const editor = within(value).getByLabelText('Value expression');
    await userEvent.clear(editor);
    await userEvent.type(editor, 'input.amount * 2');
    expect(inputOf(store, 'setBig', 'value')).toEqual({ mode: 'expression', value: 'input.amount * 2' });
  });

  it('offers the declared variables for a variable input and for output bindings', async () => {
    const { store } = renderInEditor(<PropertyPanel />);
    act(() => store.getState().selectNode('big'));

    await userEvent.selectOptions(screen.getByLabelText('Result → variable'), 'label');

    expect(store.getState().nodes.find((n) => n.id === 'big')?.data.model.outputBindings).toEqual({ result: 'label' });
  });

  it('keeps the last valid JSON while the text does not parse', async () => {
    const { store } = renderInEditor(<PropertyPanel />, {
      schemaVersion: 1,
      definitionId: 'json',
      name: 'JSON',
      nodes: [{ id: 'call', type: 'HttpRequest', inputs: { body: { mode: 'literal', value: { a: 1 } } } }],
      connections: [],
    });
    act(() => store.getState().selectNode('call'));
    const body = within(screen.getByTestId('input-body')).getByRole('textbox');

    await userEvent.clear(body);
    await userEvent.type(body, '{{"a": 2');
    expect(screen.getByText(/Not valid JSON yet/)).toBeInTheDocument();
    expect(inputOf(store, 'call', 'body')).toEqual({ mode: 'literal', value: { a: 1 } });

    await userEvent.type(body, '}');
    expect(inputOf(store, 'call', 'body')).toEqual({ mode: 'literal', value: { a: 2 } });
  });

  it('adds a workflow variable', async () => {
    const { store } = renderInEditor(<PropertyPanel />);

    await userEvent.click(within(screen.getByRole('region', { name: 'Variables' })).getByRole('button', { name: 'Add' }));

    expect(store.getState().meta.variables?.map((v) => v.name)).toEqual(['label', 'variable2']);
  });
});

describe('PropertyPanel for a Switch', () => {
  it('edits cases as rows, and each case name becomes an outcome', async () => {
    const { store } = renderInEditor(<PropertyPanel />, {
      schemaVersion: 1,
      definitionId: 'switch',
      name: 'Switch',
      nodes: [{ id: 'route', type: 'Switch', inputs: { cases: { mode: 'literal', value: [{ name: 'Urgent', condition: 'input.priority > 3', note: 'kept' }] } } }],
      connections: [],
    });
    act(() => store.getState().selectNode('route'));

    await userEvent.click(screen.getByRole('button', { name: 'Add case' }));
    const name = screen.getByLabelText('Case 2 name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Routine');
    await userEvent.type(screen.getByLabelText('Case 2 condition'), 'true');

    expect(inputOf(store, 'route', 'cases')).toEqual({
      mode: 'literal',
      value: [
        { name: 'Urgent', condition: 'input.priority > 3', note: 'kept' },
        { name: 'Routine', condition: 'true' },
      ],
    });
    const node = store.getState().nodes[0] as EditorNode;
    expect(outcomePorts(node, store.getState().descriptors.get('Switch'), []).map((p) => p.name)).toEqual(['Urgent', 'Routine', 'Default', 'Failed']);
  });
});
