// Runs the browser tests. With HEALTHFLOWS_URL set it uses that server; otherwise it starts the
// server from this repository (dotnet; HEALTHFLOWS_SERVER_PROJECT names another project folder) on a free loopback port with a throw-away database,
// admin key and first Admin user (`admin`, a generated password, as tools/run.sh), waits until it is ready, runs the tests, and stops it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const designerDir = new URL('..', import.meta.url).pathname;
const serverProject = process.env.HEALTHFLOWS_SERVER_PROJECT ?? join(designerDir, '..', 'server', 'HealthFlows.Server');

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

async function waitUntilReady(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The server at ${url} did not become ready in ${timeoutMs / 1000} s.`);
}

let server;
const env = { ...process.env };
if (!env.HEALTHFLOWS_URL) {
  if (!existsSync(join(designerDir, 'dist', 'index.html'))) throw new Error('Build the designer first: npm run build');
  const port = await freePort();
  env.HEALTHFLOWS_URL = `http://127.0.0.1:${port}`;
  env.HEALTHFLOWS_API_KEY = 'e2e-admin-key-0123456789';
  // The first Admin user, as tools/run.sh makes it on a clean start: `admin` with a generated password.
  env.HEALTHFLOWS_ADMIN_USER = 'admin';
  env.HEALTHFLOWS_ADMIN_PASSWORD = randomBytes(18).toString('base64url');
  server = spawn('dotnet', ['run', '--no-launch-profile', '--project', serverProject, '--', '--urls', env.HEALTHFLOWS_URL], {
    env: {
      ...process.env,
      // The embedded default (samples, ERP sandbox); --no-launch-profile would otherwise mean Production.
      ASPNETCORE_ENVIRONMENT: 'Development',
      HealthFlows__Bootstrap__AdminApiKey: env.HEALTHFLOWS_API_KEY,
      HealthFlows__Bootstrap__AdminUser: env.HEALTHFLOWS_ADMIN_USER,
      HealthFlows__Bootstrap__AdminPassword: env.HEALTHFLOWS_ADMIN_PASSWORD,
      HealthFlows__DataDirectory: mkdtempSync(join(tmpdir(), 'healthflows-e2e-')),
      HealthFlows__DesignerPath: join(designerDir, 'dist'),
      // The charge-capture journey takes the ERP sandbox down: without in-process retries (2 s, 4 s, 8 s, 16 s) a posting
      // is Unavailable at once, so its Queue Retry dead-letters in seconds rather than minutes.
      HealthFlows__Erp__Resilience__MaxRetryAttempts: '0',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // A server that never became ready is stopped too, not left behind (still building, say, on a busy machine).
  await waitUntilReady(env.HEALTHFLOWS_URL, 180_000).catch((error) => {
    server.kill('SIGTERM');
    throw error;
  });
}

// Files named on the command line (e.g. `npm run e2e -- e2e/journey.test.mjs`) run alone; by default every test.
const files = process.argv.slice(2);
const tests = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=180000', ...(files.length > 0 ? files : ['e2e/'])], { cwd: designerDir, env, stdio: 'inherit' });
const code = await new Promise((resolve) => tests.on('exit', resolve));
server?.kill('SIGTERM');
process.exit(code ?? 1);
