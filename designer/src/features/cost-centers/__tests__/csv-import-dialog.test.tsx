import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import { CsvImportDialog } from '../components/csv-import-dialog';

const rowErrors = {
  status: 422,
  body: {
    title: 'The CSV file has errors',
    status: 422,
    detail: 'The file has 2 problem(s); nothing was imported.',
    errors: [
      { row: 3, column: 'code', message: 'code is required.' },
      { row: 4, message: 'The row has 7 fields; the header has 3.' },
    ],
  },
};

describe('CsvImportDialog', () => {
  it('posts pasted rows as text/csv and lists every bad row of a 422', async () => {
    const { requests } = mockFetch({ 'POST /api/cost-centers/import': rowErrors });
    const onClose = vi.fn();
    renderWithProviders(<CsvImportDialog target="cost-centers" onClose={onClose} />);

    await userEvent.type(screen.getByLabelText('Or paste the rows'), 'code,name{enter}ONC,Oncology{enter},Nameless');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    const errors = await screen.findByRole('list', { name: 'Rows with errors' });
    expect(within(errors).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Row 3, code: code is required.', 'Row 4: The row has 7 fields; the header has 3.']);
    expect(screen.getByTestId('csv-import-errors')).toHaveTextContent('nothing was imported');
    expect(requests[0]?.headers['Content-Type']).toBe('text/csv');
    expect(requests[0]?.body).toBe('code,name\nONC,Oncology\n,Nameless');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('reads a chosen file and closes with the counts when the mappings import', async () => {
    const { requests } = mockFetch({ 'POST /api/cost-center-mappings/import': { body: { inserted: 1, updated: 0, unchanged: 0 } } });
    const onClose = vi.fn();
    renderWithProviders(<CsvImportDialog target="mappings" onClose={onClose} />);
    const file = new File(['kind,sourceCode,costCenterCode\nDepartment,ONC,ONC\n'], 'mappings.csv', { type: 'text/csv' });

    await userEvent.upload(screen.getByLabelText('CSV file'), file);
    expect(await screen.findByLabelText('Contents of mappings.csv')).toHaveValue('kind,sourceCode,costCenterCode\nDepartment,ONC,ONC\n');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(requests[0]?.url).toBe('/api/cost-center-mappings/import');
  });
});
