import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { NoticeRegion } from '@/components';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/render';
import type { CostCenter, CostCenterMapping } from '@/types/cost-center';
import { CostCentersPage } from '../components/cost-centers-page';

const lab: CostCenter = { code: 'LAB', name: 'Laboratory', active: true, revision: 4 };
const derm: CostCenter = { code: 'DERM', name: 'Dermatology (closed)', active: false, effectiveTo: '2025-12-31', revision: 1 };
const list = (items: CostCenter[], totalCount = items.length) => ({ body: { items, totalCount } });

const renderPage = (route = '/cost-centers') =>
  renderWithProviders(
    <>
      <CostCentersPage />
      <NoticeRegion />
    </>,
    { path: '/cost-centers', route },
  );

describe('CostCentersPage, cost centers', () => {
  it('lists cost centers and searches and filters on the server', async () => {
    const { requests } = mockFetch({ 'GET /api/cost-centers': list([lab, derm], 60) });
    renderPage();

    expect(await screen.findByTestId('cost-center-LAB')).toHaveTextContent('Active');
    expect(screen.getByTestId('cost-center-DERM')).toHaveTextContent('Inactive');
    expect(screen.getByTestId('cost-center-DERM')).toHaveTextContent('… – 2025-12-31');

    await userEvent.type(screen.getByLabelText('Search code or name'), 'lab');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('search=lab'));
    await userEvent.selectOptions(screen.getByLabelText('Active'), 'Inactive');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('active=false'));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(requests.at(-1)?.url).toContain('page=2'));
  });

  it('starts with the search a link gives (an audit entry naming a cost center or a mapping)', async () => {
    const { requests } = mockFetch({
      'GET /api/cost-centers': list([lab]),
      'GET /api/cost-center-mappings': { body: { items: [], totalCount: 0 } },
    });
    renderPage('/cost-centers?search=LAB');

    expect(await screen.findByLabelText('Search code or name')).toHaveValue('LAB');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('search=LAB'));
  });

  it('starts the mappings tab with the kind and source code a link gives', async () => {
    const { requests } = mockFetch({ 'GET /api/cost-center-mappings': { body: { items: [], totalCount: 0 } } });
    renderPage('/cost-centers?tab=mappings&kind=hospitalService&search=SUR');

    expect(await screen.findByLabelText('Search source code')).toHaveValue('SUR');
    expect(screen.getByLabelText('Kind')).toHaveValue('hospitalService');
    await waitFor(() => expect(requests.at(-1)?.url).toMatch(/kind=hospitalService.*search=SUR|search=SUR.*kind=hospitalService/));
  });

  it('checks the form before sending, then creates the cost center', async () => {
    const { requests } = mockFetch({
      'GET /api/cost-centers': list([lab]),
      'POST /api/cost-centers': { status: 201, body: { code: 'ONC', name: 'Oncology', active: true, revision: 1 } },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'New cost center' }));
    const dialog = screen.getByTestId('cost-center-dialog');

    await userEvent.type(within(dialog).getByLabelText(/^Code/), 'ON/C');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByLabelText(/^Code/)).toHaveAccessibleDescription(/cannot contain \//);
    expect(within(dialog).getByLabelText(/^Name/)).toHaveAccessibleDescription('Enter a name.');
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await userEvent.clear(within(dialog).getByLabelText(/^Code/));
    await userEvent.type(within(dialog).getByLabelText(/^Code/), 'ONC');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Oncology');
    await userEvent.type(within(dialog).getByLabelText('First day'), '2026-01-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(screen.queryByTestId('cost-center-dialog')).not.toBeInTheDocument());
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ code: 'ONC', name: 'Oncology', active: true, effectiveFrom: '2026-01-01', effectiveTo: null });
    expect(await screen.findByText('Created cost center ONC.')).toBeInTheDocument();
  });

  it('shows the server’s field errors (422) and a taken code (409) in the form', async () => {
    let answer = 0;
    mockFetch({
      'GET /api/cost-centers': list([lab]),
      'POST /api/cost-centers': () =>
        ++answer === 1
          ? { status: 422, body: { title: 'The master data is not valid', status: 422, errors: [{ field: 'name', message: 'A cost center needs a name.' }] } }
          : { status: 409, body: { title: 'Conflict', status: 409, detail: 'Cost center LAB exists already.' } },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'New cost center' }));
    const dialog = screen.getByTestId('cost-center-dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Code/), 'LAB');
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Lab');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(within(dialog).getByLabelText(/^Name/)).toHaveAccessibleDescription('A cost center needs a name.'));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByText(/Cost center LAB exists already\. Choose another code/)).toBeInTheDocument();
  });

  it('edits with the revision it read, and explains a stale edit (409)', async () => {
    const { requests } = mockFetch({
      'GET /api/cost-centers': list([lab]),
      'PUT /api/cost-centers/LAB': { status: 409, body: { title: 'Conflict', status: 409, detail: 'The cost center was changed.' } },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit LAB' }));
    const dialog = screen.getByTestId('cost-center-dialog');
    expect(within(dialog).getByLabelText(/^Code/)).toHaveAttribute('readonly');
    await userEvent.clear(within(dialog).getByLabelText(/^Name/));
    await userEvent.type(within(dialog).getByLabelText(/^Name/), 'Central laboratory');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText(/Someone changed LAB since you opened it/)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PUT')?.body).toMatchObject({ name: 'Central laboratory', revision: 4 });
  });

  it('deletes after confirmation and says why the server refused (409 while mapped)', async () => {
    const { requests } = mockFetch({
      'GET /api/cost-centers': list([lab]),
      'DELETE /api/cost-centers/LAB': { status: 409, body: { title: 'Conflict', status: 409, detail: 'Cost center LAB is still mapped from 1 source value(s); delete or remap them first.' } },
    });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Delete LAB' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText(/LAB was not deleted: .*still mapped from 1 source value/)).toBeInTheDocument();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(true);
  });
});

