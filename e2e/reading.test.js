// @ts-check
// Reading mail in real Chromium: hostile HTML stays inert and offline, the verification chips, and
// attachments saved byte-exact under a safe name. Every mail arrives over real SMTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { deflateSync } from 'node:zlib';
import { launch, waitFor } from './harness.js';

const FIXTURES = new URL('./fixtures/', import.meta.url);

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {import('playwright-core').Page} */
let popup;
/** The current address of the popup. */
let address = '';
/** Everything the popup page said or tried, for the whole file. */
const seen = {
  /** @type {string[]} */ dialogs: [],
  /** @type {Array<{type: string, text: string}>} */ console: [],
  /** @type {string[]} */ pages: [],
};

/**
 * Chrome's own download directory for this browser. Playwright's download handling saves every
 * file under a GUID and ignores the extension's `filename`, so the attachment test switches the
 * browser back to Chrome's normal downloads (see `useChromeDownloads`); those go to the XDG
 * download directory, pointed here (not at ~/Downloads) before Chromium starts.
 */
const xdg = mkdtempSync(join(tmpdir(), 'tempmail-reading-xdg-'));
const chromeDownloads = join(xdg, 'Downloads');

before(async () => {
  mkdirSync(join(xdg, 'config'), { recursive: true });
  mkdirSync(chromeDownloads, { recursive: true });
  writeFileSync(join(xdg, 'config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${chromeDownloads}"\n`);
  process.env.XDG_CONFIG_HOME = join(xdg, 'config');

  h = await launch();
  await h.connect().then((page) => page.close());
  popup = await h.openPopup();
  popup.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  popup.on('console', (message) => seen.console.push({ type: message.type(), text: message.text() }));
  h.context.on('page', (page) => seen.pages.push(page.url()));

  await popup.getByRole('button', { name: 'New address' }).click();
  address = await waitFor(async () => {
    const text = (await popup.getByTestId('current-address').textContent()) ?? '';
    return /@(mail|inbox)\.test$/.test(text) && text;
  }, 'a new address');
});

after(async () => {
  await h?.close();
  rmSync(xdg, { recursive: true, force: true });
});

/**
 * Sends a mail over SMTP, reloads the popup (opening it makes the background poll at once) and
 * waits for the row.
 * @param {Parameters<typeof h.sendMail>[0]} mail
 */
async function deliver(mail) {
  await h.sendMail({ to: address, ...mail });
  await popup.reload();
  const row = rowOf(/** @type {string} */ (mail.subject));
  await row.waitFor({ timeout: 20_000 });
  return row;
}

/** @param {string} subject */
function rowOf(subject) {
  return popup.getByRole('listitem').filter({ has: popup.locator('.subject', { hasText: subject }) });
}

/** Opens a message from the list and waits for its view. @param {string} subject */
async function openMessage(subject) {
  await rowOf(subject).locator('button.open').click();
  await waitFor(
    async () => (await popup.locator('#message-subject').textContent())?.trim() === subject,
    `message "${subject}" open`,
  );
}

/** The srcdoc frame of the open message once it has loaded. */
async function loadedMessageFrame() {
  const frame = await waitFor(async () => {
    const element = await popup.locator('iframe.html-body').elementHandle({ timeout: 1000 });
    const content = await element?.contentFrame();
    return content?.url() === 'about:srcdoc' ? content : null;
  }, 'the message frame');
  await frame.waitForLoadState('load');
  return frame;
}

/** What the sandboxed frame holds, read through CDP (the frame itself runs no script). @param {import('playwright-core').Frame} frame */
function inspectFrame(frame) {
  return frame.evaluate(async () => {
    document.body.getBoundingClientRect(); // style and layout done: every CSS reference resolved
    await document.fonts.ready;
    const all = [...document.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => ({ el: el.localName, name: a.name, value: a.value })));
    return {
      url: location.href,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null,
      scripts: document.querySelectorAll('script').length,
      handlers: attrs.filter((a) => /^on/i.test(a.name)).map((a) => `${a.el}[${a.name}]`),
      jsUrls: attrs
        // eslint-disable-next-line no-control-regex
        .filter((a) => /^javascript:/i.test(a.value.replace(/[\u0000-\u0020]/g, '')))
        .map((a) => `${a.el}[${a.name}=${a.value}]`),
      active: [
        ...document.querySelectorAll(
          'iframe, frame, object, embed, form, input, button, link, use, base[href], meta[http-equiv="refresh" i], [action], [formaction], [srcdoc]',
        ),
      ].map((el) => el.localName),
      /** Every beacon the frame's markup and styles still point at. */
      remoteRefs: [...document.documentElement.outerHTML.matchAll(/\/__beacon\/([\w.-]*)/g)].map((m) => m[1]),
      images: [...document.images].map((img) => ({
        id: img.id,
        data: (img.getAttribute('src') ?? '').startsWith('data:'),
        width: img.naturalWidth,
        height: img.naturalHeight,
      })),
    };
  });
}

/**
 * A real w×h RGB PNG as a data: URL (not 1×1, so it cannot be mistaken for the beacon pixel).
 * @param {number} width
 * @param {number} height
 */
function pngDataUrl(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  /** @param {Buffer} bytes */
  const crc32 = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  /** @param {string} type @param {Buffer} data */
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x2a)]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** @returns {Promise<string[]>} */
async function beaconPaths() {
  const hits = /** @type {Array<{path: string}>} */ (await h.admin('beacons'));
  return hits.map((hit) => hit.path);
}

