import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { descriptors, httpEcho } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import serverDescriptors from '@/testing/server-descriptors.json';
import type { ActivityDescriptor } from '@/types/activity';
import type { WorkflowDocument } from '@/types/workflow';
import { PropertyPanel } from '../components/properties/property-panel';

const real = serverDescriptors.items as ActivityDescriptor[];

const endpoint = (inputs: WorkflowDocument['nodes'][number]['inputs']): WorkflowDocument => ({
  schemaVersion: 1,
  definitionId: 'charge-capture',
  name: 'Charge capture',
  nodes: [
    { id: 'http', type: 'HttpEndpoint', displayName: 'Charges arrive', position: { x: 0, y: 0 }, inputs },
    { id: 'log', type: 'Log', position: { x: 240, y: 0 } },
  ],
  connections: [{ source: 'http', outcome: 'Done', target: 'log' }],
});

describe('TriggerSummary in the workflow panel', () => {
  it('shows an HTTP Endpoint’s path, methods and mode, with defaults for what the node leaves out', () => {
    renderInEditor(<PropertyPanel />, endpoint({ path: { mode: 'literal', value: 'charges/{mrn}' }, methods: { mode: 'literal', value: ['POST', 'PUT'] } }), real);

    const summary = screen.getByTestId('trigger-summary');
    expect(within(summary).getByRole('heading', { name: 'Trigger: HTTP Endpoint' })).toBeInTheDocument();
    expect(summary).toHaveTextContent('Path/workflows/charges/{mrn}');
    expect(summary).toHaveTextContent('MethodsPOST, PUT');
    expect(summary).toHaveTextContent('Modesync');
    expect(summary).toHaveTextContent('AuthorizationapiKey');
  });

  it('warns about a missing path and a route given as an expression', () => {
    renderInEditor(<PropertyPanel />, endpoint({ methods: { mode: 'expression', value: 'input.methods' } }), real);

    const summary = screen.getByTestId('trigger-summary');
    expect(summary).toHaveTextContent('Required: set it on the trigger node.');
    expect(summary).toHaveTextContent('An expression: publishing refuses it');
  });

  it('jumps to the trigger node’s settings', async () => {
    const { store } = renderInEditor(<PropertyPanel />, endpoint({ path: { mode: 'literal', value: 'charges' } }), real);

    await userEvent.click(screen.getByRole('button', { name: 'Edit trigger settings (Charges arrive)' }));

    expect(store.getState().nodes.find((n) => n.id === 'http')?.selected).toBe(true);
    expect(screen.getByTestId('input-path')).toBeInTheDocument();
  });

  it('says a Start trigger runs through the API', () => {
    renderInEditor(<PropertyPanel />, httpEcho, descriptors);

    expect(screen.getByTestId('trigger-summary')).toHaveTextContent('Runs when started through the API');
  });
});

describe('A cost-center input', () => {
  const charge: WorkflowDocument = {
    ...httpEcho,
    nodes: [...httpEcho.nodes, { id: 'charge', type: 'PostCharge', position: { x: 0, y: 200 } }],
  };

  it('offers the master data’s cost centers and keeps the chosen code as a literal, one undo step', async () => {
    const { requests } = mockFetch({ 'GET /api/cost-centers': { body: { items: [{ code: 'RAD', name: 'Radiology', active: true, revision: 1 }], totalCount: 1 } } });
    const { store } = renderInEditor(<PropertyPanel />, charge);
    act(() => store.getState().selectNode('charge'));

    const box = within(screen.getByTestId('input-costCenter')).getByRole('combobox', { name: /Cost center/ });
    await userEvent.type(box, 'ra');
    await userEvent.click(await screen.findByRole('option', { name: /RAD Radiology/ }));
    await userEvent.tab();

    expect(store.getState().nodes.find((n) => n.id === 'charge')?.data.model.inputs?.costCenter).toEqual({ mode: 'literal', value: 'RAD' });
    await waitFor(() => expect(requests.some((r) => r.url.includes('/api/cost-centers') && r.url.includes('search=ra'))).toBe(true));
    act(() => store.getState().undo());
    expect(store.getState().nodes.find((n) => n.id === 'charge')?.data.model.inputs?.costCenter).toBeUndefined();
  });
});
