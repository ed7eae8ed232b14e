// Autofill in real Chromium: what the content script costs a page (script time with the extension
// beside the same page without it, alternating rounds, medians), the detector's full scan of a
// 2,000-field page, and a page that mutates its DOM without pause.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadModule, median, root, section } from './lib.js';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** Pages the start-up is measured on: no e-mail field at all (the common case), and one. */
const NO_FIELD_PAGE =
  '<!doctype html><html lang="en"><title>Article</title><header><form role="search"><input type="search" name="q" placeholder="Search"></form></header>' +
  '<main><h1>Notes on bread</h1>' +
  '<p>Flour, water, salt and time. A long rise in the fridge gives the crumb its taste.</p>'.repeat(20) +
  '<form><label>Your name <input name="name"></label><textarea name="comment"></textarea><button>Comment</button></form></main></html>';
const ONE_FIELD_PAGE =
  '<!doctype html><title>Newsletter</title><form><label>Email <input type="email"></label><button>Join</button></form>';

/** A page with 2,000 form fields: `signup` is a long form (labelled rows of mixed types, 10 of them
 *  e-mail, pretty-printed); `dense` packs 200 e-mail fields among them (10%, unlabelled rows between). */
function page2000(kind) {
  const kinds = [
    ['text', 'First name', 'first_name'],
    ['text', 'Last name', 'last_name'],
    ['text', 'Street address', 'street'],
    ['text', 'City', 'city'],
    ['tel', 'Phone', 'phone'],
    ['number', 'Quantity', 'qty'],
    ['date', 'Start date', 'start'],
    ['checkbox', 'I agree', 'agree'],
    ['text', 'Company', 'company'],
    ['text', 'Job title', 'title'],
  ];
  const row = (i) => {
    if (kind === 'dense') {
      return i % 10 === 0
        ? `<label>Email ${i}<input type="email" name="email${i}"></label>`
        : `<input name="f${i}" placeholder="Field ${i}">`;
    }
    const [type, label, name] = i % 200 === 17 ? ['email', 'Contact email', 'contact_email'] : kinds[i % kinds.length];
    return `\n      <div class="field">\n        <label for="f${i}">${label} ${i}</label>\n        <input id="f${i}" name="${name}_${i}" type="${type}">\n      </div>`;
  };
  const fields = Array.from({ length: 2000 }, (_, i) => row(i)).join('');
  return `<!doctype html><html><head><title>Sign up</title></head><body>\n    <h1>Create your account</h1>\n    <form>${fields}\n      <input type="password" autocomplete="new-password">\n      <button>Sign up</button>\n    </form>\n  </body></html>`;
}

/** The e-mail field of `page` the user clicks first: its centre in viewport coordinates. */
const firstEmailField = (page) =>
  page.evaluate(() => {
    const field = document.querySelector('input[type=email]');
    field.scrollIntoView({ block: 'center' });
    const r = field.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });

/** Two animation frames: the content script does its work in one pass per frame. */
const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Main-thread script time of the page's renderer so far (DevTools' ScriptDuration), in ms. */
async function scriptMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

/** Script time once it stops growing: two reads 50 ms apart agree (the content script's settings
 *  read is answered, its first pass ran). Reading the metric runs no script in the page. */
async function settledScriptMs(cdp) {
  let last = await scriptMs(cdp);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 50));
    const now = await scriptMs(cdp);
    if (now === last) return now;
    last = now;
  }
  return last;
}

/**
 * Opens `body` in a new page of `context` and returns the script time at load and, when
 * `focusField`, for the first real click into its first e-mail field.
 */
