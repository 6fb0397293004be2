import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { DashboardPage } from '../components/dashboard-page';
import type { Dashboard } from '../types';

const hour = (start: string, patch: Partial<Dashboard['hours'][number]> = {}) => ({ start, running: 0, suspended: 0, completed: 0, faulted: 0, cancelled: 0, ...patch });

const dashboard: Dashboard = {
  from: '2026-11-25T06:00:00Z',
  to: '2026-11-25T09:00:00Z',
  hours: [hour('2026-11-25T06:00:00Z', { completed: 6, faulted: 2 }), hour('2026-11-25T07:00:00Z'), hour('2026-11-25T08:00:00Z', { suspended: 1, running: 1 })],
  totals: { started: 10, running: 1, suspended: 1, completed: 6, faulted: 2, cancelled: 0 },
  failureRate: 0.25,
  deadLetters: { pending: 3, inRange: 1 },
  suspendedCount: 4,
  oldestSuspended: { id: 'inst-old', definitionId: 'charge-capture', version: 2, name: 'Charge capture', createdAt: '2026-11-20T08:00:00Z', updatedAt: '2026-11-20T08:00:01Z' },
  slowestSteps: [
    { definitionId: 'charge-capture', nodeId: 'post', activityType: 'PostErpInvoice', runs: 8, averageMs: 1500, maxMs: 4000 },
    { definitionId: 'adt-intake', nodeId: 'parse', activityType: 'ParseAdt', runs: 12, averageMs: 12, maxMs: 30 },
  ],
};

/** The window a request asked for, in milliseconds. */
const windowMs = (url: string | undefined) => {
  const params = new URL(url ?? '', 'http://x').searchParams;
  return new Date(params.get('to') ?? '').getTime() - new Date(params.get('from') ?? '').getTime();
};

describe('DashboardPage', () => {
  it('draws the hourly bars, failure rate, dead letters, oldest suspended and slowest steps as pictures with text alternatives', async () => {
    mockFetch({ 'GET /api/dashboard': { body: dashboard } });
    renderWithProviders(<DashboardPage />);

    const hours = await screen.findByRole('img', { name: /Instances per hour by status\. 10 started: 6 completed, 2 faulted/ });
    expect(hours.querySelectorAll('rect.chart-fill--success')).toHaveLength(1);
    expect(hours.querySelectorAll('rect.chart-fill--danger')).toHaveLength(1);
    const hoursTable = screen.getByRole('table', { name: 'Instances per hour by status' });
    expect(within(hoursTable).getAllByRole('row')).toHaveLength(4);

    expect(screen.getByRole('img', { name: 'Failure rate: 25%' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Dead letters' })).toHaveTextContent('3waiting for a decision · 1 in this window');
    expect(screen.getByTestId('oldest-suspended')).toHaveAttribute('href', '/instances/inst-old');
    expect(screen.getByRole('region', { name: 'Oldest suspended' })).toHaveTextContent('4 suspended in all');

    const steps = screen.getByRole('img', { name: /Slowest steps by average duration\. Slowest: charge-capture post, 1\.50 s/ });
    expect(steps.querySelectorAll('rect')).toHaveLength(2);
    expect(within(screen.getByRole('table', { name: 'Slowest steps by average duration' })).getByText('PostErpInvoice, 8 runs, longest 4.00 s')).toBeInTheDocument();
  });

  it('asks for the last 24 hours first and for the chosen window after', async () => {
    const { requests } = mockFetch({ 'GET /api/dashboard': { body: dashboard } });
    renderWithProviders(<DashboardPage />);
    await screen.findByRole('img', { name: /Failure rate/ });
    expect(windowMs(requests[0]?.url)).toBe(24 * 3_600_000);

    await userEvent.selectOptions(screen.getByLabelText('Time range'), '7d');

    await waitFor(() => {
      expect(windowMs(requests.at(-1)?.url)).toBe(7 * 24 * 3_600_000);
    });
  });

  it('says so when nothing ran, instead of drawing empty charts', async () => {
    mockFetch({
      'GET /api/dashboard': {
        body: { ...dashboard, hours: [hour('2026-11-25T08:00:00Z')], totals: { started: 0, running: 0, suspended: 0, completed: 0, faulted: 0, cancelled: 0 }, failureRate: null, oldestSuspended: null, suspendedCount: 0, slowestSteps: [] },
      },
    });
    renderWithProviders(<DashboardPage />);

    expect(await screen.findByText('No instance started in this window')).toBeInTheDocument();
    expect(screen.getByText('No step ran in this window')).toBeInTheDocument();
    expect(screen.getByText('No instance is suspended.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Failure rate: nothing has ended yet' })).toBeInTheDocument();
  });

  it('shows the server problem when the dashboard cannot be read', async () => {
    mockFetch({ 'GET /api/dashboard': { status: 400, body: { title: 'The request is not valid', detail: 'from must be before to.' } } });
    renderWithProviders(<DashboardPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('from must be before to.');
  });
});
