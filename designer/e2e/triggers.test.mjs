// An HTTP Endpoint workflow in a real browser: the workflow panel shows where it is reachable, and Retract takes it out of service.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api } from './support/api.mjs';
import { apiKey, axeViolations, baseUrl, launch, openPage, screenshot, signIn } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;

describe('HTTP Endpoint trigger settings', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows path, methods and mode in the workflow panel, and retracts the published version', async () => {
    const definitionId = `e2e-endpoint-${Date.now()}`;
    const path = `e2e/charges-${Date.now()}/{mrn}`;
    await api('POST', '/api/workflow-definitions', {
      schemaVersion: 1,
      definitionId,
      name: 'E2E endpoint',
      nodes: [
        {
          id: 'http',
          type: 'HttpEndpoint',
          displayName: 'Charges arrive',
          position: { x: 0, y: 0 },
          inputs: { path: { mode: 'literal', value: path }, methods: { mode: 'literal', value: ['POST', 'PUT'] }, mode: { mode: 'literal', value: 'sync' } },
        },
        { id: 'answer', type: 'HttpResponse', position: { x: 280, y: 0 }, inputs: { statusCode: { mode: 'literal', value: 202 } } },
      ],
      connections: [{ source: 'http', outcome: 'Done', target: 'answer' }],
    });
    await api('POST', `/api/workflow-definitions/${definitionId}/publish`, { note: 'e2e' });
    const served = `${baseUrl}/workflows/${path.replace('{mrn}', 'MRN-1')}`;
    const call = () => fetch(served, { method: 'POST', headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' }, body: '{}' });
    assert.equal((await call()).status, 202);

    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.goto(`${baseUrl}/workflows/${definitionId}`);
    const summary = page.getByTestId('trigger-settings');
    await summary.getByTestId('trigger-reach').getByText(`POST, PUT /workflows/${path}`).waitFor();
    await summary.getByText('Reachable at', { exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '16-trigger-summary');

    await summary.getByRole('button', { name: 'Show the trigger node (Charges arrive)' }).click();
    await page.getByTestId('input-path').waitFor();

    await page.getByRole('button', { name: 'Retract' }).click();
    await page.getByRole('alertdialog', { name: 'Retract version 1?' }).getByRole('button', { name: 'Retract' }).click();
    await page.getByText('Version 1 is out of service.').waitFor();
    await page.getByRole('button', { name: /Retract/ }).waitFor({ state: 'detached' });
    assert.equal((await call()).status, 404, 'a retracted endpoint is no longer served');
    assert.deepEqual(problems, []);
  });
});
