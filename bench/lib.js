// Helpers every part of `npm run bench` shares.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

export const root = resolve(fileURLToPath(import.meta.url), '../..');
/** The Chrome build the browser parts load. */
export const out = join(root, '.output/chrome-mv3');

export function section(title) {
  console.log(`\n## ${title}`);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Bundles one TypeScript module of ours so Node (esm) or a page (iife, global `BenchModule`) can run it. */
export async function loadModule(entry, format = 'esm') {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const name = format === 'iife' ? 'module.iife.js' : 'module.mjs';
  await build({
    input: join(root, entry),
    resolve: { alias: { '@': root } },
    output: { file: join(dir, name), format, name: format === 'iife' ? 'BenchModule' : undefined },
    logLevel: 'silent',
  });
  return format === 'iife' ? readFileSync(join(dir, name), 'utf8') : import(pathToFileURL(join(dir, name)).href);
}
