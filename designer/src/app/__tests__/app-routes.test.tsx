import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { getCredentials, setCredentials } from '@/features/auth';
import { mockFetch } from '@/testing/mock-fetch';
import { createTestQueryClient } from '@/testing/render';
import { routes } from '../router';
import { setupApiClient } from '../setup-api';

function renderApp(path: string) {
  const queryClient = createTestQueryClient();
  setupApiClient(queryClient);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('app routes', () => {
  it('sends a visitor without credentials to sign-in', async () => {
    const router = renderApp('/instances');

    expect(await screen.findByRole('heading', { name: 'Sign in to the designer' })).toBeInTheDocument();
    expect(router.state.location.state).toEqual({ from: '/instances' });
  });

  it('returns to sign-in when the server answers 401, forgetting the key', async () => {
    setCredentials({ scheme: 'api-key', apiKey: 'revoked' });
    const { requests } = mockFetch({ 'GET /api/workflow-definitions': { status: 401, body: { title: 'Unauthorized' } } });

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Sign in to the designer' })).toBeInTheDocument();
    expect(requests[0]?.headers['X-Api-Key']).toBe('revoked');
    expect(getCredentials()).toBeNull();
  });

  it('shows the signed-in pages with navigation', async () => {
    setCredentials({ scheme: 'api-key', apiKey: 'good' });
    mockFetch({ 'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } } });

    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'Workflows' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
  });

  it('reaches the dead-letter and cost-center pages from the navigation', async () => {
    setCredentials({ scheme: 'api-key', apiKey: 'good' });
    mockFetch({
      'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } },
      'GET /api/dead-letters': { body: { items: [], totalCount: 0 } },
      'GET /api/cost-centers': { body: { items: [], totalCount: 0 } },
    });
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });

    await userEvent.click(within(nav).getByRole('link', { name: 'Dead letters' }));
    expect(await screen.findByRole('heading', { name: 'Dead letters' })).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('link', { name: 'Cost centers' }));
    expect(await screen.findByRole('heading', { name: 'Cost centers', level: 1 })).toBeInTheDocument();
  });

  it('sends a signed-in user\'s token as a bearer token, names the user, and signs out', async () => {
    setCredentials({ scheme: 'bearer', accessToken: 'tok', userName: 'ana', expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const { requests } = mockFetch({
      'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } },
      'GET /api/auth/me': { body: { id: 'u1', name: 'ana', kind: 'user', roles: ['Analyst'] } },
    });
    renderApp('/');

    expect(await screen.findByTestId('signed-in-as')).toHaveTextContent('ana');
    expect(requests.find((r) => r.url.startsWith('/api/auth/me'))?.headers.Authorization).toBe('Bearer tok');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Audit' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to the designer' })).toBeInTheDocument();
    expect(getCredentials()).toBeNull();
  });

  it('signs out on an Admin page so that the next sign-in, perhaps someone else\'s, lands on the workflow list', async () => {
    setCredentials({ scheme: 'api-key', apiKey: 'good' });
    mockFetch({
      'GET /api/users': { body: { items: [], totalCount: 0 } },
      'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } },
      'GET /api/auth/me': { body: { id: 'k1', name: 'bootstrap', kind: 'apiKey', roles: ['Admin'] } },
    });
    const router = renderApp('/admin');
    await screen.findByRole('heading', { name: 'Administration' });

    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in to the designer' })).toBeInTheDocument();
    expect(router.state.location.state).toBeNull();

    // A deep link opened after signing out is still remembered.
    await router.navigate('/dead-letters');
    await waitFor(() => expect(router.state.location.state).toEqual({ from: '/dead-letters' }));
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('offers the audit and admin pages to an Admin', async () => {
    setCredentials({ scheme: 'api-key', apiKey: 'good' });
    mockFetch({
      'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } },
      'GET /api/auth/me': { body: { id: 'k1', name: 'bootstrap', kind: 'apiKey', roles: ['Admin'] } },
    });
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });

    expect(await within(nav).findByRole('link', { name: 'Audit' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Admin' })).toBeInTheDocument();
  });

  it('keeps the audit and admin pages from a caller without the Admin role', async () => {
    setCredentials({ scheme: 'api-key', apiKey: 'viewer' });
    const { requests } = mockFetch({ 'GET /api/auth/me': { body: { id: 'k2', name: 'viewer', kind: 'apiKey', roles: ['Viewer'] } } });

    renderApp('/admin');

    expect(await screen.findByRole('heading', { name: 'Not available to your roles' })).toBeInTheDocument();
    expect(requests.some((r) => r.url.startsWith('/api/users'))).toBe(false);
  });
});
