import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { SignInPage } from '../components/sign-in-page';
import { getCredentials } from '../stores/credentials-store';

describe('SignInPage', () => {
  it('keeps an accepted API key for the tab and goes on', async () => {
    const { requests } = mockFetch({ 'GET /api/workflow-definitions': { body: { items: [], totalCount: 0 } } });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.type(screen.getByLabelText('API key'), 'hf_admin_key');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('location')).toBeInTheDocument();
    expect(requests[0]?.headers['X-Api-Key']).toBe('hf_admin_key');
    expect(getCredentials()).toEqual({ scheme: 'api-key', apiKey: 'hf_admin_key' });
  });

  it('says so when the key is refused, and keeps nothing', async () => {
    mockFetch({ 'GET /api/workflow-definitions': { status: 401, body: { title: 'Unauthorized' } } });
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.type(screen.getByLabelText('API key'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This API key is not accepted');
    expect(getCredentials()).toBeNull();
  });

  it('asks for a key before sending anything', async () => {
    const { requests } = mockFetch({});
    renderWithProviders(<SignInPage />, { path: '/sign-in' });

    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Enter an API key.');
    expect(requests).toHaveLength(0);
  });
});
