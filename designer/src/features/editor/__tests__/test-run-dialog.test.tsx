import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { httpEcho } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import { TestRunDialog } from '../components/dialogs/test-run-dialog';

const instance = {
  id: 'run-1',
  definitionId: 'http-echo',
  version: 1,
  status: 'finished',
  subStatus: 'completed',
  createdAt: '',
  updatedAt: '',
  incidentCount: 0,
  journal: [
    { sequence: 1, nodeId: 'start', activityType: 'Start', event: 'completed', outcomes: ['Done'], startedAt: '' },
    { sequence: 2, nodeId: 'big', activityType: 'If', event: 'completed', outcomes: ['True'], startedAt: '', inputs: { condition: true } },
    { sequence: 3, nodeId: 'setBig', activityType: 'SetVariable', event: 'completed', outcomes: ['Done'], startedAt: '' },
    { sequence: 4, nodeId: 'done', activityType: 'Finish', event: 'finished', outcomes: [], startedAt: '' },
  ],
};

describe('TestRunDialog', () => {
  it('runs the version with the pasted input and draws the path on the canvas', async () => {
    const { requests } = mockFetch({
      'POST /api/workflow-definitions/http-echo/execute': { body: { instanceId: 'run-1', status: 'finished', subStatus: 'completed', output: { label: 'big' } } },
      'GET /api/workflow-instances/run-1': { body: instance },
    });
    const { store } = renderInEditor(<TestRunDialog open definitionId="http-echo" version={1} onClose={vi.fn()} />);

    const input = screen.getByLabelText('Input (JSON)');
    await userEvent.clear(input);
    await userEvent.type(input, '{{"amount": 500}');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));

    expect(await screen.findByText('The path taken is highlighted on the canvas.')).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ url: '/api/workflow-definitions/http-echo/execute?wait=true&version=1', body: { amount: 500 } });
    expect(screen.getByText('Completed')).toBeInTheDocument();
    expect(store.getState().runPath).toEqual({
      instanceId: 'run-1',
      nodes: { start: 'completed', big: 'completed', setBig: 'completed', done: 'completed' },
      edgeIds: ['start:Done->big', 'big:True->setBig', 'setBig:Done->done'],
    });
  });

  it('refuses input that is not JSON', async () => {
    const { requests } = mockFetch({});
    renderInEditor(<TestRunDialog open definitionId="http-echo" version={1} onClose={vi.fn()} />);

    const input = screen.getByLabelText('Input (JSON)');
    await userEvent.clear(input);
    await userEvent.type(input, 'amount = 5');
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));

    expect(screen.getByText('The input is not valid JSON.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('saves a named sample in the workflow and offers it again', async () => {
    mockFetch({});
    const { store } = renderInEditor(<TestRunDialog open definitionId="http-echo" version={1} onClose={vi.fn()} />);

    const input = screen.getByLabelText('Input (JSON)');
    await userEvent.clear(input);
    await userEvent.type(input, '{{"amount": 7}');
    await userEvent.type(screen.getByLabelText('Sample name'), 'Small amount');
    await userEvent.click(screen.getByRole('button', { name: 'Save as sample' }));

    expect(store.getState().toDocument().designer).toEqual({ samples: [{ name: 'Small amount', input: { amount: 7 } }] });
    await userEvent.clear(input);
    await userEvent.selectOptions(screen.getByLabelText('Saved samples'), 'Small amount');
    await waitFor(() => expect(input).toHaveValue('{\n  "amount": 7\n}'));
    expect(store.getState().toDocument().triggerSettings).toEqual(httpEcho.triggerSettings);
  });
});
