// `npm test`: every check, in the order a failure is cheapest to see. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

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
      'e2e/',
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
const tap = readFileSync('.test-results/e2e.tap', 'utf8');
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(tap)?.[1] ?? 0);
const passed = unit.numPassedTests + count('pass');
const failed = unit.numFailedTests + count('fail');
const skipped = unit.numPendingTests + unit.numTodoTests + count('skipped') + count('todo');
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
