import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { DeadLetter } from '@/types/dead-letter';
import { DeadLetterPage } from '../components/dead-letter-page';
import { DeadLettersPage } from '../components/dead-letters-page';

const letter: DeadLetter = {
  id: 'dl-0a1b2c3d4e5f60718293',
  instanceId: 'inst-9',
  definitionId: 'invoice-posting',
  definitionVersion: 3,
  nodeId: 'retry',
  retriedNodeId: 'post',
  payload: { invoice: 'INV-7', lines: 2 },
  errors: [
    { attempt: 2, at: '2026-11-20T10:05:00Z', error: { status: 503, message: 'ERP unavailable' } },
    { attempt: 1, at: '2026-11-20T10:00:00Z', error: 'ERP answered 503' },
  ],
  status: 'pending',
  createdAt: '2026-11-20T10:05:00Z',
};

const detail = (body: DeadLetter = letter) => ({ 'GET /api/dead-letters/dl-0a1b2c3d4e5f60718293': { body } });

describe('DeadLettersPage', () => {
  it('lists pending dead letters first and filters by status and workflow on the server', async () => {
    const { requests } = mockFetch({ 'GET /api/dead-letters': { body: { items: [letter], totalCount: 1 } } });
    renderWithProviders(<DeadLettersPage />, { path: '/dead-letters' });

    const row = await screen.findByTestId(`dead-letter-${letter.id}`);
    expect(within(row).getByRole('link', { name: letter.id })).toHaveAttribute('href', `/dead-letters/${letter.id}`);
    expect(row).toHaveTextContent('ERP unavailable');
    expect(row).toHaveTextContent('Pending');
    expect(requests[0]?.url).toContain('status=pending');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Replayed');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('status=replayed'));
    await userEvent.type(screen.getByLabelText('Workflow id'), 'invoice-posting');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('definitionId=invoice-posting'));
  });

  it('pages through a long queue', async () => {
    const { requests } = mockFetch({ 'GET /api/dead-letters': { body: { items: [letter], totalCount: 60 } } });
    renderWithProviders(<DeadLettersPage />, { path: '/dead-letters' });

    expect(await screen.findByText(/Page 1 of 3/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    await waitFor(() => expect(requests.at(-1)?.url).toContain('page=2'));
  });

  it('says so when nothing waits for a decision', async () => {
    mockFetch({ 'GET /api/dead-letters': { body: { items: [], totalCount: 0 } } });
    renderWithProviders(<DeadLettersPage />, { path: '/dead-letters' });

    expect(await screen.findByRole('heading', { name: 'Nothing waits for a decision' })).toBeInTheDocument();
  });
});

describe('DeadLetterPage', () => {
  const render = () => renderWithProviders(<DeadLetterPage />, { path: '/dead-letters/:deadLetterId', route: `/dead-letters/${letter.id}` });

  it('shows the error history in order, the payload collapsed and a link to the instance', async () => {
    mockFetch(detail());
    render();

    const attempts = await screen.findByRole('list', { name: 'Failed attempts' });
    const items = within(attempts).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([expect.stringContaining('Attempt 1'), expect.stringContaining('Attempt 2')]);
    expect(items[1]).toHaveTextContent('ERP unavailable');
    expect(screen.getByTestId('dead-letter-payload')).not.toHaveAttribute('open');
    expect(screen.getByRole('link', { name: 'inst-9' })).toHaveAttribute('href', '/instances/inst-9');
  });

  it('replays after confirmation', async () => {
    const { requests } = mockFetch({
      ...detail(),
      'POST /api/dead-letters/dl-0a1b2c3d4e5f60718293/replay': { body: { deadLetter: { ...letter, status: 'replayed' }, execution: { instanceId: 'inst-9', status: 'suspended' } } },
    });
    render();

    await userEvent.click(await screen.findByRole('button', { name: 'Replay' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Replay this dead letter?' });
    expect(requests.some((r) => r.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replay' }));

    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/replay'))).toBe(true));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('discards only when confirmed, and sends nothing when cancelled', async () => {
    const { requests } = mockFetch({
      ...detail(),
      'POST /api/dead-letters/dl-0a1b2c3d4e5f60718293/discard': { body: { deadLetter: { ...letter, status: 'discarded' } } },
    });
    render();

    await userEvent.click(await screen.findByRole('button', { name: 'Discard' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel' }));
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.endsWith('/discard'))).toBe(true));
  });

  it('explains a 409: the dead letter was decided elsewhere', async () => {
    mockFetch({
      ...detail(),
      'POST /api/dead-letters/dl-0a1b2c3d4e5f60718293/replay': {
        status: 409,
        body: { title: 'Conflict', status: 409, detail: "Dead letter 'dl-0a1b2c3d4e5f60718293' was already discarded." },
      },
    });
    render();

    await userEvent.click(await screen.findByRole('button', { name: 'Replay' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Replay' }));

    const alert = await screen.findByText(/cannot be replayed any more/);
    expect(alert).toHaveTextContent('was already discarded');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('offers no decision on a dead letter that was already decided', async () => {
    mockFetch(detail({ ...letter, status: 'replayed', resolvedAt: '2026-11-20T11:00:00Z' }));
    render();

    expect(await screen.findByText('Replayed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replay' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
  });
});
