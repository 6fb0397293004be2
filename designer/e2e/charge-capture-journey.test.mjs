// The analyst's whole journey with the charge-capture flow, in a real browser against the real server and its ERP
// sandbox: the first Admin (as tools/run.sh prints it) signs in with a user name and password and creates an analyst, who
// signs in, builds the flow by drag and drop, configures it, publishes it (after a route clash), test-runs it with a
// pasted HL7 message, signs out and in again, calls it over HTTP, inspects, retries a fault and replays a dead letter.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api, poll } from './support/api.mjs';
import { adminUser, apiKey, axeViolations, baseUrl, centerOf, dragByMouse, launch, openPage, screenshot, signInAsUser } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;

const stamp = Date.now();
const path = `journey/charges-${stamp}`;

/** A DFT^P03 with one FT1 charge of the given department, as a billing system sends it (segments end in CR). */
const dft = (controlId, department = 'LAB') =>
  [
    `MSH|^~\\&|BILLING|HOSP|ERP|FINANCE|20261125080000||DFT^P03|${controlId}|P|2.5`,
    'EVN|P03|20261125080000',
    'PID|1||100004^^^HOSP^MR||DOE^JOHN',
    'PV1|1|O|LAB^1^1^HOSP|||||||LAB|||||||||V-0001^^^HOSP^VN|BC',
    `FT1|1|TX0||20261125073000|20261125|CG|80053^Metabolic panel^CPT|Metabolic panel||2|91.00&USD|45.50&USD|${department}^Department`,
  ].join('\r') + '\r';

/** Posts a message to the published endpoint, as the billing system would. */
const send = (message, key) =>
  fetch(`${baseUrl}/workflows/${path}`, { method: 'POST', headers: { 'X-Api-Key': key, 'Content-Type': 'x-application/hl7-v2+er7' }, body: message });

// The charge-capture sample's activities (workflows/charge-capture.json), one node of each, laid out on a 4 x 3 grid.
const palette = [
  ['HttpEndpoint', 'httpEndpoint'],
  ['ParseAdt', 'parseAdt'],
  ['If', 'if'],
  ['ForEach', 'forEach'],
  ['ValidateCostCenter', 'validateCostCenter'],
  ['SetVariable', 'setVariable'],
  ['PostErpInvoice', 'postErpInvoice'],
  ['CreateHl7Ack', 'createHl7Ack'],
  ['HttpResponse', 'httpResponse'],
  ['Finish', 'finish'],
  ['QueueRetry', 'queueRetry'],
  ['Fail', 'fail'],
];

const connections = [
  ['httpEndpoint', 'Done', 'parseAdt'],
  ['parseAdt', 'Parsed', 'if'],
  ['parseAdt', 'Invalid', 'fail'],
  ['if', 'True', 'forEach'],
  ['if', 'False', 'fail'],
  ['forEach', 'Iterate', 'validateCostCenter'],
  ['validateCostCenter', 'Valid', 'setVariable'],
  ['validateCostCenter', 'Invalid', 'fail'],
  ['validateCostCenter', 'Unknown', 'fail'],
  ['forEach', 'Done', 'postErpInvoice'],
  ['postErpInvoice', 'Posted', 'createHl7Ack'],
  ['postErpInvoice', 'Rejected', 'fail'],
  ['postErpInvoice', 'Unavailable', 'queueRetry'],
  ['queueRetry', 'Retry', 'postErpInvoice'],
  ['queueRetry', 'DeadLettered', 'fail'],
  ['createHl7Ack', 'Created', 'httpResponse'],
  ['httpResponse', 'Done', 'finish'],
];

