import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { WorkflowInstance } from '@/types/instance';
import { InstancePage } from '../components/instance-page';

const masked: WorkflowInstance = {
  id: 'inst-9',
  definitionId: 'adt-intake',
  version: 1,
  name: 'ADT intake',
  status: 'Finished',
  subStatus: 'Completed',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:01Z',
  incidentCount: 0,
  journal: [
    { sequence: 1, nodeId: 'start', activityType: 'Start', event: 'completed', outcomes: ['Done'], startedAt: '2026-11-20T10:00:00Z', durationMs: 1 },
    {
      sequence: 2,
      nodeId: 'parse',
      activityType: 'ParseAdt',
      event: 'completed',
      outcomes: ['Done'],
      startedAt: '2026-11-20T10:00:00Z',
      durationMs: 4,
      inputs: { message: 'MSH|^~\\&|...\rPID|1||***||***' },
      outputs: { patient: { name: '***' } },
    },
  ],
  incidents: [],
};

const me = (roles: string[]) => ({ body: { id: 'u', name: 'someone', kind: 'user', roles } });

function renderInstance(roles: string[], extra: Parameters<typeof mockFetch>[0] = {}) {
  const fetch = mockFetch({ 'GET /api/workflow-instances/inst-9': { body: masked }, 'GET /api/auth/me': me(roles), ...extra });
  renderWithProviders(<InstancePage />, { path: '/instances/:instanceId', route: '/instances/inst-9' });
  return fetch;
}

describe('InstancePage step payloads', () => {
  it('shows a step masked as the server sends it and offers no Reveal without the PHI permission', async () => {
    const { requests } = renderInstance(['Operator']);

    const payload = await screen.findByTestId('step-payload-2');
    await waitFor(() => expect(requests.some((r) => r.url.startsWith('/api/auth/me'))).toBe(true));
    expect(payload).toHaveTextContent('"name": "***"');
    expect(payload).toHaveTextContent('Patient data is masked');
    expect(within(payload).queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  });

  it('reveals one step for a PhiViewer through the audited route, says so, and hides it again', async () => {
    const { requests } = renderInstance(['Viewer', 'PhiViewer'], {
      'POST /api/workflow-instances/inst-9/journal/2/reveal': {
        body: { ...masked.journal?.[1], inputs: { message: 'MSH|^~\\&|...\rPID|1||MRN-4711||DOE^JANE' }, outputs: { patient: { name: 'DOE^JANE' } } },
      },
    });
    const payload = await screen.findByTestId('step-payload-2');
    expect(within(payload).getByText(/each reveal is audited/)).toBeInTheDocument();

    await userEvent.click(await within(payload).findByRole('button', { name: 'Reveal' }));

    expect(await within(payload).findByText(/recorded in the audit trail under your name/)).toBeInTheDocument();
    expect(payload).toHaveTextContent('DOE^JANE');
    expect(requests.filter((r) => r.method === 'POST' && r.url.endsWith('/journal/2/reveal'))).toHaveLength(1);

    await userEvent.click(within(payload).getByRole('button', { name: 'Hide' }));
    expect(payload).not.toHaveTextContent('DOE^JANE');
    expect(payload).toHaveTextContent('"name": "***"');
  });

  it('shows the refusal when the server narrows who may reveal', async () => {
    renderInstance(['Admin'], {
      'POST /api/workflow-instances/inst-9/journal/2/reveal': { status: 403, body: { title: 'Forbidden', detail: 'Revealing patient data needs the PhiViewer permission.' } },
    });
    const payload = await screen.findByTestId('step-payload-2');

    await userEvent.click(await within(payload).findByRole('button', { name: 'Reveal' }));

    expect(await within(payload).findByRole('alert')).toHaveTextContent('needs the PhiViewer permission');
    expect(payload).toHaveTextContent('"name": "***"');
  });
});
