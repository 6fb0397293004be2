import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { descriptors, httpEcho } from '@/testing/fixtures';
import { mockFetch, type RecordedRequest } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { EditorPage } from '../components/editor-page';

type Answer = { status?: number; body?: unknown };

function serve(overrides: Record<string, Answer | ((r: RecordedRequest) => Answer)> = {}) {
  return mockFetch({
    'GET /api/activity-descriptors': { body: { items: descriptors, totalCount: descriptors.length } },
    'GET /api/workflow-definitions/http-echo': { body: httpEcho },
    'POST /api/workflow-definitions/http-echo/validate': { body: { valid: true, problems: [] } },
    ...overrides,
  });
}

const openEditor = async () => {
  const utils = renderWithProviders(<EditorPage />, { path: '/workflows/:definitionId', route: '/workflows/http-echo' });
  await screen.findByRole('heading', { name: 'HTTP echo' });
  return utils;
};

const rename = async (name: string) => {
  const field = screen.getByDisplayValue('HTTP echo');
  await userEvent.clear(field);
  await userEvent.type(field, name);
};

describe('EditorPage', () => {
  it('saves the draft with the version and revision it loaded', async () => {
    const { requests } = serve({ 'PUT /api/workflow-definitions/http-echo': (r) => ({ body: { ...(r.body as object), state: 'draft', revision: 4 } }) });
    await openEditor();

    await rename('Echo');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    await waitFor(() => expect(screen.getByText('All changes saved')).toBeInTheDocument());
    const put = requests.find((r) => r.method === 'PUT')?.body as Record<string, unknown>;
    expect(put).toMatchObject({ name: 'Echo', version: 1, revision: 3, triggerSettings: { http: { path: '/echo', method: 'POST' } } });
    expect(put).not.toHaveProperty('state');
  });

  it('explains a 409 and can load the version someone else saved', async () => {
    let loads = 0;
    serve({
      'PUT /api/workflow-definitions/http-echo': { status: 409, body: { title: 'Conflict' } },
      'GET /api/workflow-definitions/http-echo': () => ({ body: loads++ === 0 ? httpEcho : { ...httpEcho, name: 'Their echo', revision: 5 } }),
    });
    await openEditor();

    await rename('Mine');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Someone else saved this workflow' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Load their version' }));

    expect(await screen.findByRole('heading', { name: 'Their echo' })).toBeInTheDocument();
    expect(screen.getByText('All changes saved')).toBeInTheDocument();
  });

  it('blocks publishing while the server reports problems, and badges the node', async () => {
    serve({
      'POST /api/workflow-definitions/http-echo/validate': { body: { valid: false, problems: [{ nodeId: 'big', code: 'MissingRequiredInput', message: 'Condition is required.' }] } },
    });
    await openEditor();

    expect(await screen.findByRole('button', { name: /Is it big\?: Condition is required/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    expect(screen.getByText('Publishing is not possible: Fix the problems first.')).toBeInTheDocument();
  });

  it('publishes a valid, saved draft with a note', async () => {
    const { requests } = serve({ 'POST /api/workflow-definitions/http-echo/publish': { body: { ...httpEcho, state: 'published' } } });
    await openEditor();

    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled());
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await userEvent.type(screen.getByLabelText('Version note'), 'Large amounts');
    await userEvent.click(within(screen.getByTestId('publish-dialog')).getByRole('button', { name: 'Publish' }));

    await waitFor(() => expect(requests.find((r) => r.url.endsWith('/publish'))?.body).toEqual({ note: 'Large amounts' }));
  });

  it('asks before leaving with unsaved changes', async () => {
    serve();
    const { router } = await openEditor();

    await rename('Changed');
    await userEvent.click(screen.getByRole('link', { name: '← Workflows' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe('/workflows/http-echo');
  });
});

describe('EditorPage insertion', () => {
  it('inserts an activity after the selected node from the chosen outcome', async () => {
    serve();
    await openEditor();

    await userEvent.click(screen.getByRole('tab', { name: 'Outline' }));
    await userEvent.click(screen.getByRole('button', { name: 'Is it big?' }));
    await userEvent.click(screen.getByRole('tab', { name: 'Palette' }));
    await userEvent.selectOptions(screen.getByLabelText('Connect from outcome'), 'Failed');
    await userEvent.click(screen.getByTestId('palette-Delay'));
    await userEvent.click(screen.getByRole('tab', { name: 'Outline' }));

    const big = screen.getByTestId('outline-big');
    const failed = within(big).getByText('Failed').closest('li') as HTMLElement;
    expect(failed).toHaveTextContent('→ Delay');
  });
});

describe('EditorPage comparison', () => {
  it('compares with an older version on the canvas, down to the changed input', async () => {
    const older = { ...httpEcho, version: 1, nodes: httpEcho.nodes.map((n) => (n.id === 'big' ? { ...n, inputs: { condition: { mode: 'expression', value: 'input.amount > 50' } } } : n)) };
    serve({
      'GET /api/workflow-definitions/http-echo/versions': { body: [{ version: 1, state: 'published', revision: 1, createdAt: '', updatedAt: '' }] },
      'GET /api/workflow-definitions/http-echo/versions/1': { body: older },
    });
    await openEditor();

    await userEvent.click(screen.getByRole('button', { name: 'History' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Compare v1' }));

    const panel = await screen.findByTestId('comparison');
    expect(panel).toHaveTextContent('Changes since version 1');
    expect(panel).toHaveTextContent('inputs.condition: expression "input.amount > 50" → expression "input.amount > 100"');
    expect(screen.getByTestId('node-big')).toHaveClass('is-diff-changed');
  });

  it('shows what a revert changes and how many instances still run the live version before reverting', async () => {
    const older = { ...httpEcho, version: 1, nodes: httpEcho.nodes.map((n) => (n.id === 'big' ? { ...n, inputs: { condition: { mode: 'expression', value: 'input.amount > 50' } } } : n)) };
    serve({
      'GET /api/workflow-definitions/http-echo/versions': {
        body: [
          { version: 1, state: 'archived', revision: 1, createdAt: '', updatedAt: '' },
          { version: 2, state: 'published', revision: 1, createdAt: '', updatedAt: '' },
        ],
      },
      'GET /api/workflow-definitions/http-echo/versions/1': { body: older },
      'GET /api/workflow-instances': (r) => ({ body: { items: [], totalCount: r.url.includes('status=Running') && r.url.includes('version=2') ? 3 : 0 } }),
    });
    await openEditor();

    await userEvent.click(screen.getByRole('button', { name: 'History' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Revert to v1' }));

    const confirm = screen.getByRole('alertdialog', { name: 'Revert to version 1?' });
    const summary = await within(confirm).findByTestId('live-version-summary');
    expect(summary).toHaveTextContent('Reverting to version 1 changes what is open: 0 nodes added, 0 removed, 1 changed (1 values)');
    await waitFor(() => expect(summary).toHaveTextContent('3 instances still run version 2 and will finish on it.'));
    await userEvent.click(within(summary).getByRole('button', { name: 'Show on the canvas' }));
    expect(await screen.findByTestId('comparison')).toHaveTextContent('Changes since version 1');
  });

  it('retracts the published version after confirmation, and offers nothing to retract without one', async () => {
    const versions = { items: [{ version: 1, state: 'published', revision: 1, createdAt: '2026-11-01T10:00:00Z', updatedAt: '2026-11-01T10:00:00Z' }], totalCount: 1 };
    const { requests } = serve({
      'GET /api/workflow-definitions/http-echo/versions': { body: versions },
      'POST /api/workflow-definitions/http-echo/retract': { body: { ...httpEcho, state: 'archived' } },
    });
    await openEditor();

    await userEvent.click(await screen.findByRole('button', { name: 'Retract' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Retract version 1?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Retract' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/retract'))).toBe(true));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('has no Retract action while nothing is published', async () => {
    serve({ 'GET /api/workflow-definitions/http-echo/versions': { body: { items: [], totalCount: 0 } } });
    await openEditor();

    await waitFor(() => expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled());
    expect(screen.queryByRole('button', { name: /Retract/ })).not.toBeInTheDocument();
  });
});
