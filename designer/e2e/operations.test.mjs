// Operating instances in a real browser: cancel a waiting instance, retry a faulted one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiKey, axeViolations, baseUrl, launch, openPage, screenshot, signIn } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;

async function api(method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'X-Api-Key': apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  assert.ok(response.ok, `${method} ${path} answered ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

/** Arranges a published workflow Start → <activity> and runs it once; answers the instance id. */
async function publishAndRun(activity, inputs) {
  const definitionId = `e2e-ops-${activity.toLowerCase()}-${Date.now()}`;
  await api('POST', '/api/workflow-definitions', {
    schemaVersion: 1,
    definitionId,
    name: `E2E ${activity}`,
    nodes: [
      { id: 'start', type: 'Start', position: { x: 0, y: 0 } },
      { id: 'step', type: activity, position: { x: 280, y: 0 }, inputs },
    ],
    connections: [{ source: 'start', outcome: 'Done', target: 'step' }],
  });
  await api('POST', `/api/workflow-definitions/${definitionId}/publish`, { note: 'e2e' });
  const run = await api('POST', `/api/workflow-definitions/${definitionId}/execute?wait=true`, {});
  return run.instanceId;
}

describe('operating instances', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('cancels a waiting instance after confirmation', async () => {
    const instanceId = await publishAndRun('Delay', { duration: { mode: 'expression', value: '3600' } });
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.goto(`${baseUrl}/instances/${instanceId}`);
    await page.getByRole('heading', { name: 'Journal' }).waitFor();
    await page.locator('.diagram .flow-node.is-run-suspended').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'Cancel instance' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel instance' }).click();
    await page.locator('.badge', { hasText: 'Cancelled' }).waitFor();
    await screenshot(page, '07-instance-cancelled');
    assert.deepEqual(problems, []);
  });

  it('shows the incident of a faulted instance and retries it', async () => {
    const instanceId = await publishAndRun('Fail', { message: { mode: 'literal', value: 'The ERP is down' } });
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.goto(`${baseUrl}/instances`);
    await page.getByLabel('Outcome').selectOption('Faulted');
    await page.getByRole('link', { name: instanceId.slice(0, 12) }).click();
    await page.getByRole('region', { name: 'Incidents' }).getByText('The ERP is down').waitFor();
    await page.locator('.diagram .flow-node.is-run-faulted').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '08-instance-faulted');

    const retried = page.waitForResponse((r) => r.url().endsWith(`/api/workflow-instances/${instanceId}/retry`));
    await page.getByRole('button', { name: 'Retry' }).click();
    assert.ok((await retried).ok());
    await page.getByText(/runs again from its faulted node/).waitFor();
    assert.deepEqual(problems, []);
  });
});
