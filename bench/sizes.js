// Bundle sizes of the Chrome build, raw and gzip, with the content script's budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, out, section } from './lib.js';

/** The content script runs on every page: 12 KB gzip at most. */
const CONTENT_SCRIPT_BUDGET = 12 * 1024;
/** The content script's parts (entrypoints/email-fill.content/parts.ts) and when a page loads them. */
const CONTENT_PARTS = [
  ['code-fields.js', 'on a site with a waiting code'],
  ['hidden-notice.js', 'after "Don\'t show on this site"'],
  ['fill-command.js', 'when the context menu or the shortcut fills a field'],
];

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export default function sizes() {
  section('Bundle sizes (.output/chrome-mv3)');
  const rows = listFiles(out)
    .filter((path) => /\.(js|css|html)$/.test(path))
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(out, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const width = Math.max(...rows.map((row) => row.file.length));
  for (const row of rows)
    console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)} raw  ${kb(row.gzip).padStart(8)} gzip`);
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  console.log(`${'total'.padEnd(width)}  ${kb(total.raw).padStart(9)} raw  ${kb(total.gzip).padStart(8)} gzip`);
  const content = rows.find((row) => row.file.startsWith('content-scripts/'));
  if (content)
    console.log(
      `content script: ${content.gzip} B gzip (${kb(content.gzip)}; budget ${kb(CONTENT_SCRIPT_BUDGET)}) ` +
        (content.gzip <= CONTENT_SCRIPT_BUDGET ? 'OK' : 'OVER BUDGET'),
    );
  // Its parts are imported on demand, so they are outside the budget every page pays.
  for (const [file, when] of CONTENT_PARTS) {
    const part = rows.find((row) => row.file === file);
    if (part) console.log(`  its part ${file}: ${part.gzip} B gzip, loaded only ${when}`);
  }
}
