// `npm run bench`: prints the figures we hold the extension to. Real Chromium where it matters.
//   node bench/run.js            every part
//   node bench/run.js PART…      the bundle sizes, then only those parts (e.g. `autofill`)
// Each area keeps its part in its own file here and adds one line to PARTS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { out, root } from './lib.js';
import sizes from './sizes.js';

const PARTS = {
  verification: async () => (await import('./verification.js')).verificationFigures(),
  scheduler: async () => (await import('./polling.js')).schedulerFigures(),
  autofill: async () => (await import('./autofill.js')).default(),
  polling: async () => (await import('./polling.js')).browserFigures(),
  forms: async () => (await import('./forms.js')).formsFigures(),
  loop: async () => (await import('./loop.js')).default(),
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => name !== 'sizes' && !(name in PARTS));
if (unknown.length) {
  console.error(`Unknown bench part ${unknown.join(', ')}; parts: sizes, ${Object.keys(PARTS).join(', ')}`);
  process.exit(2);
}
if (!existsSync(join(out, 'manifest.json'))) {
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(1);
}
sizes();
for (const [name, run] of Object.entries(PARTS)) if (!asked.length || asked.includes(name)) await run();
