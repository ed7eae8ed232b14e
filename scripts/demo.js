// `npm run demo`: the emulator, a built extension, and Chromium with it loaded and already
// connected to the emulator, on a demo sign-up page that sends a real verification mail over SMTP.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/server.js';
import { sendMail } from '../emulator/send-mail.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const API_PORT = Number(process.env.DEMO_API_PORT ?? 3025);
const SMTP_PORT = Number(process.env.DEMO_SMTP_PORT ?? 2525);
const PAGE_PORT = Number(process.env.DEMO_PAGE_PORT ?? 3080);
const DEMO_KEY = 'demo-key-0123456789abcdef0123456789abcdef';

console.log('Building the extension…');
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const emulator = await startEmulator({ port: API_PORT, smtpPort: SMTP_PORT, keys: [{ key: DEMO_KEY }] });

// The demo sign-up page, a tiny endpoint that mails a verification code to what was typed, and
// the page that asks for that code (split boxes), on the same site.
const page = readFileSync(join(root, 'demo/signup.html'));
const verifyPage = readFileSync(join(root, 'demo/verify.html'));
/** The codes mailed so far: the verify page accepts any of them. */
const sentCodes = new Set();
const site = createServer(async (request, response) => {
  if (request.method === 'POST' && request.url === '/send-verification') {
    let body = '';
    for await (const chunk of request) body += chunk;
    try {
      const { email } = JSON.parse(body);
      const code = String(Math.floor(100000 + Math.random() * 900000));
      sentCodes.add(code);
      await sendMail({
        smtpPort: emulator.smtpPort,
        from: 'Demo Shop <no-reply@shop.example>',
        to: email,
        subject: `${code} is your verification code`,
        html: `<p>Welcome!</p><p>Your verification code is <b>${code}</b>.</p><p><a href="https://shop.example/verify?code=${code}">Verify my e-mail</a></p>`,
      });
      response.writeHead(200).end('sent');
    } catch (error) {
      response.writeHead(400).end(String(error instanceof Error ? error.message : error));
    }
    return;
  }
  if (request.method === 'POST' && request.url === '/check-code') {
    let body = '';
    for await (const chunk of request) body += chunk;
    let code = '';
    try {
      code = String(JSON.parse(body).code ?? '');
    } catch {
      // a malformed body is a wrong code
    }
    response.writeHead(sentCodes.has(code) ? 200 : 400).end();
    return;
  }
  const html = request.url?.startsWith('/verify') ? verifyPage : page;
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
});
await new Promise((done) => site.listen(PAGE_PORT, '127.0.0.1', done));
const pageUrl = `http://127.0.0.1:${PAGE_PORT}/`;

console.log(`
Temp Mail API emulator  ${emulator.url}
SMTP                    127.0.0.1:${emulator.smtpPort}
Demo API key            ${DEMO_KEY}
Demo sign-up page       ${pageUrl}
Demo code page          ${pageUrl}verify

Send a test mail to the current address with:
  node emulator/send-mail.js --port ${emulator.smtpPort} --to ADDRESS
`);

let context;
if (!process.env.DISPLAY) {
  console.log(
    'No display found (DISPLAY is not set), so no browser window can open.\n' +
      'The emulator keeps running: load .output/chrome-mv3 as an unpacked extension in Chrome,\n' +
      `or run the demo under a display (e.g. xvfb-run npm run demo). Press Ctrl-C to stop.`,
  );
} else {
  const { chromium } = await import('playwright-core');
  const { chromiumPath } = await import('../e2e/harness.js');
  const extension = join(root, '.output/chrome-mv3');
  const profile = join(root, '.demo-profile');
  mkdirSync(profile, { recursive: true });
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: null,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  // On a fresh profile the extension opens its options page as a welcome: use that tab.
  const optionsUrl = `chrome-extension://${id}/options.html`;
  let welcome = null;
  for (const until = Date.now() + 3000; !welcome && Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    welcome = context.pages().find((p) => p.url().startsWith(optionsUrl)) ?? null;
  }
  const options = welcome ?? (await context.newPage());
  if (!welcome) await options.goto(optionsUrl);
  const saved = await options
    .getByTestId('masked-key')
    .isVisible()
    .catch(() => false);
  if (!saved) {
    await options.getByLabel('API key', { exact: true }).fill(DEMO_KEY);
    await options.getByLabel('API base URL').fill(emulator.url);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByTestId('options-saved').waitFor({ timeout: 15_000 });
  }
  const demo = await context.newPage();
  await demo.goto(pageUrl);
  console.log('Chromium is open with the extension connected to the emulator. Close it or press Ctrl-C to stop.');
  context.on('close', () => shutdown());
}

async function shutdown() {
  await context?.close().catch(() => undefined);
  site.close();
  await emulator.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) console.warn('Warning: the build output is missing.');