async function visit(context, withExtension, body, focusField) {
  const { waitFor } = await import('../e2e/harness.js');
  const page = await context.newPage();
  await page.route('http://bench.local/**', (route) => route.fulfill({ contentType: 'text/html', body }));
  const cdp = await context.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context: c }) => worlds.push(c.origin));
  await cdp.send('Runtime.enable');
  await cdp.send('Performance.enable');
  await page.goto('http://bench.local/page');
  if (withExtension)
    await waitFor(() => worlds.some((o) => o.startsWith('chrome-extension://')), 'the content script', 10_000, 20);
  await frames(page);
  const load = await settledScriptMs(cdp);
  let focus = 0;
  if (focusField) {
    const at = await firstEmailField(page);
    await frames(page);
    const before = await settledScriptMs(cdp);
    await page.mouse.click(at.x, at.y);
    await frames(page);
    focus = (await settledScriptMs(cdp)) - before;
  }
  await page.close();
  return { load, focus };
}

const fixed = (v) => v.toFixed(2);
const range = (v) => `${fixed(Math.min(...v))} to ${fixed(Math.max(...v))}`;

/**
 * Runs `visitOne(context, withExtension)` for the plain browser and each build in `builds`, round
 * after round, rotating who goes first so a drift in the machine's speed hits all alike; returns,
 * per build, its figures and the plain browser's from the same round.
 */
async function alternate(builds, plain, rounds, visitOne) {
  const results = builds.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = [-1, ...builds.keys()];
    for (let i = 0; i < round % order.length; i++) order.push(order.shift());
    const seen = new Map();
    for (const who of order) seen.set(who, await visitOne(who < 0 ? plain : builds[who].context, who >= 0));
    builds.forEach((_, i) => results[i].push({ plain: seen.get(-1), on: seen.get(i) }));
  }
  return results;
}

/** Start-up: a page without e-mail fields and a one-field page, with and without the extension. */
async function startUp(builds, plain) {
  const rounds = 21;
  for (const [name, body] of [
    ['a page without e-mail fields', NO_FIELD_PAGE],
    ['a one-field page', ONE_FIELD_PAGE],
  ]) {
    const results = await alternate(builds, plain, rounds, (context, on) => visit(context, on, body));
    builds.forEach(({ label }, i) => {
      const on = results[i].map((r) => r.on.load);
      const off = results[i].map((r) => r.plain.load);
      const added = results[i].map((r) => r.on.load - r.plain.load);
      console.log(
        `start-up on ${name}${label} (${rounds} alternating rounds, median): script time ${fixed(median(on))} ms with the extension, ` +
          `${fixed(median(off))} ms without; the extension adds ${fixed(median(added))} ms (range ${range(added)}; budget 2 ms)`,
      );
    });
  }
}

/** A 2,000-field sign-up page: at load, and the first focus of an e-mail field (a real click, until
 *  the script time stops growing: the field judged, the settings read, the button built and shown). */
async function bigPage(builds, plain) {
  const signup = page2000('signup');
  const results = await alternate(builds, plain, 11, (context, on) => visit(context, on, signup, true));
  builds.forEach(({ label }, i) => {
    const load = results[i].map((r) => r.on.load - r.plain.load);
    const focus = results[i].map((r) => r.on.focus - r.plain.focus);
    console.log(
      `2,000-field sign-up page${label}, script time the extension adds (11 rounds, median): ` +
        `${fixed(median(load))} ms at load (range ${range(load)}; it never scans the page), ` +
        `${fixed(median(focus))} ms for the first focus of an e-mail field (range ${range(focus)}; budget 10 ms)`,
    );
  });
}

