// The cost-center master-data page in a real browser: create a cost center, import a CSV with a bad row.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api } from './support/api.mjs';
import { apiKey, axeViolations, baseUrl, launch, openPage, screenshot, signIn } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;
const unique = Date.now().toString(36).toUpperCase();

async function openCostCenters(browser, colorScheme = 'light') {
  const opened = await openPage(browser, { colorScheme });
  await signIn(opened.page);
  await opened.page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
  await opened.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cost centers' }).click();
  await opened.page.getByRole('table', { name: 'Cost centers' }).waitFor();
  return opened;
}

describe('cost-center master data', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('creates a cost center, after the form explains what is missing', async () => {
    const { page, problems } = await openCostCenters(browser);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '10-cost-centers');

    await page.getByRole('button', { name: 'New cost center' }).click();
    const dialog = page.getByTestId('cost-center-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Enter a code.').waitFor();
    await dialog.getByLabel('Code').fill(`onc${unique}`);
    await dialog.getByLabel('Name').fill('Oncology, day clinic');
    await dialog.getByLabel('First day').fill('2026-01-01');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '11-cost-center-new');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByLabel('Search code or name').fill(unique);
    await page.getByTestId(`cost-center-ONC${unique}`).getByText('Oncology, day clinic').waitFor();
    const stored = await api('GET', `/api/cost-centers/ONC${unique}`);
    assert.equal(stored.effectiveFrom, '2026-01-01');

    // The same code again is refused by the server (409), and the form says so.
    await page.getByRole('button', { name: 'New cost center' }).click();
    await dialog.getByLabel('Code').fill(`ONC${unique}`);
    await dialog.getByLabel('Name').fill('Twin');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByRole('alert').getByText(/exists already/).waitFor();
    assert.deepEqual(problems.filter((p) => !p.includes('409')), []);
  });

  it('imports nothing from a CSV with a bad row and shows that row’s error', async () => {
    const { page, problems } = await openCostCenters(browser, 'dark');
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByTestId('csv-import-dialog');
    await dialog.getByLabel('Or paste the rows').fill(`code,name,active\nGOOD${unique},Good row,true\nBAD${unique},Bad row,maybe\n`);
    await dialog.getByRole('button', { name: 'Import' }).click();

    const rows = dialog.getByRole('list', { name: 'Rows with errors' });
    await rows.getByText(/Row 3, active: 'maybe' is not true or false/).waitFor();
    await dialog.getByText(/nothing was imported/).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '12-cost-center-import-errors-dark');
    const missing = await fetch(`${baseUrl}/api/cost-centers/GOOD${unique}`, { headers: { 'X-Api-Key': apiKey } });
    assert.equal(missing.status, 404, 'the good row of a refused file is not imported either');

    // Fixed, the same file goes in.
    await dialog.getByLabel('Or paste the rows').fill(`code,name,active\nGOOD${unique},Good row,true\n`);
    await dialog.getByRole('button', { name: 'Import' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Imported: 1 new, 0 updated, 0 unchanged.').waitFor();
    assert.deepEqual(problems.filter((p) => !p.includes('422')), []);
  });

  it('shows the mappings and repoints one with the cost-center picker', async () => {
    const sourceCode = `WARD${unique}`;
    await api('POST', '/api/cost-center-mappings', { kind: 'location', sourceCode, costCenterCode: 'MED' });
    const { page, problems } = await openCostCenters(browser);
    await page.getByRole('tab', { name: 'Mappings' }).click();
    await page.getByLabel('Search source code').fill(sourceCode);
    const row = page.getByTestId(`mapping-location-${sourceCode}`);
    await row.waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await row.getByRole('button', { name: `Repoint Location ${sourceCode}` }).click();
    const picker = page.getByTestId('mapping-dialog').getByRole('combobox', { name: 'Cost center' });
    await picker.fill('card');
    await page.getByRole('option', { name: /CAR Cardiology/ }).click();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '13-mapping-picker');
    await page.getByTestId('mapping-dialog').getByRole('button', { name: 'Save' }).click();
    await row.getByText('CAR', { exact: true }).waitFor();
    assert.equal((await api('GET', `/api/cost-center-mappings/location/${sourceCode}`)).costCenterCode, 'CAR');
    assert.deepEqual(problems, []);
  });
});
