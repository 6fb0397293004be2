import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { SignInPage } from '../components/sign-in-page';
import { authHeaders, getCredentials, setCredentials } from '../stores/credentials-store';

const signInAnswer = {
  accessToken: 'header.payload.signature',
  tokenType: 'Bearer',
  expiresIn: 3600,
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  userName: 'ana',
  roles: ['Analyst'],
};

async function chooseApiKey() {
  await userEvent.click(screen.getByRole('tab', { name: 'API key' }));
}

describe('SignInPage with an API key', () => {
  it('keeps an accepted API key for the tab and goes on', async () => {
    const { requests } = mockFetch({ 'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } } });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });
    await chooseApiKey();

    await userEvent.type(screen.getByLabelText('API key'), 'hf_admin_key');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('location')).toBeInTheDocument();
    expect(requests[0]?.headers['X-Api-Key']).toBe('hf_admin_key');
    expect(getCredentials()).toEqual({ scheme: 'api-key', apiKey: 'hf_admin_key' });
  });

  it('says so when the key is refused, and keeps nothing', async () => {
    mockFetch({ 'GET /api/workflow-definitions': { status: 401, body: { title: 'Unauthorized' } } });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });
    await chooseApiKey();

    await userEvent.type(screen.getByLabelText('API key'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This API key is not accepted');
    expect(getCredentials()).toBeNull();
  });

  it('asks for a key before sending anything', async () => {
    const { requests } = mockFetch({});
    renderWithProviders(<SignInPage />, { path: '/sign-in' });
    await chooseApiKey();

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Enter an API key.');
    expect(requests).toHaveLength(0);
  });

  it('remembers the chosen method for the next visit', async () => {
    mockFetch({});
    const first = renderWithProviders(<SignInPage />, { path: '/sign-in' });
    await chooseApiKey();
    first.unmount();

    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    expect(screen.getByRole('tab', { name: 'API key' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('SignInPage with a user name and password', () => {
  it('posts the name and password, keeps the access token and sends it as a bearer token', async () => {
    const { requests } = mockFetch({ 'POST /api/auth/sign-in': { body: signInAnswer } });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.type(screen.getByLabelText('User name'), 'ana');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('location')).toBeInTheDocument();
    expect(requests[0]).toMatchObject({ method: 'POST', body: { userName: 'ana', password: 'correct horse battery' } });
    expect(getCredentials()).toMatchObject({ scheme: 'bearer', accessToken: 'header.payload.signature', userName: 'ana' });
    expect(authHeaders(getCredentials())).toEqual({ Authorization: 'Bearer header.payload.signature' });
  });

  it('shows the server problem for a wrong password or a locked account, and keeps nothing', async () => {
    mockFetch({
      'POST /api/auth/sign-in': {
        status: 401,
        body: { title: 'Sign-in failed', detail: 'The user name or password is wrong, or the account is disabled or locked for a while.' },
      },
    });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.type(screen.getByLabelText('User name'), 'ana');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sign-in failed: The user name or password is wrong, or the account is disabled or locked for a while.');
    expect(getCredentials()).toBeNull();
  });

  it('shows the rate limit answer', async () => {
    mockFetch({ 'POST /api/auth/sign-in': { status: 429, body: { title: 'Too many requests', detail: 'Try again in a minute.' } } });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.type(screen.getByLabelText('User name'), 'ana');
    await userEvent.type(screen.getByLabelText('Password'), 'whatever');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests: Try again in a minute.');
  });

  it('asks for both fields before sending anything', async () => {
    const { requests } = mockFetch({});
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter your user name.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('treats an expired token as signed out', () => {
    setCredentials({ scheme: 'bearer', accessToken: 't', userName: 'ana', expiresAt: new Date(Date.now() - 1000).toISOString() });

    expect(getCredentials()).toBeNull();
  });
});
