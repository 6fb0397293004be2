import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { WorkflowInstance } from '@/types/instance';
import { InstancePage } from '../components/instance-page';
import { InstancesPage } from '../components/instances-page';

const faulted: WorkflowInstance = {
  id: 'inst-7',
  definitionId: 'charge-capture',
  version: 2,
  name: 'Charge capture',
  status: 'Finished',
  subStatus: 'Faulted',
  correlationId: 'MSG-001',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:01Z',
  finishedAt: '2026-11-20T10:00:01Z',
  incidentCount: 1,
  input: { amount: 5 },
  variables: { total: 5 },
  journal: [
    { sequence: 1, nodeId: 'start', activityType: 'Start', event: 'Completed', outcomes: ['Done'], startedAt: '2026-11-20T10:00:00Z', durationMs: 1 },
    { sequence: 2, nodeId: 'post', activityType: 'PostCharge', event: 'Faulted', outcomes: [], startedAt: '2026-11-20T10:00:00Z', durationMs: 120, message: 'ERP timed out' },
  ],
  incidents: [{ id: 'x', nodeId: 'post', activityType: 'PostCharge', exceptionType: 'TimeoutException', message: 'ERP timed out', timestamp: '2026-11-20T10:00:01Z' }],
};

describe('InstancePage', () => {
  it('shows the journal, incidents and variables, and retries a faulted instance', async () => {
    const { requests } = mockFetch({
      'GET /api/workflow-instances/inst-7': { body: faulted },
      'POST /api/workflow-instances/inst-7/retry': { status: 202, body: { instanceId: 'inst-7', status: 'Running' } },
    });
    renderWithProviders(<InstancePage />, { path: '/instances/:instanceId', route: '/instances/inst-7' });

    const journal = await screen.findByRole('list', { name: 'Journal' });
    expect(within(journal).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Incidents' })).toHaveTextContent('TimeoutException');
    expect(screen.getByRole('region', { name: 'Variables' })).toHaveTextContent('"total": 5');
    expect(screen.queryByRole('button', { name: 'Cancel instance' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/retry'))).toBe(true));
  });

  it('cancels a suspended instance after confirmation', async () => {
    const { requests } = mockFetch({
      'GET /api/workflow-instances/inst-7': { body: { ...faulted, status: 'Suspended', subStatus: 'Suspended', incidents: [] } },
      'POST /api/workflow-instances/inst-7/cancel': { body: {} },
    });
    renderWithProviders(<InstancePage />, { path: '/instances/:instanceId', route: '/instances/inst-7' });

    await userEvent.click(await screen.findByRole('button', { name: 'Cancel instance' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel instance' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/cancel'))).toBe(true));
  });
});

describe('InstancesPage', () => {
  it('lists instances and filters by status on the server', async () => {
    const { requests } = mockFetch({ 'GET /api/workflow-instances': { body: { items: [faulted], totalCount: 1 } } });
    renderWithProviders(<InstancesPage />, { path: '/instances' });

    expect(await screen.findByRole('link', { name: 'inst-7' })).toHaveAttribute('href', '/instances/inst-7');
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'Faulted');

    await waitFor(() => expect(requests.at(-1)?.url).toContain('subStatus=Faulted'));
  });
});
