// The dead-letter queue in a real browser: a Queue Retry with a 1 s schedule gives up, and the page replays the work.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, poll } from './support/api.mjs';
import { apiKey, axeViolations, baseUrl, launch, openPage, screenshot, signIn } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;

/** Start → post (always fails) –Failed→ Queue Retry (one retry after 1 s) –Retry→ post; the second failure dead-letters. */
async function publishFailingPosting() {
  const definitionId = `e2e-dead-letter-${Date.now()}`;
  await api('POST', '/api/workflow-definitions', {
    schemaVersion: 1,
    definitionId,
    name: 'E2E dead letter',
    nodes: [
      { id: 'start', type: 'Start', position: { x: 0, y: 0 } },
      { id: 'post', type: 'Log', position: { x: 280, y: 0 }, inputs: { message: { mode: 'expression', value: "(() => { throw new Error('ERP answered 503') })()" } } },
      {
        id: 'retry',
        type: 'QueueRetry',
        position: { x: 560, y: 0 },
        inputs: {
          schedule: { mode: 'literal', value: [1] },
          error: { mode: 'expression', value: "({ status: 503, message: 'ERP unavailable' })" },
          payload: { mode: 'expression', value: 'input' },
        },
      },
    ],
    connections: [
      { source: 'start', outcome: 'Done', target: 'post' },
      { source: 'post', outcome: 'Failed', target: 'retry' },
      { source: 'retry', outcome: 'Retry', target: 'post' },
    ],
  });
  await api('POST', `/api/workflow-definitions/${definitionId}/publish`, { note: 'e2e' });
  return definitionId;
}

describe('dead letters', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('lists a dead letter, shows its attempts and payload, and replays it', async () => {
    const definitionId = await publishFailingPosting();
    const run = await api('POST', `/api/workflow-definitions/${definitionId}/execute?wait=true`, { invoice: 'INV-E2E-7' });
    // The server runs on the real clock: the retry falls due after 1 s, fails again and dead-letters.
    const letter = await poll(
      async () => (await api('GET', `/api/dead-letters?definitionId=${definitionId}&status=pending`)).items[0],
      30_000,
      'the Queue Retry to dead-letter',
    );
    assert.equal(letter.instanceId, run.instanceId);

    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dead letters' }).click();
    await page.getByLabel('Workflow id').fill(definitionId);
    const row = page.getByTestId(`dead-letter-${letter.id}`);
    await row.getByText('ERP unavailable').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '14-dead-letters');

    await row.getByRole('link', { name: letter.id }).click();
    const attempts = page.getByRole('list', { name: 'Failed attempts' });
    await attempts.getByText('Attempt 2').waitFor();
    await page.getByText(/Show the payload/).click();
    await page.getByTestId('dead-letter-payload').getByText('INV-E2E-7').waitFor();
    assert.equal(await page.getByRole('link', { name: run.instanceId }).getAttribute('href'), `/instances/${run.instanceId}`);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '15-dead-letter');

    await page.getByRole('button', { name: 'Replay' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Replay this dead letter?' });
    assert.deepEqual(await axeViolations(page), []);
    const replayed = page.waitForResponse((r) => r.url().endsWith(`/api/dead-letters/${letter.id}/replay`));
    await confirm.getByRole('button', { name: 'Replay' }).click();
    assert.ok((await replayed).ok());
    await page.getByText('Replayed: the failed step runs again.').waitFor();
    await page.locator('.page__header .badge', { hasText: 'Replayed' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Replay' }).count(), 0, 'a decided dead letter offers no decision');
    assert.equal((await api('GET', `/api/dead-letters/${letter.id}`)).status, 'replayed');
    assert.deepEqual(problems, []);
  });

  it('draws every activity in the palette with its own icon', async () => {
    const definitionId = await publishFailingPosting();
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.goto(`${baseUrl}/workflows/${definitionId}`);
    await page.getByTestId('palette-QueueRetry').waitFor();

    const { items } = await api('GET', '/api/activity-descriptors');
    assert.equal(await page.locator('[data-testid^="palette-"]').count(), items.length);
    assert.equal(await page.locator('svg[data-icon="fallback"]').count(), 0, 'no activity falls back to the plain diamond');
    assert.deepEqual(problems, []);
  });
});