/** Mutating page: work done per second with the extension on vs. off, same run. */
async function mutatingPage(withUs, withoutUs) {
  // The page mutates its DOM in 8 ms slices separated by a task boundary (where observers run),
  // without pause; work done per second is what a slowdown from us would lower.
  const mutating = `<!doctype html><div id=root></div><script>
    let ops = 0; const root = document.getElementById('root');
    function slice() { const end = performance.now() + 8;
      while (performance.now() < end) { const d = document.createElement('div');
        d.innerHTML = '<label>Email<input type=email name="e' + ops + '"></label><span>x</span>'; root.appendChild(d);
        if (root.childElementCount > 200) root.firstElementChild.remove(); ops++; }
      setTimeout(slice, 0); }
    slice(); window.__ops = () => ops;</script>`;
  /** DOM operations per second the page gets done in `seconds`, in a browser with or without us. */
  async function opsPerSecond(context, seconds) {
    const page = await context.newPage();
    await page.route('http://bench.local/', (route) => route.fulfill({ contentType: 'text/html', body: mutating }));
    await page.goto('http://bench.local/');
    await page.waitForFunction(() => window.__ops() > 0);
    const a = await page.evaluate(() => window.__ops());
    await page.waitForTimeout(seconds * 1000);
    const b = await page.evaluate(() => window.__ops());
    await page.close();
    return (b - a) / seconds;
  }
  // Both browsers stay open and take turns, so machine noise hits both alike; the median ratio counts.
  const ratios = [];
  const rates = { on: [], off: [] };
  for (let round = 0; round < 9; round++) {
    const off = await opsPerSecond(withoutUs, 1.5);
    const on = await opsPerSecond(withUs, 1.5);
    rates.off.push(off);
    rates.on.push(on);
    ratios.push(on / off);
  }
  console.log(
    `mutating page, 9 alternating rounds: median ${Math.round(median(rates.off))} DOM ops/s without the extension, ` +
      `${Math.round(median(rates.on))} with it; median ratio ${(median(ratios) * 100).toFixed(1)}% ` +
      `(rounds range ${(Math.min(...ratios) * 100).toFixed(0)}–${(Math.max(...ratios) * 100).toFixed(0)}%)`,
  );
}

/** The detector's full scan, `findEmailFields(document)`, which the content script never runs (tests
 *  and tooling do): its first call on a fresh page, after the page's own style and layout. */
async function detectorScan(chromium, chromiumPath) {
  const detector = await loadModule('utils/email-fields/index.ts', 'iife');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    for (const kind of ['signup', 'dense']) {
      const html = page2000(kind);
      const first = [];
      let found = 0;
      let again = 0;
      for (let run = 0; run < 7; run++) {
        const page = await browser.newPage();
        await page.setContent(html);
        await page.addScriptTag({ content: detector });
        await page.evaluate(() => document.querySelectorAll('script').forEach((s) => s.remove()));
        await frames(page);
        const t = await page.evaluate(() => {
          let start = performance.now();
          const n = globalThis.BenchModule.findEmailFields(document).length;
          const cold = performance.now() - start;
          start = performance.now();
          globalThis.BenchModule.findEmailFields(document);
          return { cold, warm: performance.now() - start, n };
        });
        first.push(t.cold);
        again = t.warm;
        found = t.n;
        await page.close();
      }
      console.log(
        `findEmailFields on the ${kind} page (${found} fields offered), first call on 7 fresh pages: ` +
          `median ${median(first).toFixed(1)} ms (${Math.min(...first).toFixed(1)} to ${Math.max(...first).toFixed(1)}); a repeat call ${again.toFixed(1)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
}

export default async function autofill() {
  if (!existsSync(join(root, 'utils/email-fields.ts')) && !existsSync(join(root, 'utils/email-fields/index.ts'))) return;
  section('Autofill in real Chromium');
  const { chromium } = await import('playwright-core');
  const { chromiumPath, launch } = await import('../e2e/harness.js');
  // The same Chromium with the extension and without it; both stay open and take turns. With
  // AUTOFILL_BENCH_BASELINE=<a built chrome-mv3 folder>, a third takes turns too: that build.
  const h = await launch();
  const baselineDir = process.env.AUTOFILL_BENCH_BASELINE;
  const baseline = baselineDir ? await launch({ extensionDir: baselineDir }) : null;
  const builds = [
    { label: baseline ? ' (this build)' : '', context: h.context },
    ...(baseline ? [{ label: ` (baseline ${baselineDir})`, context: baseline.context }] : []),
  ];
  const plain = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const plainContext = await plain.newContext();
  try {
    await startUp(builds, plainContext);
    await bigPage(builds, plainContext);
    await mutatingPage(h.context, plainContext);
  } finally {
    await h.close();
    await baseline?.close();
    await plain.close();
  }
  await detectorScan(chromium, chromiumPath);
}
