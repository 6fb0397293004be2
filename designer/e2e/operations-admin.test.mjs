// Sign-in with a user name, the dashboard, PHI reveal, the audit trail and the admin pages, in a real browser.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { api } from './support/api.mjs';
import { apiKey, axeViolations, baseUrl, launch, openPage, screenshot, signIn, signInAsUser } from './support/browser.mjs';

const skip = !baseUrl || !apiKey ? 'HEALTHFLOWS_URL and HEALTHFLOWS_API_KEY are not set' : false;
const unique = Date.now().toString(36);
const admin = { userName: `ops-admin-${unique}`, password: 'a long enough password 1' };
const patientName = `DOE^JANE^${unique.toUpperCase()}`;

/** Publishes Start → <node> and answers its id. */
async function publish(name, node) {
  const definitionId = `e2e-opsadmin-${name}-${unique}`;
  await api('POST', '/api/workflow-definitions', {
    schemaVersion: 1,
    definitionId,
    name: `E2E ${name}`,
    nodes: [{ id: 'start', type: 'Start', position: { x: 0, y: 0 } }, { id: 'step', position: { x: 280, y: 0 }, ...node }],
    connections: [{ source: 'start', outcome: 'Done', target: 'step' }],
  });
  await api('POST', `/api/workflow-definitions/${definitionId}/publish`, { note: 'e2e' });
  return definitionId;
}

const run = async (definitionId, input = {}) => (await api('POST', `/api/workflow-definitions/${definitionId}/execute?wait=true`, input)).instanceId;

