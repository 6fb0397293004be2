import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { AdminPage } from '../components/admin-page';
import type { ApiKey } from '../types';

const key = (name: string, patch: Partial<ApiKey> = {}): ApiKey => ({
  id: `k-${name}`,
  name,
  prefix: 'hf_ab1',
  roles: ['Operator'],
  allowedTriggerPaths: [],
  createdAt: '2026-11-01T08:00:00Z',
  expiresAt: null,
  revokedAt: null,
  ...patch,
});

const keys = [key('lab', { allowedTriggerPaths: ['lab/*'] }), key('old', { revokedAt: '2026-11-02T08:00:00Z' }), key('temp', { expiresAt: '2020-01-01T00:00:00Z' })];

describe('Admin API keys', () => {
  it('lists keys by prefix with roles, trigger paths and state', async () => {
    mockFetch({ 'GET /api/api-keys': { body: { items: keys, totalCount: 3 } } });
    renderWithProviders(<AdminPage />, { route: '/?tab=api-keys' });

    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByTestId('api-key-lab')).toHaveTextContent('hf_ab1…');
    expect(within(table).getByTestId('api-key-lab')).toHaveTextContent('lab/*');
    expect(within(table).getByTestId('api-key-old')).toHaveTextContent('Revoked');
    expect(within(table).getByTestId('api-key-temp')).toHaveTextContent('Expired');
    expect(within(table).queryByRole('button', { name: 'Revoke old' })).not.toBeInTheDocument();
  });

  it('marks the key a link names (an audit entry) as the current row', async () => {
    mockFetch({ 'GET /api/api-keys': { body: { items: keys, totalCount: 3 } } });
    renderWithProviders(<AdminPage />, { route: `/?tab=api-keys&key=${keys[1]?.id ?? ''}` });

    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByTestId(`api-key-${keys[1]?.name ?? ''}`)).toHaveAttribute('aria-current', 'true');
    expect(within(table).getAllByRole('row').filter((row) => row.getAttribute('aria-current'))).toHaveLength(1);
  });

  it('creates a key with roles, trigger paths and expiry, and shows the key once', async () => {
    const { requests } = mockFetch({
      'GET /api/api-keys': { body: { items: [], totalCount: 0 } },
      'POST /api/api-keys': { status: 201, body: { ...key('lis', { roles: ['Viewer'], allowedTriggerPaths: ['lab/results'] }), key: 'hf_the-secret-shown-once' } },
    });
    renderWithProviders(<AdminPage />, { route: '/?tab=api-keys' });
    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    const dialog = screen.getByTestId('create-api-key-dialog');

    await userEvent.type(within(dialog).getByLabelText('Name'), 'lis');
    await userEvent.click(within(dialog).getByLabelText('Viewer'));
    await userEvent.type(within(dialog).getByLabelText('Allowed trigger paths'), 'lab/results');
    await userEvent.type(within(dialog).getByLabelText('Expires'), '2027-01-31T12:00');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }));

    const created = await screen.findByTestId('api-key-created-dialog');
    expect(within(created).getByTestId('new-api-key')).toHaveValue('hf_the-secret-shown-once');
    expect(within(created).getByText(/shown only this once/)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      name: 'lis',
      roles: ['Viewer'],
      allowedTriggerPaths: ['lab/results'],
      expiresAt: new Date('2027-01-31T12:00').toISOString(),
    });

    await userEvent.click(within(created).getByRole('button', { name: 'Done' }));
    expect(screen.queryByText('hf_the-secret-shown-once')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('hf_the-secret-shown-once')).not.toBeInTheDocument();
  });

  it('shows the server field errors of a refused key', async () => {
    mockFetch({
      'GET /api/api-keys': { body: { items: [], totalCount: 0 } },
      'POST /api/api-keys': { status: 422, body: { title: 'The request is not valid', errors: [{ field: 'roles', message: 'Give the key at least one role.' }] } },
    });
    renderWithProviders(<AdminPage />, { route: '/?tab=api-keys' });
    await userEvent.click(await screen.findByRole('button', { name: 'New API key' }));
    const dialog = screen.getByTestId('create-api-key-dialog');

    await userEvent.type(within(dialog).getByLabelText('Name'), 'nothing');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create key' }));

    expect(await within(dialog).findByText('Give the key at least one role.')).toBeInTheDocument();
  });

  it('revokes a key after confirmation', async () => {
    const { requests } = mockFetch({ 'GET /api/api-keys': { body: { items: keys, totalCount: 3 } }, 'DELETE /api/api-keys/k-lab': { status: 204 } });
    renderWithProviders(<AdminPage />, { route: '/?tab=api-keys' });

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke lab' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'DELETE' && r.url === '/api/api-keys/k-lab')).toBe(true));
  });

  it('switches between the tabs with the arrow keys', async () => {
    mockFetch({ 'GET /api/users': { body: { items: [], totalCount: 0 } }, 'GET /api/api-keys': { body: { items: [], totalCount: 0 } } });
    renderWithProviders(<AdminPage />);

    screen.getByRole('tab', { name: 'Users' }).focus();
    await userEvent.keyboard('{ArrowRight}');

    expect(screen.getByRole('tab', { name: 'API keys' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('No API keys yet')).toBeInTheDocument();
  });
});