describe('CostCentersPage, mappings', () => {
  const mapping: CostCenterMapping = { kind: 'hospitalService', sourceCode: 'SUR', costCenterCode: 'SURG', revision: 2 };

  it('lists mappings on its tab, filters by kind, and repoints one with the picker', async () => {
    const { requests } = mockFetch({
      'GET /api/cost-center-mappings': { body: { items: [mapping], totalCount: 1 } },
      'GET /api/cost-centers': list([lab]),
      'PUT /api/cost-center-mappings/hospitalService/SUR': { body: { ...mapping, costCenterCode: 'LAB', revision: 3 } },
    });
    renderPage();
    await userEvent.click(screen.getByRole('tab', { name: 'Mappings' }));

    const row = await screen.findByTestId('mapping-hospitalService-SUR');
    expect(row).toHaveTextContent('Hospital service');
    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'Location');
    await waitFor(() => expect(requests.at(-1)?.url).toContain('kind=location'));

    await userEvent.click(within(row).getByRole('button', { name: 'Repoint Hospital service SUR' }));
    const dialog = screen.getByTestId('mapping-dialog');
    const picker = within(dialog).getByRole('combobox', { name: 'Cost center' });
    await userEvent.clear(picker);
    await userEvent.type(picker, 'la');
    await userEvent.click(await within(dialog).findByRole('option', { name: /LAB/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(requests.find((r) => r.method === 'PUT')?.body).toEqual({ costCenterCode: 'LAB', revision: 2 }));
  });

  it('says a new mapping needs a source code and a cost center, and shows a 409 for a value mapped already', async () => {
    mockFetch({
      'GET /api/cost-center-mappings': { body: { items: [mapping], totalCount: 1 } },
      'POST /api/cost-center-mappings': { status: 409, body: { title: 'Conflict', status: 409, detail: 'Hospital service SUR is mapped already.' } },
    });
    renderPage('/cost-centers?tab=mappings');
    await userEvent.click(await screen.findByRole('button', { name: 'New mapping' }));
    const dialog = screen.getByTestId('mapping-dialog');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(within(dialog).getByLabelText('Source code')).toHaveAccessibleDescription('Enter the clinical code.');
    expect(within(dialog).getByRole('combobox', { name: 'Cost center' })).toHaveAccessibleDescription('Choose a cost center.');

    await userEvent.selectOptions(within(dialog).getByLabelText('Kind'), 'hospitalService');
    await userEvent.type(within(dialog).getByLabelText('Source code'), 'SUR');
    await userEvent.type(within(dialog).getByRole('combobox', { name: 'Cost center' }), 'SURG');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create' }));

    expect(await within(dialog).findByText(/mapped already\. Edit the existing mapping instead/)).toBeInTheDocument();
  });
});
