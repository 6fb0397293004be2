import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { AuditPage } from '../components/audit-page';
import type { AuditEntry } from '../types';

const entry = (sequence: number, patch: Partial<AuditEntry> = {}): AuditEntry => ({
  sequence,
  occurredAt: '2026-03-01T10:00:00Z',
  actor: { kind: 'user', id: 'u1', name: 'ana' },
  action: 'definition.published',
  target: { type: 'workflowDefinition', id: 'charge-capture' },
  summary: { after: { version: 2 } },
  remoteAddress: '127.0.0.1',
  previousHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
  ...patch,
});

const query = (url: string | undefined) => Object.fromEntries(new URL(url ?? '', 'http://x').searchParams);

describe('AuditPage', () => {
  it('lists the entries with who, what, target and the before/after summary', async () => {
    mockFetch({ 'GET /api/audit': { body: { items: [entry(2), entry(1, { action: 'signIn.failed', actor: { kind: 'apiKey', id: 'k1' }, summary: null })], totalCount: 2 } } });
    renderWithProviders(<AuditPage />);

    const table = await screen.findByRole('table', { name: 'Audit entries' });
    const first = within(table).getByTestId('audit-2');
    expect(first).toHaveTextContent('ana');
    expect(first).toHaveTextContent('definition.published');
    expect(first).toHaveTextContent('charge-capture');
    expect(within(first).getByText('Before and after')).toBeInTheDocument();
    expect(within(table).getByTestId('audit-1')).toHaveTextContent('k1 (apiKey)');
  });

  it('links each target to where the designer shows it, and a deleted one to nothing', async () => {
    const targets: [string, AuditEntry['target'], string | null][] = [
      ['definition.published', { type: 'workflowDefinition', id: 'charge-capture' }, '/workflows/charge-capture'],
      ['instance.retried', { type: 'workflowInstance', id: 'i-1' }, '/instances/i-1'],
      ['phi.revealed', { type: 'journalEntry', id: 'i-1/4' }, '/instances/i-1'],
      ['deadLetter.replayed', { type: 'deadLetter', id: 'dl-9' }, '/dead-letters/dl-9'],
      ['costCenter.updated', { type: 'costCenter', id: 'CC 100' }, '/cost-centers?search=CC%20100'],
      ['costCenterMapping.updated', { type: 'costCenterMapping', id: 'HospitalService/CAR' }, '/cost-centers?tab=mappings&kind=hospitalService&search=CAR'],
      ['user.created', { type: 'user', id: 'u-7' }, '/admin?user=u-7'],
      ['apiKey.revoked', { type: 'apiKey', id: 'k-3' }, '/admin?tab=api-keys&key=k-3'],
      ['definition.deleted', { type: 'workflowDefinition', id: 'gone' }, null],
      ['costCenter.imported', { type: 'costCenter', id: null }, null],
    ];
    mockFetch({ 'GET /api/audit': { body: { items: targets.map(([action, target], i) => entry(i + 1, { action, target })), totalCount: targets.length } } });
    renderWithProviders(<AuditPage />);
    await screen.findByTestId('audit-1');

    for (const [index, [, target, href]] of targets.entries()) {
      const row = screen.getByTestId(`audit-${index + 1}`);
      const link = within(row).queryByRole('link');
      if (href === null) {
        expect(link).not.toBeInTheDocument();
        continue;
      }
      expect(link).toHaveAttribute('href', href);
      expect(link).toHaveAccessibleName(expect.stringMatching(new RegExp(`^${(target.id ?? '').replace('/', '\\/')}: `)));
    }
    expect(within(screen.getByTestId('audit-3')).getByRole('link')).toHaveAccessibleName('i-1/4: Open instance i-1, step 4');
  });

  it('sends the filters and pages through the entries', async () => {
    const { requests } = mockFetch({ 'GET /api/audit': { body: { items: [entry(60)], totalCount: 60 } } });
    renderWithProviders(<AuditPage />);
    await screen.findByTestId('audit-60');

    await userEvent.selectOptions(screen.getByLabelText('Action'), 'phi.revealed');
    await userEvent.selectOptions(screen.getByLabelText('Target type'), 'workflowInstance');
    await userEvent.type(screen.getByLabelText('Actor'), 'ana');
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    const last = query(requests.at(-1)?.url);
    expect(last).toMatchObject({ action: 'phi.revealed', targetType: 'workflowInstance', actor: 'ana', page: '2', pageSize: '25' });
    expect(screen.getByText(/Page 2 of 3/)).toBeInTheDocument();
  });

  it('sends a time range as ISO instants', async () => {
    const { requests } = mockFetch({ 'GET /api/audit': { body: { items: [], totalCount: 0 } } });
    renderWithProviders(<AuditPage />, { route: '/?from=2026-03-01T08:00&to=2026-03-02T08:00' });

    expect(await screen.findByText('No entry matches these filters')).toBeInTheDocument();
    const sent = query(requests.at(-1)?.url);
    expect(sent.from).toBe(new Date('2026-03-01T08:00').toISOString());
    expect(sent.to).toBe(new Date('2026-03-02T08:00').toISOString());
  });

  it('shows the server problem when a filter is refused', async () => {
    mockFetch({ 'GET /api/audit': { status: 400, body: { title: 'Bad Request', detail: 'from must not be after to.' } } });
    renderWithProviders(<AuditPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('from must not be after to.');
  });

  it('verifies the chain and says it is intact', async () => {
    mockFetch({
      'GET /api/audit': { body: { items: [entry(1)], totalCount: 1 } },
      'GET /api/audit/verify': { body: { valid: true, checked: 41, firstBrokenEntry: null } },
    });
    renderWithProviders(<AuditPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Verify chain' }));

    expect(await screen.findByText('The chain is intact: 41 entries checked.')).toBeInTheDocument();
  });

  it('names the first broken entry and why', async () => {
    mockFetch({
      'GET /api/audit': { body: { items: [entry(1)], totalCount: 1 } },
      'GET /api/audit/verify': { body: { valid: false, checked: 7, firstBrokenEntry: { sequence: 7, foundSequence: 9, reason: 'missingEntries' } } },
    });
    renderWithProviders(<AuditPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Verify chain' }));

    const status = screen.getByTestId('audit-verification');
    expect(await within(status).findByText(/broken at entry 7/)).toHaveTextContent('(entry 9 found there): entries are missing');
  });
});