/**
 * Console lines the popup itself causes with any HTML mail: Chromium (seen in 156) reports an inline event
 * handler to the CSP when the attribute is *parsed*, even into DOMPurify's inert document, and the
 * extension pages' CSP (`script-src 'self'…`) blocks it. Nothing runs; anything else is a failure.
 */
const PARSE_TIME_CSP_NOTE =
  /^Executing inline event handler violates the following Content Security Policy directive 'script-src 'self'( 'wasm-unsafe-eval' 'inline-speculation-rules' http:\/\/localhost:\* http:\/\/127\.0\.0\.1:\*)?'\./;

describe('a hostile HTML mail', () => {
  /** @type {string} */
  let subject;
  const dataPng = pngDataUrl(3, 2);
  /** Image references that may load once the user presses "Load remote images". */
  const REMOTE_IMAGES = [
    'img.png',
    'inline.png',
    'srcset.png',
    'set.png',
    'bg.png',
    'source.png',
    'poster.png',
    'table.png',
    'svgimg.png',
  ];
  /** References that must never load, remote images allowed or not. */
  const NEVER = [
    'refresh',
    'form',
    'formaction',
    'inputimg',
    'link.css',
    'import.css',
    'font.woff2',
    'iframe.html',
    'object.png',
    'embed.png',
    'use.svg',
    'subject.png',
    'from.png',
  ];
  let consoleStart = 0;

  it('renders inert in a sandboxed frame and loads nothing remote', async () => {
    const beacon = `${h.emulator.url}/__beacon`;
    const html = readFileSync(new URL('hostile-mail.html', FIXTURES), 'utf8')
      .replaceAll('BEACON', beacon)
      .replaceAll('DATA_PNG', dataPng);
    // Markup in the subject and the sender's name must stay text in the popup.
    subject = `Reading: hostile <img src=${beacon}/subject.png onerror=alert(8)>`;
    await h.admin('beacons', { method: 'DELETE' });
    consoleStart = seen.console.length;
    const pagesBefore = seen.pages.length;

    const row = await deliver({
      subject,
      from: `"<img src=${beacon}/from.png onerror=alert(9)>" <evil@example.org>`,
      html,
    });
    // A row whose only link is javascript: gets no "Open link" chip.
    assert.equal(await row.locator('a.chip').count(), 0);
    await openMessage(subject);

    const iframe = popup.locator('iframe.html-body');
    const sandbox = ((await iframe.getAttribute('sandbox')) ?? '').split(/\s+/).filter(Boolean).sort();
    // Same-origin lets the popup size the frame to its content; scripts never run in it (checked below).
    assert.deepEqual(sandbox, ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin']);
    assert.ok(!sandbox.includes('allow-scripts'));

    // Sync point: the frame loaded and its inline data: images decoded.
    const frame = await loadedMessageFrame();
    const inside = await waitFor(async () => {
      const state = await inspectFrame(frame);
      const logo = state.images.find((img) => img.id === 'inline-logo');
      return logo && logo.width === 3 && logo.height === 2 ? state : null;
    }, 'the inline data: image to decode inside the frame');
    assert.equal(inside.url, 'about:srcdoc', 'no meta refresh navigated the frame');
    assert.equal(inside.scripts, 0, 'no script elements');
    assert.deepEqual(inside.handlers, [], 'no on* attributes');
    assert.deepEqual(inside.jsUrls, [], 'no javascript: URLs');
    assert.deepEqual(inside.active, [], 'no frames, objects, forms, links, <use>, <base href> or refresh');
    assert.match(inside.csp ?? '', /default-src 'none'/);
    assert.match(inside.csp ?? '', /img-src data:;/);
    assert.deepEqual(inside.remoteRefs, [], 'the sanitizer left no remote reference (the CSP is only the second layer)');

    assert.deepEqual(await beaconPaths(), [], 'nothing remote was loaded');
    assert.deepEqual(
      inside.images.filter((img) => img.data).map((img) => [img.width, img.height]),
      [
        [3, 2],
        [3, 2],
      ],
      'the inline logo and the <picture> fallback show',
    );
    assert.match(
      (await popup.getByRole('status').filter({ hasText: 'Remote images are blocked' }).textContent()) ?? '',
      /blocked/,
    );
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(seen.pages.slice(pagesBefore), [], 'no window was opened');
    assert.deepEqual(
      seen.console.slice(consoleStart).filter((m) => !PARSE_TIME_CSP_NOTE.test(m.text)),
      [],
    );
  });

  it('runs no script in the frame even past the sanitizer: the sandbox still forbids scripts with same-origin access', async () => {
    const frame = popup.locator('iframe.html-body');
    const consoleBefore = seen.console.length;
    const ran = await frame.evaluate((el) => {
      const doc = /** @type {HTMLIFrameElement} */ (el).contentDocument;
      if (!doc) throw new Error('the popup cannot reach the frame (it needs same-origin to size it)');
      const probe = /** @type {any} */ (window);
      probe.__frameScriptRan = false;
      // An inline script runs as it is inserted, when scripts may run at all.
      const script = doc.createElement('script');
      script.textContent = 'parent.__frameScriptRan = true';
      doc.body.append(script);
      return probe.__frameScriptRan;
    });
    assert.equal(ran, false, 'a script inserted into the mail frame did not run');
    // Chromium says why: the sandbox lacks allow-scripts.
    await waitFor(
      () => seen.console.slice(consoleBefore).some((m) => /sandboxed and the 'allow-scripts' permission is not set/.test(m.text)),
      "Chromium's sandbox message",
    );
    consoleStart = seen.console.length;
  });

  it('loads remote images only when asked, and still nothing else', async () => {
    await popup.getByRole('button', { name: 'Load remote images' }).click({ timeout: 5000 });
    // Positive control: the test can see loads at all.
    await waitFor(async () => (await beaconPaths()).includes('/__beacon/img.png'), 'the remote image to load');
    // The button went away with the click: the focus goes to the mail it reloaded, not to the page.
    await waitFor(
      () => popup.evaluate(() => document.activeElement?.matches('iframe.html-body') ?? false),
      'the focus on the mail frame',
    );
    const frame = await loadedMessageFrame();
    const inside = await inspectFrame(frame);
    assert.match(inside.csp ?? '', /img-src data: https: http:;/);
    assert.equal(inside.url, 'about:srcdoc');
    assert.equal(inside.scripts, 0);
    assert.deepEqual(inside.handlers, []);
    assert.deepEqual(inside.active, []);
    assert.deepEqual(
      inside.remoteRefs.filter((ref) => !REMOTE_IMAGES.includes(ref)),
      [],
      'only image references were kept',
    );
    assert.deepEqual(((await popup.locator('iframe.html-body').getAttribute('sandbox')) ?? '').split(/\s+/).sort(), [
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-same-origin',
    ]);

    const loaded = (await beaconPaths()).map((path) => path.replace('/__beacon/', ''));
    for (const name of NEVER)
      assert.ok(!loaded.some((path) => path.startsWith(name)), `${name} must never load (loaded: ${loaded.join(', ')})`);
    assert.deepEqual(
      loaded.filter((path) => !REMOTE_IMAGES.includes(path)),
      [],
      'only image references loaded',
    );
    assert.deepEqual(seen.dialogs, []);
    assert.deepEqual(
      seen.console.slice(consoleStart).filter((m) => !PARSE_TIME_CSP_NOTE.test(m.text)),
      [],
    );
  });
});

describe('verification chips in the list', () => {
  it('offers "Copy code" for a mail with a 6-digit code', async () => {
    const subject = 'Reading: sign-in code';
    const row = await deliver({ subject, text: 'Hello,\n\nYour verification code is 123456. It expires in 10 minutes.\n' });
    const chip = row.getByRole('button', { name: 'Copy code 123456', exact: true });
    await chip.waitFor();
    assert.equal(await row.getByRole('link', { name: 'Open link' }).count(), 0);

    await chip.click();
    await waitFor(async () => (await row.locator('button.chip').textContent())?.trim() === 'Copied', 'the copied state');
    await h.context.grantPermissions(['clipboard-read'], { origin: h.emulator.url });
    const reader = await h.context.newPage();
    await reader.goto(`${h.emulator.url}/__emulator/health`);
    assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), '123456');
    await reader.close();
  });

  it('offers "Open link" for a mail with only a confirm link', async () => {
    const subject = 'Reading: confirm your address';
    const link = 'https://example.org/confirm?token=abcdefgh&user=forty-two';
    const row = await deliver({
      subject,
      text: `Please confirm your e-mail address: ${link}`,
      html:
        `<p>Welcome! Please confirm your e-mail address to finish signing up.</p>` +
        `<p><a href="${link.replace('&', '&amp;')}">Confirm my e-mail</a></p><p>Thanks</p>`,
    });
    const chip = row.getByRole('link', { name: 'Open link', exact: true });
    await chip.waitFor();
    assert.equal(await chip.getAttribute('href'), link);
    assert.equal(await chip.getAttribute('rel'), 'noopener noreferrer');
    assert.equal(await chip.getAttribute('target'), '_blank');
    assert.equal(await row.getByRole('button', { name: /^Copy code/ }).count(), 0);
  });

  it('offers "Copy code" for a Russian HTML mail with one digit per table cell', async () => {
    const cells = ['4', '8', '2', '9', '1', '3'].map((digit) => `  <td style="font-size:28px">${digit}</td>`).join('\n');
    const row = await deliver({
      subject: 'Reading: подтверждение входа',
      html: `<p>Ваш код подтверждения:</p>\n<table><tr>\n${cells}\n</tr></table>\n<p>Никому не сообщайте этот код.</p>`,
    });
    await row.getByRole('button', { name: 'Copy code 482913', exact: true }).waitFor();
  });

  it('offers "Open link" for a Japanese confirm button', async () => {
    const link = 'https://example.jp/register/complete?key=a8f3k2';
    const row = await deliver({
      subject: 'Reading: 会員登録のご案内',
      html: `<p>以下のボタンからメールアドレスの確認を完了してください。</p><p><a href="${link}">メールアドレスを確認する</a></p>`,
    });
    assert.equal(await row.getByRole('link', { name: 'Open link', exact: true }).getAttribute('href'), link);
  });
});