// What the analyst types into each node: expressions go into Monaco, values into the value editors.
const expressions = {
  parseAdt: { message: 'outputs.httpEndpoint.rawBody' },
  if: { condition: "outputs.parseAdt.messageType.startsWith('DFT') && outputs.parseAdt.adt.charges.length > 0" },
  forEach: { items: 'outputs.parseAdt.adt.charges' },
  validateCostCenter: { department: 'outputs.forEach.currentItem.department', date: '(outputs.forEach.currentItem.transactionDate || "").slice(0, 10)' },
  setVariable: {
    value:
      '[...variables.lines, { description: outputs.forEach.currentItem.description, itemNumber: outputs.forEach.currentItem.code, quantity: outputs.forEach.currentItem.quantity, unitPrice: outputs.forEach.currentItem.unitAmount, costCenter: outputs.validateCostCenter.costCenter }]',
  },
  postErpInvoice: { lines: 'variables.lines' },
  createHl7Ack: { message: 'outputs.httpEndpoint.rawBody', text: "'Posted as ' + outputs.postErpInvoice.documentNumber" },
  httpResponse: { body: 'outputs.createHl7Ack.ack' },
  finish: { output: "({ status: 'posted', controlId: outputs.parseAdt.controlId, documentNumber: outputs.postErpInvoice.documentNumber })" },
  queueRetry: { error: 'outputs.postErpInvoice.error', payload: '({ controlId: outputs.parseAdt.controlId })' },
  fail: {
    message:
      "'Charge message ' + outputs.parseAdt.controlId + ' needs a person: ' + ((outputs.validateCostCenter && outputs.validateCostCenter.reason) || (outputs.postErpInvoice && outputs.postErpInvoice.error) || 'it is not a charge message')",
  },
};

async function setExpression(page, nodeInput, text) {
  const field = page.getByTestId(`input-${nodeInput}`);
  const toggle = field.getByRole('button', { name: 'Expression', exact: true });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const editor = field.locator('.monaco-editor .view-lines');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  // Inserted as one piece of text, as a paste is: Monaco closes no brackets or quotes behind it.
  await page.keyboard.insertText(text);
  // Leaving the editor ends the edit (one undo step); what it holds is checked in the saved draft.
  await page.keyboard.press('Tab');
}

// The analyst: the roles of someone who builds, publishes and operates (no Admin).
const analyst = { userName: `journey-analyst-${stamp}`, password: `journey password ${stamp}`, roles: ['Analyst', 'Publisher', 'Operator'] };

/** Signs in through the form with a user name and password and waits for the workflow list. */
async function signInThroughForm(page, { userName, password }) {
  await signInAsUser(page, userName, password);
  await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
  await page.getByTestId('signed-in-as').getByText(userName).waitFor();
}

