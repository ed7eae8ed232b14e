// The verification finder on our own corpus (utils/__fixtures__/verification-mails.ts): code and
// link precision, recall and F1, recall per language, the blind part apart, and time per mail.
//   node bench/verification.js            summary (also part of `npm run bench`)
//   node bench/verification.js --misses   also every mail it gets wrong
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Bundles the finder and the corpus into one module Node can import (bench only). */
async function load() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-verification-'));
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `export { findVerification } from '@/utils/verification';\n` +
      `export { blindMails, tuningMails } from '@/utils/__fixtures__/verification-mails';\n`,
  );
  const file = join(dir, 'module.mjs');
  await build({ input: entry, resolve: { alias: { '@': root } }, output: { file, format: 'esm' }, logLevel: 'silent' });
  const module = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return module;
}

const percent = (value) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);

/** Precision, recall, F1 of one field over mails: a wrong value counts as a false positive and a miss. */
function score(results, field) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { mail, found } of results) {
    const want = mail[field];
    const got = found[field];
    if (got !== null && got === want) tp++;
    else {
      if (got !== null) fp++;
      if (want !== null) fn++;
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function report(title, results) {
  console.log(`${title}: ${results.length} mails`);
  for (const field of ['code', 'link']) {
    const s = score(results, field);
    console.log(
      `  ${field}: precision ${percent(s.precision)}  recall ${percent(s.recall)}  F1 ${percent(s.f1)}` +
        `  (${s.tp} right, ${s.fp} wrong or false, ${s.fn} missed)`,
    );
  }
}

function perLanguage(results) {
  const langs = [...new Set(results.map((r) => r.mail.lang))].sort();
  const rows = langs.map((lang) => {
    const mine = results.filter((r) => r.mail.lang === lang);
    const cell = (field) => {
      const s = score(mine, field);
      const expected = s.tp + s.fn;
      return expected ? `${s.tp}/${expected}`.padStart(5) : '    -';
    };
    const falses = mine.filter((r) => ['code', 'link'].some((f) => r.found[f] !== null && r.found[f] !== r.mail[f])).length;
    return `  ${lang.padEnd(8)} ${String(mine.length).padStart(3)} mails  codes ${cell('code')}  links ${cell('link')}  wrong/false ${falses}`;
  });
  console.log('recall per language (found/expected):');
  for (const row of rows) console.log(row);
}

/** Median and max over mails of each mail's median time over `rounds` calls, in µs. */
function timing(findVerification, mails, rounds = 101) {
  for (const mail of mails) findVerification(mail.subject, mail.content, mail.html);
  const perMail = mails.map((mail) => {
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const start = process.hrtime.bigint();
      findVerification(mail.subject, mail.content, mail.html);
      times.push(Number(process.hrtime.bigint() - start) / 1000);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  });
  perMail.sort((a, b) => a - b);
  return { median: perMail[Math.floor(perMail.length / 2)], max: perMail[perMail.length - 1] };
}

/** A 400 kB newsletter-like HTML mail: the input cap, the worst case the background meets. */
function hugeMail() {
  const row =
    '<tr><td style="padding:8px"><a href="https://shop.example/p/123">Product 123</a> now € 19,99 – order 4471920</td></tr>\n';
  return `<table>${row.repeat(Math.ceil(400_000 / row.length))}</table><p>Your verification code is <b>482913</b></p>`;
}

export async function verificationFigures({ misses = false } = {}) {
  const { findVerification, blindMails, tuningMails } = await load();
  const run = (mails) => mails.map((mail) => ({ mail, found: findVerification(mail.subject, mail.content, mail.html) }));
  const all = run([...blindMails, ...tuningMails]);
  const blind = run(blindMails);
  console.log('\n## Verification finder (utils/__fixtures__/verification-mails.ts)');
  report('whole corpus', all);
  report('blind part (written before tuning, never tuned on)', blind);
  report('tuning part', run(tuningMails));
  perLanguage(all);
  const t = timing(findVerification, [...blindMails, ...tuningMails]);
  const huge = hugeMail();
  const hugeTimes = Array.from({ length: 7 }, () => {
    const start = process.hrtime.bigint();
    findVerification('Newsletter', huge, true);
    return Number(process.hrtime.bigint() - start) / 1000;
  }).sort((a, b) => a - b);
  console.log(
    `time per mail (median of 101 calls each): median ${t.median.toFixed(1)} µs, max ${t.max.toFixed(1)} µs; ` +
      `a ${Math.round(huge.length / 1000)} kB HTML mail: ${(hugeTimes[3] / 1000).toFixed(1)} ms`,
  );
  if (misses) {
    for (const { mail, found } of all) {
      if (found.code === mail.code && found.link === mail.link) continue;
      console.log(`  ✗ ${mail.id} (${mail.note}): code ${found.code} want ${mail.code}; link ${found.link} want ${mail.link}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await verificationFigures({ misses: process.argv.includes('--misses') });
}
