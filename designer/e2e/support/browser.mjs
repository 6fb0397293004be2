// Debian's Chromium, driven by playwright-core: a test tool's own browser download does not work here.
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const baseUrl = (process.env.HEALTHFLOWS_URL ?? '').replace(/\/$/, '');
export const apiKey = process.env.HEALTHFLOWS_API_KEY ?? '';
/** The first Admin user of a clean start (tools/run.sh prints it; e2e/run.mjs makes one); empty when not given. */
export const adminUser = { userName: process.env.HEALTHFLOWS_ADMIN_USER ?? '', password: process.env.HEALTHFLOWS_ADMIN_PASSWORD ?? '' };
export const artifactsDir = new URL('../artifacts/', import.meta.url).pathname;
mkdirSync(artifactsDir, { recursive: true });

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records console errors and failed API calls, so a test can assert there were none. */
export async function openPage(browser, { colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { page, context, problems };
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${artifactsDir}${name}.png` });
}

/** axe's WCAG 2.2 AA rules on what the page shows now; answers the violations, readably. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, which the server's Content-Security-Policy (script-src 'self') does not
  // govern; an injected <script> tag would be refused, as it should be for anything but the test's own tooling.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

export async function signIn(page, key = apiKey) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('tab', { name: 'API key' }).click();
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in a built-in user with its name and password. */
export async function signInAsUser(page, userName, password) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('tab', { name: 'User name' }).click();
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Drags with real pointer events in steps, as React Flow needs for moving nodes and drawing edges. */
export async function dragByMouse(page, from, to, steps = 12) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
  await page.mouse.up();
}

export async function centerOf(locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element is not visible.');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** How many elements match once the count settles on `expected` (or the last count after 10 s): the canvas renders a change a frame or more after the key press. */
export async function countSettled(page, selector, expected) {
  await page
    .waitForFunction(([s, n]) => document.querySelectorAll(s).length === n, [selector, expected], { timeout: 10_000 })
    .catch(() => {});
  return page.locator(selector).count();
}
