// Timer, Cron and Start At triggers in a real browser: their settings are set in the workflow panel's Trigger section,
// saved, and still there after a reload; a cron expression or time zone the server refuses at publish is shown under
// its own field.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api } from './support/api.mjs';
import { apiKey, axeViolations, baseUrl, launch, openPage, screenshot, signIn } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;
const unique = Date.now().toString(36);

/** A draft whose trigger is `type` with no settings given, followed by Finish. */
async function draftWithTrigger(type) {
  const definitionId = `e2e-timer-${type.toLowerCase()}-${unique}`;
  await api('POST', '/api/workflow-definitions', {
    schemaVersion: 1,
    definitionId,
    name: `E2E ${type} trigger`,
    nodes: [
      { id: 'trigger', type, position: { x: 0, y: 0 } },
      { id: 'finish', type: 'Finish', position: { x: 280, y: 0 } },
    ],
    connections: [{ source: 'trigger', outcome: 'Done', target: 'finish' }],
  });
  return definitionId;
}

/** Opens the workflow with nothing selected, so the workflow panel shows its Trigger section. */
async function openTriggerSection(page, definitionId, triggerName) {
  await page.goto(`${baseUrl}/workflows/${definitionId}`);
  const section = page.getByTestId('trigger-settings');
  await section.getByRole('heading', { name: `Trigger: ${triggerName}` }).waitFor();
  return section;
}

async function saveAndReload(page) {
  // Leaving the last field ends its edit; then the draft is saved.
  await page.keyboard.press('Tab');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByText('All changes saved').waitFor();
  await page.reload();
}

describe('Timer, Cron and Start At trigger settings', { skip }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('keeps a Timer interval through save and reload', async () => {
    const definitionId = await draftWithTrigger('Timer');
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    let section = await openTriggerSection(page, definitionId, 'Timer');
    // The default (one hour) until the analyst gives an interval.
    await section.getByTestId('trigger-reach').getByText('Every 01:00:00').waitFor();
    await section.getByTestId('input-interval').getByRole('textbox', { name: 'Interval' }).fill('PT15M');
    await section.getByTestId('input-misfire').getByRole('combobox', { name: 'Misfire' }).selectOption('skip');
    await section.getByTestId('trigger-reach').getByText('Every PT15M').waitFor();
    await section.getByText('Runs once published', { exact: true }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'trigger-timer');

    await saveAndReload(page);
    section = await openTriggerSection(page, definitionId, 'Timer');
    assert.equal(await section.getByTestId('input-interval').getByRole('textbox', { name: 'Interval' }).inputValue(), 'PT15M');
    assert.equal(await section.getByTestId('input-misfire').getByRole('combobox', { name: 'Misfire' }).inputValue(), 'skip');
    await section.getByTestId('trigger-reach').getByText('Every PT15M').waitFor();
    const saved = await api('GET', `/api/workflow-definitions/${definitionId}`);
    assert.deepEqual(saved.nodes.find((n) => n.id === 'trigger').inputs.interval, { mode: 'literal', value: 'PT15M' });
    assert.deepEqual(problems, []);
  });

  it('reads a cron expression out, shows the server refusing a bad one under its field, and keeps a good one with its time zone', async () => {
    const definitionId = await draftWithTrigger('Cron');
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    let section = await openTriggerSection(page, definitionId, 'Cron');
    const expression = () => section.getByTestId('input-expression');
    const zone = () => section.getByTestId('input-timeZone');

    // An hour past 23 (the designer's reading says so too) and a time zone the server does not know: publishing says
    // so, each under its own field.
    await expression().getByRole('textbox', { name: 'Expression' }).fill('0 25 * * *');
    await expression().getByTestId('cron-reading').getByText(/Hour 25 is out of range/).waitFor();
    await zone().getByRole('textbox', { name: 'Time zone' }).fill('Mars/Olympus_Mons');
    await saveAndReload(page);
    section = await openTriggerSection(page, definitionId, 'Cron');
    await page.getByText('No problems found.').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByLabel('Version note').fill('nightly');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await dialog.getByText(/does not parse/).waitFor();
    await dialog.getByRole('button', { name: 'Change the trigger settings' }).first().click();
    await section.getByTestId('trigger-publish-refusal').waitFor();
    await expression().getByTestId('input-publish-problem').getByText(/Cron expression '0 25 \* \* \*' does not parse/).waitFor();
    await zone().getByTestId('input-publish-problem').getByText(/Time zone 'Mars\/Olympus_Mons' is not known/).waitFor();
    const editor = expression().getByRole('textbox', { name: 'Expression' });
    const described = (await editor.getAttribute('aria-describedby')).split(' ');
    const refusalId = await expression().getByTestId('input-publish-problem').getAttribute('id');
    assert.ok(described.includes(refusalId), 'the field is described by the server refusal');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'trigger-cron-refused');

    // A good expression, read out as it is typed, in a real time zone.
    await editor.fill('30 6 * * MON-FRI');
    await expression().getByTestId('cron-reading').getByText('At 06:30, on Monday to Friday').waitFor();
    await expression().getByTestId('input-publish-problem').waitFor({ state: 'detached' });
    await zone().getByRole('textbox', { name: 'Time zone' }).fill('Europe/Berlin');
    await section.getByTestId('trigger-reach').getByText('Cron 30 6 * * MON-FRI (Europe/Berlin)').waitFor();
    await saveAndReload(page);
    section = await openTriggerSection(page, definitionId, 'Cron');
    assert.equal(await expression().getByRole('textbox', { name: 'Expression' }).inputValue(), '30 6 * * MON-FRI');
    assert.equal(await zone().getByRole('textbox', { name: 'Time zone' }).inputValue(), 'Europe/Berlin');
    await section.getByTestId('trigger-reach').getByText('Cron 30 6 * * MON-FRI (Europe/Berlin)').waitFor();
    await section.getByText('At 06:30, on Monday to Friday').first().waitFor();
    await screenshot(page, 'trigger-cron');

    // Now it publishes.
    await page.getByRole('button', { name: 'Publish' }).click();
    await dialog.getByLabel('Version note').fill('weekday mornings');
    await dialog.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('v1 published').waitFor();
    await section.getByText('Runs', { exact: true }).waitFor();
    // The refused publish's 422 is the console line this test expects.
    assert.deepEqual(problems.filter((p) => !p.includes('422')), []);
  });

  it('keeps a Start At instant through save and reload', async () => {
    const definitionId = await draftWithTrigger('StartAt');
    const { page, problems } = await openPage(browser);
    await signIn(page);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    let section = await openTriggerSection(page, definitionId, 'Start At');
    await section.getByText('At is required.').waitFor();
    await section.getByTestId('input-at').getByRole('textbox', { name: 'At' }).fill('2031-12-01T06:00:00+01:00');
    await section.getByTestId('trigger-reach').getByText('Once, at 2031-12-01T06:00:00+01:00').waitFor();
    await saveAndReload(page);
    section = await openTriggerSection(page, definitionId, 'Start At');
    assert.equal(await section.getByTestId('input-at').getByRole('textbox', { name: 'At' }).inputValue(), '2031-12-01T06:00:00+01:00');
    await section.getByTestId('trigger-reach').getByText('Once, at 2031-12-01T06:00:00+01:00').waitFor();
    assert.equal(await section.getByText('At is required.').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'trigger-start-at');
    assert.deepEqual(problems, []);
  });
});
