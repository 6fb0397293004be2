import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { descriptors } from '@/testing/fixtures';
import { readFileText } from '@/lib/download';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { WorkflowSummary } from '@/types/workflow';
import { WorkflowListPage } from '../components/workflow-list-page';

const summaries: WorkflowSummary[] = [
  { definitionId: 'charge-capture', name: 'Charge capture', description: 'Books charges', latestVersion: 3, publishedVersion: 2, hasDraft: true, updatedAt: '2026-11-20T10:00:00Z', nodeCount: 7 },
  { definitionId: 'http-echo', name: 'HTTP echo', latestVersion: 1, publishedVersion: 1, hasDraft: false, updatedAt: '2026-11-19T10:00:00Z', nodeCount: 4 },
];

describe('WorkflowListPage', () => {
  it('lists workflows with their published and draft versions', async () => {
    mockFetch({ 'GET /api/workflow-definitions': { body: { items: summaries, totalCount: 2 } } });
    renderWithProviders(<WorkflowListPage />);

    const row = (await screen.findByRole('link', { name: 'Charge capture' })).closest('tr') as HTMLElement;

    expect(within(row).getByText('Published v2')).toBeInTheDocument();
    expect(within(row).getByText('Draft v3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'HTTP echo' })).toHaveAttribute('href', '/workflows/http-echo');
  });

  it('asks the server with the search, filter and sort chosen', async () => {
    const { requests } = mockFetch({ 'GET /api/workflow-definitions': { body: { items: summaries, totalCount: 2 } } });
    renderWithProviders(<WorkflowListPage />);
    await screen.findByRole('link', { name: 'HTTP echo' });

    await userEvent.type(screen.getByLabelText('Search workflows'), 'echo');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'published');
    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'name');

    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'GET').at(-1)?.url).toBe('/api/workflow-definitions?search=echo&status=published&sort=name&page=1&pageSize=25'),
    );
  });

  it('deletes a workflow only after confirmation', async () => {
    const { requests } = mockFetch({
      'GET /api/workflow-definitions': { body: { items: summaries, totalCount: 2 } },
      'DELETE /api/workflow-definitions/http-echo': { status: 204 },
    });
    renderWithProviders(<WorkflowListPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete HTTP echo' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete workflow?' });
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE' && r.url === '/api/workflow-definitions/http-echo')).toBe(true));
  });

  it('creates a workflow with a start node and an id made from the name', async () => {
    const { requests } = mockFetch({
      'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } },
      'GET /api/activity-descriptors': { body: { items: descriptors, totalCount: descriptors.length } },
      'POST /api/workflow-definitions': (r) => ({ status: 201, body: { ...(r.body as object), version: 1, revision: 1, state: 'draft' } }),
    });
    const { router } = renderWithProviders(<WorkflowListPage />);
    expect(await screen.findByText('No workflows yet')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'New workflow' }));
    await userEvent.type(screen.getByLabelText('Name'), 'Lab results');
    await waitFor(() => expect(requests.some((r) => r.url === '/api/activity-descriptors')).toBe(true));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/workflows/lab-results'));
    const created = requests.find((r) => r.method === 'POST')?.body as { definitionId: string; nodes: { type: string }[] };
    expect(created.definitionId).toBe('lab-results');
    expect(created.nodes.map((n) => n.type)).toEqual(['Start']);
  });

  it('marks workflows whose newest version has problems, and can show only those', async () => {
    mockFetch({
      'GET /api/workflow-definitions': { body: { items: summaries, totalCount: 2 } },
      'POST /api/workflow-definitions/charge-capture/validate': { body: { valid: false, problems: [{ nodeId: 'a', code: 'UnreachableNode', message: 'x' }] } },
      'POST /api/workflow-definitions/http-echo/validate': { body: { valid: true, problems: [] } },
    });
    renderWithProviders(<WorkflowListPage />);

    const row = (await screen.findByRole('link', { name: 'Charge capture' })).closest('tr') as HTMLElement;
    expect(await within(row).findByText('1 problem')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'problems');

    expect(screen.queryByRole('link', { name: 'HTTP echo' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Charge capture' })).toBeInTheDocument();
  });

  it('exports the newest version as a JSON file', async () => {
    mockFetch({
      'GET /api/workflow-definitions': { body: { items: summaries, totalCount: 2 } },
      'GET /api/workflow-definitions/http-echo/export': { body: { schemaVersion: 1, definitionId: 'http-echo', name: 'HTTP echo', nodes: [], connections: [] } },
    });
    const createObjectURL = vi.fn(() => 'blob:workflow');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderWithProviders(<WorkflowListPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Export HTTP echo' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(JSON.parse(await readFileText(blob))).toMatchObject({ definitionId: 'http-echo' });
  });

  it('duplicates a workflow under a new id and name', async () => {
    const { requests } = mockFetch({
      'GET /api/workflow-definitions': { body: { items: summaries, totalCount: 2 } },
      'GET /api/workflow-definitions/http-echo/export': { body: { schemaVersion: 1, definitionId: 'http-echo', version: 3, name: 'HTTP echo', nodes: [], connections: [], extra: 1 } },
      'POST /api/workflow-definitions': (r) => ({ status: 201, body: r.body }),
    });
    renderWithProviders(<WorkflowListPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate HTTP echo' }));

    const isCreate = (r: { method: string; url: string }) => r.method === 'POST' && r.url === '/api/workflow-definitions';
    await waitFor(() => expect(requests.some(isCreate)).toBe(true));
    const copy = requests.find(isCreate)?.body as Record<string, unknown>;
    expect(copy).toMatchObject({ name: 'HTTP echo (copy)', extra: 1 });
    expect(copy.definitionId).toMatch(/^http-echo-copy-/);
    expect(copy).not.toHaveProperty('version');
  });

  it('imports a workflow file and opens it', async () => {
    const { requests } = mockFetch({
      'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } },
      'POST /api/workflow-definitions/import': (r) => ({ body: { ...(r.body as object), version: 1, state: 'draft', revision: 1 } }),
    });
    const { router } = renderWithProviders(<WorkflowListPage />);
    const file = new File([JSON.stringify({ schemaVersion: 1, definitionId: 'lab', name: 'Lab', nodes: [], connections: [] })], 'lab.json', { type: 'application/json' });

    await userEvent.upload(await screen.findByTestId('import-file'), file);

    await waitFor(() => expect(router.state.location.pathname).toBe('/workflows/lab'));
    expect(requests.find((r) => r.url === '/api/workflow-definitions/import')?.body).toMatchObject({ definitionId: 'lab' });
  });

  it('shows the server error with a way to try again', async () => {
    mockFetch({ 'GET /api/workflow-definitions': { status: 503, body: { title: 'The database does not answer' } } });
    renderWithProviders(<WorkflowListPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('The database does not answer');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