describe('attachments', () => {
  /** Names Windows and Chrome refuse, whatever the extension. */
  const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$|clock\$)$/i;
  // eslint-disable-next-line no-control-regex
  const INVISIBLE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
  const sha256 = (/** @type {Buffer | Uint8Array} */ bytes) => createHash('sha256').update(bytes).digest('hex');

  it('saves each attachment byte-exact under a safe name in the downloads folder', async () => {
    const subject = 'Reading: your files';
    const files = [
      { filename: 'photo.bin', content: randomBytes(300 * 1024), contentType: 'application/octet-stream', expected: 'photo.bin' },
      {
        filename: 'notes.txt',
        content: Buffer.from('Grüße\r\nline two\nline three\n', 'utf8'),
        contentType: 'text/plain',
        expected: 'notes.txt',
      },
      {
        filename: '..\\..\\evil\u202Etxt.exe',
        content: Buffer.from('MZ not really a program'),
        contentType: 'application/octet-stream',
      },
      {
        filename: '../../etc/passwd',
        content: Buffer.from('root:x:0:0:root:/root:/bin/sh\n'),
        contentType: 'application/octet-stream',
      },
      { filename: 'CON.txt', content: Buffer.from('a device name'), contentType: 'text/plain' },
    ];
    await deliver({
      subject,
      text: 'Your files are attached.',
      attachments: files.map(({ filename, content, contentType }) => ({ filename, content, contentType })),
    });
    await openMessage(subject);

    // What the emulator serves at GET /api/messages/{id}/attachments/{name}, fetched with the key.
    const auth = { authorization: `Bearer ${h.emulator.keys[0].key}` };
    const listing = await (
      await fetch(`${h.emulator.url}/api/messages?email=${encodeURIComponent(address)}`, { headers: auth })
    ).json();
    const message = listing.messages.find((/** @type {any} */ m) => m.subject === subject);
    assert.deepEqual(
      message.attachments.map((/** @type {any} */ a) => a.name),
      files.map((f) => f.filename),
      'names kept as sent',
    );

    const cdp = await useChromeDownloads();
    const downloadsDir = realpathSync(chromeDownloads);
    try {
      for (const file of files) {
        const served = Buffer.from(
          await (
            await fetch(message.attachments.find((/** @type {any} */ a) => a.name === file.filename).url, { headers: auth })
          ).arrayBuffer(),
        );
        assert.equal(sha256(served), sha256(file.content), `the emulator serves ${JSON.stringify(file.filename)} as sent`);

        const before = new Set((await h.inWorker(() => chrome.downloads.search({}))).map((item) => item.id));
        const entry = popup.locator('.attachments li').filter({ hasText: file.filename });
        await entry.getByRole('button', { name: `Download ${file.filename}`, exact: true }).click();
        // The popup reports the outcome: "Saved as <name>", or the browser's refusal.
        const outcome = entry.locator('.saved, .error');
        await outcome.waitFor();
        const shown = (await outcome.textContent()) ?? '';
        assert.match(shown, /^Saved as /, `the download of ${JSON.stringify(file.filename)} was refused: ${shown}`);
        const item = await waitFor(
          async () => {
            const fresh = (await h.inWorker(() => chrome.downloads.search({}))).filter((d) => !before.has(d.id));
            if (fresh.some((d) => d.state === 'interrupted')) throw new Error(`download interrupted: ${fresh[0]?.error}`);
            return fresh.length === 1 && fresh[0]?.state === 'complete' ? fresh[0] : null;
          },
          `the download of ${JSON.stringify(file.filename)} to complete`,
        );

        const saved = basename(item.filename);
        assert.equal(shown, `Saved as ${saved}`, 'the popup names the file that was saved');
        if (file.expected) assert.equal(saved, file.expected);

        assert.ok(isAbsolute(item.filename));
        assert.equal(dirname(realpathSync(item.filename)), downloadsDir, `${item.filename} is in the downloads folder`);
        assert.ok(!relative(downloadsDir, realpathSync(item.filename)).startsWith('..'));
        assert.doesNotMatch(saved, /[/\\]/, 'no path separators');
        assert.doesNotMatch(saved, INVISIBLE, 'no control or bidi characters (U+202E)');
        assert.doesNotMatch(saved, /^[\s.]|[\s.]$/, 'no leading dot, no trailing dot or space');
        assert.ok(!RESERVED.test((saved.split('.')[0] ?? '').trim()), `${saved} is not a reserved device name`);

        assert.equal(item.fileSize, file.content.length);
        assert.equal(sha256(readFileSync(item.filename)), sha256(file.content), `the bytes of ${saved} are the ones sent`);
      }
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  });
});

/**
 * Hands downloads back to Chrome's own download manager: with Playwright's handling (GUID names)
 * Chrome never applies the extension's file name. Returns the CDP session; keep it attached while
 * downloading.
 */
async function useChromeDownloads() {
  const cdp = await h.context.newCDPSession(popup);
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
  return cdp;
}
