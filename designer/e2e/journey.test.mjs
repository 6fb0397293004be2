// The analyst's journey in a real browser against a running server (HEALTHFLOWS_URL, HEALTHFLOWS_API_KEY).
// `npm run e2e` starts a server itself when HEALTHFLOWS_URL is not set (e2e/run.mjs).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { apiKey, axeViolations, baseUrl, centerOf, countSettled, dragByMouse, launch, openPage, screenshot, signIn } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;

describe('the analyst journey', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('refuses a wrong API key and accepts the right one', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page, 'not-a-key');
    await page.getByText('This API key is not accepted').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '01-sign-in-refused');

    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '02-workflow-list');
    // Works at 1280 px: a sample whose description holds a whole HL7 message does not widen the list.
    await page.getByLabel('Search workflows').fill('ADT intake');
    await page.getByRole('table', { name: 'Workflows' }).getByRole('link', { name: 'ADT intake' }).waitFor();
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the workflow list fits 1280 px');
    assert.deepEqual(problems.filter((p) => !p.includes('401')), []);
  });

  it('builds a workflow by drag and drop, publishes it, runs it and shows the path taken', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page);
    const name = `E2E journey ${Date.now()}`;
    await page.getByRole('button', { name: 'New workflow' }).click();
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('node-start').waitFor();

    // Palette to canvas is HTML5 drag and drop.
    const canvas = page.getByTestId('canvas');
    await page.getByTestId('palette-Log').dragTo(canvas, { targetPosition: { x: 420, y: 180 } });
    await page.getByTestId('palette-Finish').dragTo(canvas, { targetPosition: { x: 420, y: 420 } });
    await page.locator('.react-flow__node[data-id="log"]').waitFor();
    await page.locator('.react-flow__node[data-id="finish"]').waitFor();

    // Edges are drawn with pointer events, outcome handle to input handle.
    const handle = (node, id) => page.locator(`.react-flow__node[data-id="${node}"] .react-flow__handle[data-handleid="${id}"]`);
    await dragByMouse(page, await centerOf(handle('start', 'Done')), await centerOf(handle('log', 'in')));
    await dragByMouse(page, await centerOf(handle('log', 'Done')), await centerOf(handle('finish', 'in')));
    await page.locator('.react-flow__edge').nth(1).waitFor();
    assert.equal(await page.locator('.react-flow__edge').count(), 2);

    await page.locator('.react-flow__node[data-id="log"]').click();
    await page.getByTestId('input-message').getByRole('textbox').fill('Hello from the journey');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByText('No problems found.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '03-editor-built');

    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('Version note').fill('First version, from the journey');
    await page.getByTestId('publish-dialog').getByRole('button', { name: 'Publish' }).click();
    await page.getByText('v1 published').waitFor();

    await page.getByRole('button', { name: 'Test run' }).click();
    await page.getByLabel('Input (JSON)').fill('{"amount": 1}');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByText('The path taken is highlighted on the canvas.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '04-test-run');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.react-flow__edge.edge--path').count(), 2);
    assert.equal(await page.locator('.flow-node.is-run-completed').count(), 3);

    await page.locator('.run-banner a').click();
    await page.getByRole('heading', { name: 'Journal' }).waitFor();
    await page.locator('.diagram .react-flow__node').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, '05-instance');
    assert.deepEqual(problems, []);
  });

  it('does everything from the keyboard: insert, connect, delete, undo', async () => {
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('button', { name: 'New workflow' }).click();
    await page.getByLabel('Name').fill(`E2E keyboard ${Date.now()}`);
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('node-start').waitFor();

    await page.locator('.react-flow__node[data-id="start"]').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('palette-Log').press('Enter');
    await page.getByTestId('palette-Finish').press('Enter');
    assert.equal(await countSettled(page, '.react-flow__edge', 2), 2);

    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByLabel('Connect Log Failed to').selectOption({ label: 'Finish' });
    await page.getByTestId('outline-log').getByRole('button', { name: 'Connect', exact: true }).nth(1).press('Enter');
    assert.equal(await countSettled(page, '.react-flow__edge', 3), 3);

    await page.locator('.react-flow__node[data-id="finish"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    assert.equal(await countSettled(page, '.react-flow__node', 2), 2);
    await page.keyboard.press('Control+z');
    assert.equal(await countSettled(page, '.react-flow__node', 3), 3);
    assert.equal(await countSettled(page, '.react-flow__edge', 3), 3);
    await screenshot(page, '06-keyboard');
    assert.deepEqual(problems, []);
  });
});
