import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { CostCenterPicker } from '../components/cost-center-picker';

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="cc">Cost center</label>
      <CostCenterPicker id="cc" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </>
  );
}

const centers = {
  items: [
    { code: 'CAR', name: 'Cardiology', active: true, revision: 1 },
    { code: 'DERM', name: 'Dermatology (closed)', active: false, revision: 1 },
  ],
  totalCount: 2,
};

describe('CostCenterPicker', () => {
  it('searches master data as one types and chooses with the keyboard', async () => {
    const { requests } = mockFetch({ 'GET /api/cost-centers': { body: centers } });
    renderWithProviders(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Cost center' });

    await userEvent.type(box, 'c');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('search=c'));
    expect(await screen.findByRole('option', { name: /^DERM Dermatology \(closed\).*inactive/ })).toBeInTheDocument();
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-activedescendant', expect.stringContaining('CAR'));
    await userEvent.keyboard('{Enter}');

    expect(screen.getByTestId('value')).toHaveTextContent('CAR');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps a code that is not in master data, and closes on Escape', async () => {
    mockFetch({ 'GET /api/cost-centers': { body: { items: [], totalCount: 0 } } });
    renderWithProviders(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Cost center' });

    await userEvent.type(box, 'NEW1');
    expect(await screen.findByText('No cost center matches.')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');

    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByTestId('value')).toHaveTextContent('NEW1');
  });
});
