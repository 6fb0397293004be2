import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { AdminPage } from '../components/admin-page';
import type { User } from '../types';

const user = (userName: string, patch: Partial<User> = {}): User => ({
  id: `u-${userName}`,
  userName,
  roles: ['Viewer'],
  disabled: false,
  lockedUntil: null,
  createdAt: '2026-11-01T08:00:00Z',
  updatedAt: '2026-11-01T08:00:00Z',
  lastSignInAt: null,
  ...patch,
});

const users = [
  user('ana', { roles: ['Analyst', 'Publisher'] }),
  user('bob', { lockedUntil: new Date(Date.now() + 600_000).toISOString() }),
  user('cy', { disabled: true }),
];

describe('Admin users', () => {
  it('lists users with their roles and whether they are active, locked or disabled', async () => {
    mockFetch({ 'GET /api/users': { body: { items: users, totalCount: 3 } } });
    renderWithProviders(<AdminPage />);

    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByTestId('user-ana')).toHaveTextContent('Analyst, Publisher');
    expect(within(table).getByTestId('user-ana')).toHaveTextContent('Active');
    expect(within(table).getByTestId('user-bob')).toHaveTextContent('Locked until');
    expect(within(table).getByTestId('user-cy')).toHaveTextContent('Disabled');
    expect(within(table).getByRole('button', { name: 'Enable cy' })).toBeInTheDocument();
  });

  it('marks the user a link names (an audit entry) as the current row', async () => {
    mockFetch({ 'GET /api/users': { body: { items: users, totalCount: 3 } } });
    renderWithProviders(<AdminPage />, { route: '/?user=u-bob' });

    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getByTestId('user-bob')).toHaveAttribute('aria-current', 'true');
    expect(within(table).getByTestId('user-ana')).not.toHaveAttribute('aria-current');
  });

  it('creates a user with roles and shows the server field errors in place', async () => {
    const { requests } = mockFetch({
      'GET /api/users': { body: { items: [], totalCount: 0 } },
      'POST /api/users': (request) =>
        (request.body as { password: string }).password.length < 12
          ? { status: 422, body: { title: 'The request is not valid', errors: [{ field: 'password', message: 'The password needs at least 12 characters.' }] } }
          : { status: 201, body: user('dora', { roles: ['Operator'] }) },
    });
    renderWithProviders(<AdminPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'New user' }));
    const dialog = screen.getByTestId('create-user-dialog');

    await userEvent.type(within(dialog).getByLabelText('User name'), 'dora');
    await userEvent.type(within(dialog).getByLabelText('Password'), 'short');
    await userEvent.click(within(dialog).getByLabelText('Viewer'));
    await userEvent.click(within(dialog).getByLabelText('Operator'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(await within(dialog).findByText('The password needs at least 12 characters.')).toBeInTheDocument();

    await userEvent.clear(within(dialog).getByLabelText('Password'));
    await userEvent.type(within(dialog).getByLabelText('Password'), 'long enough password');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await waitFor(() => expect(screen.queryByTestId('create-user-dialog')).not.toBeInTheDocument());
    expect(requests.filter((r) => r.method === 'POST').at(-1)?.body).toEqual({ userName: 'dora', password: 'long enough password', roles: ['Operator'] });
  });

  it('changes roles, resets a password and disables after confirmation', async () => {
    const { requests } = mockFetch({
      'GET /api/users': { body: { items: users, totalCount: 3 } },
      'PUT /api/users/u-ana/roles': { body: user('ana', { roles: ['Analyst'] }) },
      'POST /api/users/u-bob/reset-password': { body: user('bob') },
      'POST /api/users/u-ana/disable': { body: user('ana', { disabled: true }) },
    });
    renderWithProviders(<AdminPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Roles of ana' }));
    await userEvent.click(within(screen.getByTestId('user-roles-dialog')).getByLabelText('Publisher'));
    await userEvent.click(screen.getByRole('button', { name: 'Save roles' }));
    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ roles: ['Analyst'] }));

    await userEvent.click(screen.getByRole('button', { name: 'Reset password of bob' }));
    await userEvent.type(within(screen.getByTestId('reset-password-dialog')).getByLabelText('New password'), 'a brand new password');
    await userEvent.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(requests.find((r) => r.url.endsWith('/reset-password'))?.body).toEqual({ password: 'a brand new password' }));

    await userEvent.click(screen.getByRole('button', { name: 'Disable ana' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/u-ana/disable'))).toBe(true));
  });

  it('says why when disabling yourself is refused', async () => {
    mockFetch({
      'GET /api/users': { body: { items: users, totalCount: 3 } },
      'POST /api/users/u-ana/disable': { status: 409, body: { title: 'Conflict', detail: 'You cannot disable yourself.' } },
    });
    renderWithProviders(<AdminPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Disable ana' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Disable' }));

    expect(await screen.findByText(/Disable failed: Conflict: You cannot disable yourself\./)).toBeInTheDocument();
  });
});
