// `npm run bench` part: the e-mail field detector on real-world forms. The hand-labelled corpus and
// its scorer are not part of this repository; when the scorer sits beside the project
// (../shared/tools/score-forms.mjs, or the file $FORMS_SCORER names), this runs it and prints its
// summary row (precision, recall, F1, ms per page); otherwise it says so and skips.
//   node bench/forms.js
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Runs the corpus scorer from the project root and prints its summary (header, row, universe). */
export function formsFigures() {
  console.log('\n## E-mail field detection on the real-world form corpus');
  const scorer = process.env.FORMS_SCORER || resolve(root, '../shared/tools/score-forms.mjs');
  if (!existsSync(scorer)) {
    console.log(`corpus scorer absent (${scorer}): skipped`);
    return;
  }
  const result = spawnSync(process.execPath, [scorer], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    console.log(`corpus scorer failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
    process.exitCode = 1;
    return;
  }
  console.log(result.stdout.trimEnd().split('\n').slice(0, 3).join('\n'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) formsFigures();
