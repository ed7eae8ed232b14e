// `npm test`: every check, in the order a failure is cheapest to see. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean);
// The Chromium suite is e2e/*.test.js; e2e/firefox/ has its own step (node --test would recurse into it).
const chromiumE2e = readdirSync('e2e')
  .filter((name) => name.endsWith('.test.js'))
  .map((name) => `e2e/${name}`);

const steps = [
  ['strings', 'node', ['scripts/build-locales.js']],
  ['formatting', 'npx', ['prettier', '--check', '.']],
  ['type check', 'npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']],
  // The unit tests include the conventions test (scripts/conventions.test.js).
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/unit.json']],
  ['Chrome build', 'npx', ['wxt', 'build']],
  ['Firefox build', 'npx', ['wxt', 'build', '-b', 'firefox']],
  ['addons-linter (Firefox build)', 'npx', ['addons-linter', '--self-hosted', '.output/firefox-mv2']],
  [
    'real-browser tests',
    'node',
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=.test-results/e2e.tap',
      ...chromiumE2e,
    ],
  ],
  [
    'real-Firefox tests',
    'node',
    [
      '--test',
      '--test-concurrency=1',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      '--test-reporter-destination=.test-results/firefox.tap',
      'e2e/firefox/',
    ],
  ],
];

if (!CHROMIUM.some((path) => existsSync(path))) {
  console.error(
    'npm test needs Chromium for the real-browser tests and found none.\n' +
      'Install it with: apt-get update && apt-get install -y chromium   (or set CHROMIUM_PATH).',
  );
  process.exit(1);
}

if (!FIREFOX.some((path) => existsSync(path))) {
  console.error(
    'npm test needs Firefox for the real-Firefox tests and found none.\n' +
      'Install it with: apt-get update && apt-get install -y firefox-esr   (or set FIREFOX_PATH).',
  );
  process.exit(1);
}

mkdirSync('.test-results', { recursive: true });
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (${seconds} s)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

// One closing line for every test that ran, unit and real-browser together.
const unit = JSON.parse(readFileSync('.test-results/unit.json', 'utf8'));
const taps = ['e2e', 'firefox'].map((name) => readFileSync(`.test-results/${name}.tap`, 'utf8'));
const count = (key) => taps.reduce((sum, tap) => sum + Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0), 0);
const passed = unit.numPassedTests + count('pass');
// A test whose `before` hook threw (no browser, say) is reported cancelled: that is a failure.
const failed = unit.numFailedTests + count('fail') + count('cancelled');
const skipped = unit.numPendingTests + unit.numTodoTests + count('skipped') + count('todo');
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
