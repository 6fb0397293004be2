import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { FlowCanvas } from '../components/flow-canvas';
import { ProblemsPanel } from '../components/problems-panel';

describe('ProblemsPanel', () => {
  it('lists the problems and selects a node when its problem is chosen', async () => {
    const onFocusNode = vi.fn();
    const { store } = renderInEditor(<ProblemsPanel onFocusNode={onFocusNode} checking={false} />);

    act(() => store.getState().setValidation(false, [{ nodeId: 'big', code: 'MissingRequiredInput', message: 'Condition is required.' }, { code: 'NoStartNode', message: 'No start.' }]));
    await userEvent.click(screen.getByRole('button', { name: /Is it big\?: Condition is required/ }));

    expect(onFocusNode).toHaveBeenCalledWith('big');
    expect(screen.getByText('No start.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 problems');
  });
});

describe('FlowCanvas', () => {
  it('draws each node with its name, outcome ports, problem badge and run status', () => {
    const { store } = renderInEditor(
      <div style={{ width: 800, height: 600 }}>
        <FlowCanvas />
      </div>,
    );
    act(() => {
      store.getState().setValidation(false, [{ nodeId: 'big', code: 'MissingRequiredInput', message: 'x' }]);
      store.getState().setRunPath({ instanceId: 'i', nodes: { start: 'completed', big: 'faulted' }, edgeIds: ['start:Done->big'] });
    });

    const big = screen.getByTestId('node-big');
    expect(within(big).getByText('Is it big?')).toBeInTheDocument();
    // Nodes stay hidden until measured, which jsdom never does, so the ports are read directly.
    expect(big.querySelector('.flow-node__outcomes')).toHaveTextContent(/True.*False.*Failed/);
    expect(within(big).getByText('1 problems')).toBeInTheDocument();
    expect(within(big).getByText('faulted')).toBeInTheDocument();
    expect(screen.getByTestId('node-start').querySelector('.react-flow__handle-left')).toBeNull();
  });

  it('offers the cases of a Switch as outcomes, then Default', () => {
    renderInEditor(
      <div style={{ width: 800, height: 600 }}>
        <FlowCanvas />
      </div>,
      {
        schemaVersion: 1,
        definitionId: 'switch',
        name: 'Switch',
        nodes: [{ id: 'route', type: 'Switch', inputs: { cases: { mode: 'literal', value: [{ name: 'Urgent' }, { name: 'Routine' }] } } }],
        connections: [],
      },
    );

    expect(screen.getByTestId('node-route').querySelector('.flow-node__outcomes')?.textContent).toBe('UrgentRoutineDefaultFailed');
  });

  it('deletes the selected node with the Delete key', async () => {
    const { store } = renderInEditor(
      <div style={{ width: 800, height: 600 }}>
        <FlowCanvas />
      </div>,
    );
    act(() => store.getState().selectNode('setBig'));

    // React Flow makes every node focusable; key presses on a node reach the canvas.
    (document.querySelector('.react-flow__node[data-id="setBig"]') as HTMLElement).focus();
    await userEvent.keyboard('{Delete}');

    expect(store.getState().nodes.map((n) => n.id)).not.toContain('setBig');
  });
});