describe('the charge-capture journey', { skip }, () => {
  let browser;
  let analystKey;
  before(async () => {
    browser = await launch();
    // The billing system's key, for calling the published endpoint over HTTP (as the hospital's billing system would).
    analystKey = (await api('POST', '/api/api-keys', { name: `Journey billing ${stamp}`, roles: ['Analyst', 'Publisher', 'Operator'] })).key;
  });
  after(async () => {
    await fetch(`${baseUrl}/sandbox/erp/faults`, { method: 'DELETE' });
    await browser?.close();
  });

  it('builds, publishes, runs, inspects and repairs the charge-capture flow without JSON or curl', async () => {
    const { page, problems } = await openPage(browser);
    const checked = async (name) => {
      assert.deepEqual(await axeViolations(page), [], `axe on ${name}`);
      await screenshot(page, `journey-${name}`);
    };

    // A clean start: the first Admin signs in with the user name and password tools/run.sh printed, creates the analyst
    // on the admin page and signs out. Against a server started elsewhere (no admin password given) the analyst is made
    // through the API instead.
    if (adminUser.password) {
      await signInThroughForm(page, adminUser);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
      await page.getByRole('button', { name: 'New user' }).click();
      const newUser = page.getByTestId('create-user-dialog');
      await newUser.getByLabel('User name').fill(analyst.userName);
      await newUser.getByLabel('Password').fill(analyst.password);
      for (const role of analyst.roles) await newUser.getByLabel(role, { exact: true }).check();
      await newUser.getByRole('button', { name: 'Create user' }).click();
      await newUser.waitFor({ state: 'detached' });
      await page.getByTestId(`user-${analyst.userName}`).waitFor();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('heading', { name: 'Sign in to the designer' }).waitFor();
    } else {
      await api('POST', '/api/users', analyst);
    }

    // The analyst signs in with a user name and password and creates the workflow.
    await signInThroughForm(page, analyst);
    await checked('01-workflow-list');
    await page.getByRole('button', { name: 'New workflow' }).click();
    await page.getByLabel('Name').fill(`Charge capture, built in the browser ${stamp}`);
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByTestId('node-start').waitFor();

    // The flow starts with an HTTP Endpoint, not Start.
    await page.locator('.react-flow__node[data-id="start"]').click();
    await page.keyboard.press('Delete');
    await page.locator('.react-flow__node[data-id="start"]').waitFor({ state: 'detached' });
    for (let i = 0; i < 4; i++) await page.locator('.react-flow__controls-zoomout').click();

    // Palette to canvas is HTML5 drag and drop.
    const canvas = page.getByTestId('canvas');
    for (const [index, [type, id]] of palette.entries()) {
      await page.getByTestId(`palette-${type}`).dragTo(canvas, { targetPosition: { x: 100 + (index % 4) * 140, y: 60 + Math.floor(index / 4) * 145 } });
      await page.locator(`.react-flow__node[data-id="${id}"]`).waitFor();
    }

    // Outcomes are connected with pointer events: down on the outcome handle, several moves, up on the input handle.
    const handle = (node, id) => page.locator(`.react-flow__node[data-id="${node}"] .react-flow__handle[data-handleid="${id}"]`);
    for (const [index, [source, outcome, target]] of connections.entries()) {
      const drawn = async () => (await page.locator('.react-flow__edge').count()) === index + 1;
      await dragByMouse(page, await centerOf(handle(source, outcome)), await centerOf(handle(target, 'in')));
      // A connection drawn toward the canvas's border may pan it under the pointer; the analyst would simply try again.
      if (!(await poll(drawn, 2_000, '').catch(() => false))) await dragByMouse(page, await centerOf(handle(source, outcome)), await centerOf(handle(target, 'in')), 24);
      await poll(drawn, 3_000, `the connection ${source} ${outcome} → ${target}`).catch(async (error) => {
        await screenshot(page, 'journey-failed-connection');
        throw error;
      });
    }

    // The workflow panel: the invoice lines variable, and the trigger's settings with their own editors.
    await page.locator('.react-flow__pane').click({ position: { x: 640, y: 8 } });
    const settings = page.getByTestId('trigger-settings');
    await settings.getByRole('heading', { name: 'Trigger: HTTP Endpoint' }).waitFor();
    await page.getByRole('region', { name: 'Variables' }).getByRole('button', { name: 'Add' }).click();
    const variable = page.getByRole('region', { name: 'Variables' });
    await variable.getByLabel('Name').fill('lines');
    await variable.getByLabel('Type').selectOption('array');
    await variable.getByLabel('Default').fill('[]');
    // First the sample's own path: publishing will find it taken.
    await page.getByTestId('input-path').getByRole('textbox').fill('charge-capture');
    const media = page.getByTestId('input-contentTypes');
    await media.getByRole('checkbox', { name: 'HL7 v2' }).check();
    await media.getByRole('checkbox', { name: 'JSON', exact: true }).uncheck();
    await settings.getByTestId('trigger-reach').getByText('POST /workflows/charge-capture').waitFor();
    await checked('02-trigger-settings');

    // Each node's inputs in the property panel.
    for (const [nodeId, inputs] of Object.entries(expressions)) {
      await page.locator(`.react-flow__node[data-id="${nodeId}"]`).click();
      const shownId = page.getByTestId('node-properties').getByLabel('Node id');
      await poll(async () => (await shownId.inputValue().catch(() => '')) === nodeId, 5_000, `the properties of ${nodeId}`);
      for (const [name, text] of Object.entries(inputs)) await setExpression(page, name, text);
      if (nodeId === 'parseAdt') await page.getByTestId('input-allowedEventTypes').getByRole('textbox').fill('["P03", "P11"]');
      if (nodeId === 'setVariable') await page.getByTestId('input-variable').getByRole('combobox').selectOption('lines');
      if (nodeId === 'postErpInvoice') await page.getByTestId('input-customerNumber').getByRole('textbox').fill('BCBS');
      if (nodeId === 'httpResponse') await page.getByTestId('input-contentType').getByRole('textbox').fill('x-application/hl7-v2+er7; charset=utf-8');
      if (nodeId === 'queueRetry') await page.getByTestId('input-schedule').getByRole('textbox').fill('[1]');
      if (nodeId === 'postErpInvoice') await checked('03-node-properties');
    }

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByText('No problems found.').waitFor();
    const definitionId = new URL(page.url()).pathname.split('/').pop();
    const draft = await api('GET', `/api/workflow-definitions/${definitionId}`);
    const saved = Object.fromEntries(draft.nodes.map((n) => [n.id, n]));
    for (const [nodeId, inputs] of Object.entries(expressions)) {
      for (const [name, text] of Object.entries(inputs)) assert.deepEqual(saved[nodeId].inputs[name], { mode: 'expression', value: text, ...(saved[nodeId].inputs[name].script ? { script: saved[nodeId].inputs[name].script } : {}) }, `${nodeId}.${name}`);
    }
    assert.equal(draft.connections.length, connections.length);
    assert.deepEqual(saved.httpEndpoint.inputs.contentTypes, { mode: 'literal', value: ['x-application/hl7-v2+er7'] });
    await page.getByRole('button', { name: 'Zoom to fit' }).click();
    await checked('04-editor-built');

    // Test run of the draft with a pasted HL7 message, previewed by the server first.
    await page.getByRole('button', { name: 'Test run' }).click();
    const dialog = page.getByTestId('test-run-dialog');
    await dialog.getByRole('radio', { name: 'HL7 v2' }).check();
    await dialog.getByLabel('HL7 v2 message').fill(dft(`JRN-TEST-${stamp}`).replace(/\r/g, '\n'));
    await dialog.getByTestId('hl7-preview').getByText('DFT^P03').waitFor();
    await dialog.getByTestId('hl7-preview').getByText(`JRN-TEST-${stamp}`).waitFor();
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();
    await dialog.getByText('The path taken is highlighted on the canvas.').waitFor();
    await dialog.locator('.badge', { hasText: 'Completed' }).waitFor();
    await dialog.locator('pre', { hasText: /"documentNumber": "PS-INV\d+"/ }).first().waitFor();
    await checked('05-test-run-hl7');
    await page.keyboard.press('Escape');
    // The posted path: endpoint, parse, if, for each, validate, add line, post, ACK, answer, finish.
    assert.equal(await page.locator('.flow-node.is-run-completed').count(), 10);

    // Publishing on a path another workflow serves is refused, and the trigger section says why.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('Version note').fill('Charge capture built in the designer');
    const publish = page.getByTestId('publish-dialog');
    await publish.getByRole('button', { name: 'Publish' }).click();
    await publish.getByText(/Route taken/).waitFor();
    await checked('06-publish-route-clash');
    await publish.getByRole('button', { name: 'Change the trigger settings' }).click();
    await page.getByTestId('trigger-publish-refusal').getByText(/already served by published workflow 'charge-capture'/).waitFor();
    await checked('07-trigger-route-clash');
    await page.getByTestId('input-path').getByRole('textbox').fill(path);
    await page.getByTestId('trigger-publish-refusal').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('All changes saved').waitFor();
    await page.getByText('No problems found.').waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByLabel('Version note').fill('Charge capture built in the designer');
    await checked('08-publish');
    await publish.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('v1 published').waitFor();
    await settings.getByText('Reachable at', { exact: true }).waitFor();
    await settings.getByTestId('trigger-reach').getByText(`POST /workflows/${path}`).waitFor();

    // Signing out ends the session: the workflow's link asks to sign in, and signing in again opens it.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the designer' }).waitFor();
    await page.goto(`${baseUrl}/workflows/${definitionId}`);
    await page.getByRole('heading', { name: 'Sign in to the designer' }).waitFor();
    await page.getByRole('tab', { name: 'User name' }).click();
    await page.getByLabel('User name').fill(analyst.userName);
    await page.getByLabel('Password').fill(analyst.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await settings.getByTestId('trigger-reach').getByText(`POST /workflows/${path}`).waitFor();
    await page.getByTestId('signed-in-as').getByText(analyst.userName).waitFor();

    // The billing system sends a charge: the ERP invoice is posted and the ACK is AA.
    const posted = await send(dft(`JRN-${stamp}`), analystKey);
    const ack = await posted.text();
    assert.equal(posted.status, 200, ack);
    assert.match(ack, new RegExp(`MSA\\|AA\\|JRN-${stamp}\\|Posted as PS-INV\\d+`));
    const postedId = posted.headers.get('x-workflow-instance-id');

    await page.getByRole('link', { name: 'Instances', exact: true }).first().click();
    await page.getByRole('link', { name: postedId.slice(0, 12) }).click();
    await page.getByRole('heading', { name: 'Journal' }).waitFor();
    await page.locator('.diagram .flow-node.is-run-completed').nth(9).waitFor();
    assert.equal(await page.locator('.diagram .flow-node.is-run-faulted').count(), 0);
    const journal = page.getByRole('list', { name: 'Journal' });
    const postStep = journal.locator('li', { hasText: 'postErpInvoice' });
    await postStep.getByText('→ Posted').waitFor();
    await postStep.getByText('Inputs and outputs').click();
    await postStep.getByText(/"documentNumber": "PS-INV\d+"/).waitFor();
    await postStep.getByText('"costCenter": "').first().waitFor();
    await page.locator('h1').first().scrollIntoViewIfNeeded();
    await checked('09-instance-posted');

    // A fault: a charge from a department no cost center is mapped from. The instance page shows the incident and retries.
    const refused = await send(dft(`JRN-ONCO-${stamp}`, 'NOWHERE'), analystKey);
    assert.equal(refused.status, 500, 'a faulted sync run answers 500 with its instance');
    const faultedId = (await refused.json()).instanceId;
    await page.goto(`${baseUrl}/instances/${faultedId}`);
    const incidents = page.getByRole('region', { name: 'Incidents' });
    await incidents.getByText(/No cost center is mapped from department 'NOWHERE'/).waitFor();
    await page.locator('.diagram .flow-node.is-run-faulted').waitFor();
    await checked('10-instance-faulted');
    const retried = page.waitForResponse((r) => r.url().endsWith(`/api/workflow-instances/${faultedId}/retry`));
    await page.getByRole('button', { name: 'Retry' }).click();
    assert.ok((await retried).ok());
    await page.getByText(/runs again from its faulted node/).waitFor();
    // The message itself names a department without a cost center: the incident is raised again, as it should be.
    await poll(async () => (await api('GET', `/api/workflow-instances/${faultedId}`)).incidents?.length === 2, 10_000, 'the retried step to raise its incident again');

    // The ERP down past the Queue Retry's one retry: the work is dead-lettered, then replayed from its page once the ERP is back.
    const down = await fetch(`${baseUrl}/sandbox/erp/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ unavailableForSeconds: 600 }) });
    assert.ok(down.ok);
    const queued = await send(dft(`JRN-DOWN-${stamp}`), analystKey);
    assert.equal(queued.status, 202, 'the run waits on its Queue Retry');
    const queuedId = queued.headers.get('x-workflow-instance-id');
    const letter = await poll(async () => (await api('GET', `/api/dead-letters?status=pending`)).items.find((l) => l.instanceId === queuedId), 30_000, 'the posting to dead-letter');
    await fetch(`${baseUrl}/sandbox/erp/faults`, { method: 'DELETE' });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dead letters' }).click();
    const row = page.getByTestId(`dead-letter-${letter.id}`);
    await row.waitFor();
    await checked('11-dead-letters');
    await row.getByRole('link', { name: letter.id }).click();
    await page.getByRole('list', { name: 'Failed attempts' }).getByText('Attempt 2').waitFor();
    await checked('12-dead-letter');
    await page.getByRole('button', { name: 'Replay' }).click();
    const replayed = page.waitForResponse((r) => r.url().endsWith(`/api/dead-letters/${letter.id}/replay`));
    await page.getByRole('alertdialog', { name: 'Replay this dead letter?' }).getByRole('button', { name: 'Replay' }).click();
    assert.ok((await replayed).ok());
    await page.getByText('Replayed: the failed step runs again.').waitFor();
    const done = await poll(async () => {
      const instance = await api('GET', `/api/workflow-instances/${queuedId}`);
      return instance.subStatus?.toLowerCase() === 'completed' ? instance : null;
    }, 15_000, 'the replayed instance to post and finish');
    assert.match(done.output.documentNumber, /^PS-INV\d+$/);

    // The posted run's path on the published version, in the dark theme.
    const dark = await openPage(browser, { colorScheme: 'dark' });
    await signInThroughForm(dark.page, analyst);
    await dark.page.goto(`${baseUrl}/workflows/${definitionId}?instance=${postedId}`);
    await dark.page.locator('.react-flow__edge.edge--path').nth(8).waitFor();
    assert.deepEqual(await axeViolations(dark.page), [], 'axe on the dark editor with a path');
    await screenshot(dark.page, 'journey-13-editor-dark-path');
    assert.deepEqual(dark.problems, []);

    assert.deepEqual(
      problems.filter((p) => !/status of 422|status of 500/.test(p)),
      [],
      'no console error or 5xx but the expected route clash and the faulted run',
    );
  });
});
