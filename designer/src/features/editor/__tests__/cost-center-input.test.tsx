import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { renderInEditor } from '@/testing/editor-harness';
import { httpEcho } from '@/testing/fixtures';
import { mockFetch } from '@/testing/mock-fetch';
import type { WorkflowDocument } from '@/types/workflow';
import { PropertyPanel } from '../components/properties/property-panel';

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