describe('operations and administration', { skip }, () => {
  let browser;
  let patientInstance;
  let waitingInstance;

  before(async () => {
    browser = await launch();
    await api('POST', '/api/users', { ...admin, roles: ['Admin'] });
    // Something for every picture: completed, faulted and suspended instances, and a step with a patient's name.
    const finish = await publish('patient', {
      type: 'Finish',
      inputs: { output: { mode: 'expression', value: '({ patient: { name: input.name }, total: 5 })' } },
    });
    const fail = await publish('fail', { type: 'Fail', inputs: { message: { mode: 'literal', value: 'The ERP is down' } } });
    const wait = await publish('wait', { type: 'Delay', inputs: { duration: { mode: 'expression', value: '36000' } } });
    patientInstance = await run(finish, { name: patientName });
    await run(finish, { name: 'ROE^RICHARD' });
    await run(fail);
    waitingInstance = await run(wait);
  });
  after(async () => {
    await browser?.close();
  });

  it('refuses a wrong password with the server sentence, then signs a user in and out', async () => {
    const { page, problems } = await openPage(browser);
    await signInAsUser(page, admin.userName, 'not the password');
    await page.getByRole('alert').getByText(/Sign-in failed/).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'ops-01-sign-in-user-refused');

    await signInAsUser(page, admin.userName, admin.password);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.getByTestId('signed-in-as').getByText(admin.userName).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Audit' }).waitFor();
    await nav.getByRole('link', { name: 'Admin' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the designer' }).waitFor();
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'Sign in to the designer' }).waitFor();
    // The refused sign-in's 401 is the console line this test expects.
    assert.deepEqual(problems.filter((p) => !p.includes('401')), []);
  });

  it('draws the dashboard in both themes and links the oldest suspended instance', async () => {
    // One sign-in for both themes (the theme toggle), keeping the run well under the sign-in rate limit.
    const { page, problems } = await openPage(browser);
    await signInAsUser(page, admin.userName, admin.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch to dark theme' }).click();
      const bars = page.getByRole('img', { name: /Instances per hour by status\. \d+ started/ });
      await bars.waitFor();
      assert.ok((await bars.locator('rect.chart-fill--danger').count()) >= 1, 'a faulted bar segment is drawn');
      await page.getByRole('img', { name: /Failure rate: \d/ }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `ops-02-dashboard-${theme}`);
      // The slowest steps sit below the fold at 1280x800.
      await page.getByRole('img', { name: /Slowest steps by average duration/ }).scrollIntoViewIfNeeded();
      assert.deepEqual(await axeViolations(page), []);
      await screenshot(page, `ops-02-dashboard-steps-${theme}`);
    }

    const dashboard = await api('GET', '/api/dashboard');
    assert.ok(dashboard.suspendedCount >= 1 && dashboard.oldestSuspended, 'the API names a suspended instance');
    await page.getByTestId('oldest-suspended').click();
    await page.waitForURL(`**/instances/${dashboard.oldestSuspended.id}`);
    await page.getByRole('heading', { name: 'Journal' }).waitFor();
    assert.ok(waitingInstance);
    assert.deepEqual(problems, []);
  });

  it('shows a step masked, reveals it for an Admin (audited), and offers no Reveal to a Viewer', async () => {
    const viewerKey = (await api('POST', '/api/api-keys', { name: `e2e-viewer-${unique}`, roles: ['Viewer'] })).key;
    const viewer = await openPage(browser);
    await signIn(viewer.page, viewerKey);
    await viewer.page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await viewer.page.goto(`${baseUrl}/instances/${patientInstance}`);
    const masked = viewer.page.getByTestId('step-payload-2');
    await masked.locator('summary').click();
    await masked.getByText('Patient data is masked').waitFor();
    assert.equal(await masked.getByRole('button', { name: 'Reveal' }).count(), 0);
    assert.ok(!(await masked.textContent()).includes(patientName));
    assert.equal(await viewer.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).count(), 0);
    assert.deepEqual(viewer.problems, []);

    const { page, problems } = await openPage(browser);
    await signInAsUser(page, admin.userName, admin.password);
    await page.getByRole('heading', { name: 'Workflows', exact: true }).waitFor();
    await page.goto(`${baseUrl}/instances/${patientInstance}`);
    const step = page.getByTestId('step-payload-2');
    await step.locator('summary').click();
    await step.getByText('each reveal is audited').waitFor();
    await step.getByRole('button', { name: 'Reveal' }).click();
    await step.getByText(/recorded in the audit trail under your name/).waitFor();
    await step.getByText(patientName, { exact: false }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'ops-03-instance-step-revealed');
    assert.deepEqual(problems, []);
  });

  it('lists the reveal in the audit trail, filters it, and verifies the chain', async () => {
    const { page, problems } = await openPage(browser);
    await signInAsUser(page, admin.userName, admin.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('table', { name: 'Audit entries' }).waitFor();
    await page.getByLabel('Action').selectOption('phi.revealed');
    await page.getByLabel('Actor').fill(admin.userName);
    const row = page.getByRole('table', { name: 'Audit entries' }).getByRole('row').filter({ hasText: patientInstance });
    await row.first().waitFor();
    await page.getByRole('button', { name: 'Verify chain' }).click();
    await page.getByTestId('audit-verification').getByText(/The chain is intact: \d+ entries checked\./).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'ops-04-audit');

    // Each target links to its page: the revealed step to its instance, a published workflow to the designer, a new
    // user to its row on the admin page.
    await row.first().getByRole('link', { name: new RegExp(`Open instance ${patientInstance}, step \\d+`) }).click();
    await page.waitForURL(`${baseUrl}/instances/${patientInstance}`);
    await page.getByTestId('step-payload-2').waitFor();
    await page.goBack();
    await page.getByRole('table', { name: 'Audit entries' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    const patientWorkflow = `e2e-opsadmin-patient-${unique}`;
    await page.getByLabel('Action').selectOption('definition.published');
    await page.getByLabel('Target id').fill(patientWorkflow);
    await page.getByRole('link', { name: `Open workflow ${patientWorkflow} in the designer` }).click();
    await page.waitForURL(`${baseUrl}/workflows/${patientWorkflow}`);
    await page.getByTestId('canvas').waitFor();
    await page.goto(`${baseUrl}/audit?action=user.created&targetType=user`);
    const created = page.getByRole('table', { name: 'Audit entries' }).getByRole('link', { name: /: Show user .* on the admin page$/ }).first();
    const userId = (await created.textContent()).split(':')[0];
    await created.click();
    await page.waitForURL(`${baseUrl}/admin?user=${userId}`);
    await page.locator('tr[aria-current="true"]').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
  });

  it('creates a user and an API key (shown once), and revokes the key', async () => {
    const { page, problems } = await openPage(browser, { colorScheme: 'dark' });
    await signInAsUser(page, admin.userName, admin.password);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('table', { name: 'Users' }).waitFor();

    await page.getByRole('button', { name: 'New user' }).click();
    const userDialog = page.getByTestId('create-user-dialog');
    await userDialog.getByLabel('User name').fill(`e2e-analyst-${unique}`);
    await userDialog.getByLabel('Password').fill('short');
    await userDialog.getByLabel('Analyst').check();
    await userDialog.getByRole('button', { name: 'Create user' }).click();
    await userDialog.getByText(/12/).first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'ops-05-admin-new-user-dark');
    await userDialog.getByLabel('Password').fill('an analyst password 42');
    await userDialog.getByRole('button', { name: 'Create user' }).click();
    await userDialog.waitFor({ state: 'detached' });
    await page.getByTestId(`user-e2e-analyst-${unique}`).getByText('Viewer, Analyst').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'ops-06-admin-users-dark');

    await page.getByRole('tab', { name: 'API keys' }).click();
    await page.getByRole('table', { name: 'API keys' }).waitFor();
    await page.getByRole('button', { name: 'New API key' }).click();
    const keyDialog = page.getByTestId('create-api-key-dialog');
    await keyDialog.getByLabel('Name').fill(`e2e-lab-${unique}`);
    await keyDialog.getByLabel('Operator').check();
    await keyDialog.getByLabel('Allowed trigger paths').fill('lab/*');
    await keyDialog.getByLabel('Expires').fill('2031-01-31T12:00');
    await keyDialog.getByRole('button', { name: 'Create key' }).click();
    const created = page.getByTestId('api-key-created-dialog');
    const key = await created.getByTestId('new-api-key').inputValue();
    assert.match(key, /^hf_/);
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'ops-07-admin-key-shown-once-dark');
    const me = await fetch(`${baseUrl}/api/auth/me`, { headers: { 'X-Api-Key': key } });
    assert.equal(me.status, 200);
    await created.getByRole('button', { name: 'Done' }).click();

    await page.getByRole('button', { name: `Revoke e2e-lab-${unique}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByTestId(`api-key-e2e-lab-${unique}`).getByText(/Revoked/).waitFor();
    await screenshot(page, 'ops-08-admin-api-keys-dark');
    const refused = await fetch(`${baseUrl}/api/auth/me`, { headers: { 'X-Api-Key': key } });
    assert.equal(refused.status, 401);
    assert.deepEqual(problems.filter((p) => !p.includes('422')), []);
  });
});
