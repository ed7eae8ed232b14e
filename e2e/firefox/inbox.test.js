// @ts-check
// The inbox in real Firefox ESR against the emulator, every mail over real SMTP: mail on the
// toolbar badge, a hostile HTML mail opened (no script runs, nothing remote loads until asked),
// an attachment saved byte-exact, and the event page suspended and woken losing nothing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { launch, pngDataUrl, waitFor } from './harness.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const DATA_PNG = pngDataUrl(3, 2);

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {import('puppeteer-core').Page} */
let popup;
let address = '';
/** Dialogs the popup tried to open (a script running in a mail would show up here). */
const dialogs = /** @type {string[]} */ ([]);

before(async () => {
  h = await launch();
  await (await h.connect()).close();
  popup = await h.openPopup();
  popup.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => undefined);
  });
  await h.click(popup, '::-p-aria([name="New address"][role="button"])');
  address = await waitFor(async () => {
    const text = (await h.text(popup, '[data-testid="current-address"]')) ?? '';
    return /@(mail|inbox)\.test$/.test(text) && text;
  }, 'a new address');
});
after(async () => {
  await h?.close();
});

/** @returns {Promise<Array<{id: string, subject: string, read: boolean}>>} */
const stored = async () => (await h.storage('messages')) ?? [];

/** The list row of a subject, once the popup shows it. @param {string} subject */
async function waitForRow(subject) {
  await waitFor(
    () =>
      popup.evaluate((s) => [...document.querySelectorAll('li .subject')].some((el) => el.textContent?.trim() === s), subject),
    `the row "${subject}"`,
    20_000,
  );
}

/** Opens a message from the list with a real click. @param {string} subject */
async function openMessage(subject) {
  await waitForRow(subject);
  const rows = await popup.$$('li');
  for (const row of rows) {
    const text = await row.$eval('.subject', (el) => el.textContent?.trim()).catch(() => null);
    if (text !== subject) continue;
    const open = await row.$('button.open');
    if (!open) throw new Error(`no open button on "${subject}"`);
    await popup.bringToFront();
    await open.click({ delay: 40 });
    await waitFor(async () => (await h.text(popup, '#message-subject')) === subject, `message "${subject}" open`);
    return;
  }
  throw new Error(`no row "${subject}"`);
}

/** @returns {Promise<string[]>} */
async function beaconPaths() {
  const hits = /** @type {Array<{path: string}>} */ (await h.admin('beacons'));
  return hits.map((hit) => hit.path.replace('/__beacon/', ''));
}

/**
 * What the sandboxed message frame holds, once it has loaded. Its document runs no script of
 * its own; the harness reads it through BiDi.
 */
async function inspectFrame() {
  return waitFor(
    () =>
      h.inChildFrame(popup, () => {
        if (location.href !== 'about:srcdoc' || document.readyState !== 'complete') return null;
        const all = [...document.querySelectorAll('*')];
        const attrs = all.flatMap((el) => [...el.attributes].map((a) => ({ el: el.localName, name: a.name, value: a.value })));
        const logo = /** @type {HTMLImageElement | null} */ (document.getElementById('inline-logo'));
        return {
          url: location.href,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null,
          scripts: document.querySelectorAll('script').length,
          handlers: attrs.filter((a) => /^on/i.test(a.name)).map((a) => `${a.el}[${a.name}]`),
          jsUrls: attrs.filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${a.el}[${a.name}]`),
          active: [
            ...document.querySelectorAll(
              'iframe, frame, object, embed, form, input, button, link, use, base[href], meta[http-equiv="refresh" i]',
            ),
          ].map((el) => el.localName),
          remoteRefs: [...document.documentElement.outerHTML.matchAll(/\/__beacon\/([\w.-]*)/g)].map((m) => m[1]),
          inlineLogo: logo ? [logo.naturalWidth, logo.naturalHeight] : null,
        };
      }),
    'the message frame',
  );
}

describe('Firefox: mail arrives', () => {
  it('Firefox: a mail sent over SMTP shows on the toolbar badge and is announced', async () => {
    await popup.close(); // the badge must count without the popup open
    assert.equal(await h.badgeText(), '');
    await h.sendMail({ to: address, subject: 'Badge one', text: 'Your verification code is 482913.' });
    await waitFor(async () => (await h.badgeText()) === '1', 'the badge to say 1', 20_000);
    const [message] = await stored();
    assert.equal(message?.subject, 'Badge one');
    // The notification names the sender and carries the code, and it is the message's own.
    const [shown] = await waitFor(async () => {
      const list = await h.notifications();
      return list.length ? list : null;
    }, 'the notification');
    assert.equal(shown?.title, '482913 — code from Sender');
    assert.match(shown?.text ?? '', /Badge one/);
    const ids = await h.inExtension(() => /** @type {any} */ (globalThis).browser.notifications.getAll());
    assert.deepEqual(Object.keys(ids), [`message:${message?.id}`]);
  });
});

describe('Firefox: the notification', () => {
  it('Firefox: a click on it wakes the event page and opens the message in a tab', async () => {
    const [message] = await stored();
    await h.suspendBackground();
    const from = (await h.backgroundEvents()).length;
    await h.clickNotification('Badge one');
    const tab = await waitFor(
      async () =>
        (await h.extensionTabs()).find((t) => t.url.endsWith(`/popup.html#message=${encodeURIComponent(message?.id ?? '')}`)),
      'the message to open in a tab',
    );
    assert.equal((await h.backgroundEvents()).slice(from)[0], 'started', 'the click woke the event page');
    await waitFor(async () => (await h.text(tab.page, '#message-subject')) === 'Badge one', 'the message view');
    await waitFor(async () => (await h.badgeText()) === '', 'the badge to drop the message read');
    await tab.page.close();
  });
});

describe('Firefox: the event page', () => {
  // Both journeys need the fast window (a poll every 5 s) that a new address opens for 3 minutes;
  // the suite's first address may be older than that by now: a user's New address opens another.
  before(async () => {
    const fresh = await h.openPopup();
    await h.click(fresh, '::-p-aria([name="New address"][role="button"])');
    address = await waitFor(async () => {
      const text = (await h.text(fresh, '[data-testid="current-address"]')) ?? '';
      return /@(mail|inbox)\.test$/.test(text) && text !== address && text;
    }, 'another new address');
    await fresh.close();
  });

  it('Firefox: suspended, it loses nothing; the poll alarm wakes it and polling goes on', async () => {
    // Between two polls of the new address's fast window: the poll alarm is at most 5 s away (a
    // page stopped in the middle of a poll would wait for the 60 s backstop alarm instead).
    await waitFor(async () => {
      const alarm = await h.inExtension(() => /** @type {any} */ (globalThis).browser.alarms.get('poll-inbox'));
      return alarm && alarm.scheduledTime - Date.now() <= 5_000;
    }, 'a moment between two polls');
    const before = {
      connection: await h.storage('connection'),
      mailboxes: await h.storage('mailboxes'),
      messages: await stored(),
    };
    await h.suspendBackground();
    const suspendedAt = Date.now();
    const eventsAtSuspend = (await h.backgroundEvents()).length;
    assert.equal((await h.backgroundEvents()).at(-1), 'stopped');

    const unread = Number((await h.badgeText()) || 0);
    await h.sendMail({ to: address, subject: 'Badge two', text: 'Second mail, while the event page sleeps.' });
    await waitFor(async () => (await h.badgeText()) === String(unread + 1), `the badge to say ${unread + 1}`, 20_000);
    const events = (await h.backgroundEvents()).slice(eventsAtSuspend);
    assert.equal(events[0], 'started', 'something woke the event page');
    const log = await h.apiLog();
    const polls = log.filter((entry) => entry.time > suspendedAt && entry.path.startsWith('/api/messages?'));
    assert.ok(polls.length >= 1 && polls.every((entry) => entry.status === 200), 'the woken page polled with the saved key');

    // Nothing was lost: the connection and the address as before, the first message still there.
    assert.deepEqual(await h.storage('connection'), before.connection);
    assert.deepEqual(await h.storage('mailboxes'), before.mailboxes);
    const after = await stored();
    assert.deepEqual(after.map((m) => m.subject).sort(), ['Badge one', 'Badge two']);
    assert.deepEqual(
      after.find((m) => m.subject === 'Badge one'),
      before.messages[0],
    );

    // Polling goes on after the wake: another list request comes, with no page open.
    const lastPoll = /** @type {number} */ (polls.at(-1)?.time);
    await waitFor(
      async () => (await h.apiLog()).some((entry) => entry.time > lastPoll && entry.path.startsWith('/api/messages?')),
      'the next poll',
      20_000,
    );
  });

  it('Firefox: after idling it suspends by itself and each poll alarm wakes it again', async () => {
    // Firefox unloads an idle event page after extensions.background.idle.timeout (30 s by
    // default); 1 s here, so it happens between two fast-window polls.
    await h.chrome(() => Services.prefs.setIntPref('extensions.background.idle.timeout', 1000));
    try {
      // The idle timer running now was armed with the old timeout: one suspension restarts it.
      await h.suspendBackground();
      const from = (await h.backgroundEvents()).length;
      await waitFor(
        async () => {
          const events = (await h.backgroundEvents()).slice(from);
          if (events.filter((e) => e === 'stopped').length >= 2 && events.filter((e) => e === 'started').length >= 2) return true;
          throw new Error(`events since: ${events.join(', ') || 'none'}; now ${await h.backgroundState()}`);
        },
        'two suspensions and two wakes',
        30_000,
      );
      const unread = Number((await h.badgeText()) || 0);
      await h.sendMail({ to: address, subject: 'Badge three', text: 'Third mail.' });
      await waitFor(async () => (await h.badgeText()) === String(unread + 1), `the badge to say ${unread + 1}`, 20_000);
    } finally {
      await h.chrome(() => Services.prefs.clearUserPref('extensions.background.idle.timeout'));
    }
  });
});

describe('Firefox: the event page under an open popup', () => {
  it("Firefox: suspended, it drops the popup's port; the popup reconnects and wakes it, and mail still comes in", async () => {
    popup = await h.openPopup();
    await waitFor(async () => (await h.text(popup, '[data-testid="current-address"]')) === address, 'the popup');
    await h.suspendBackground();
    const suspendedAt = Date.now();
    const from = (await h.backgroundEvents()).length;
    await waitFor(async () => (await h.backgroundEvents()).slice(from).includes('started'), 'the popup to wake the event page');
    await waitFor(
      async () => (await h.apiLog()).some((entry) => entry.time > suspendedAt && entry.path.startsWith('/api/messages?')),
      'a poll',
    );
    await h.sendMail({ to: address, subject: 'While the popup is open', text: 'Hello.' });
    await waitForRow('While the popup is open');
    await popup.close();
  });
});

describe('Firefox: reading a hostile HTML mail', () => {
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
  const subject = 'Reading: hostile';

  it('Firefox: it renders inert in the sandboxed frame and loads nothing remote', async () => {
    const beacon = `${h.emulator.url}/__beacon`;
    const html = readFileSync(new URL('hostile-mail.html', FIXTURES), 'utf8')
      .replaceAll('BEACON', beacon)
      .replaceAll('DATA_PNG', DATA_PNG);
    await h.admin('beacons', { method: 'DELETE' });
    popup = await h.openPopup();
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    await h.sendMail({ to: address, subject, from: `"<img src=${beacon}/from.png onerror=alert(9)>" <evil@example.org>`, html });
    await openMessage(subject);

    const sandbox = await popup.$eval('iframe.html-body', (el) => (el.getAttribute('sandbox') ?? '').split(/\s+/).sort());
    assert.deepEqual(sandbox, ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin']);
    const inside = await waitFor(async () => {
      const state = await inspectFrame();
      return state.inlineLogo?.[0] === 3 && state.inlineLogo?.[1] === 2 ? state : null;
    }, 'the inline data: image to decode in the frame');
    assert.equal(inside.url, 'about:srcdoc', 'no meta refresh navigated the frame');
    assert.equal(inside.scripts, 0);
    assert.deepEqual(inside.handlers, []);
    assert.deepEqual(inside.jsUrls, []);
    assert.deepEqual(inside.active, []);
    assert.match(inside.csp ?? '', /default-src 'none'/);
    assert.match(inside.csp ?? '', /img-src data:;/);
    assert.deepEqual(inside.remoteRefs, [], 'the sanitizer left no remote reference');
    assert.deepEqual(await beaconPaths(), [], 'nothing remote was loaded');
    assert.deepEqual(dialogs, [], 'no script ran');
    assert.match((await h.text(popup, '.remote-bar')) ?? '', /blocked/i);
  });

  it('Firefox: remote images load when asked, and nothing else does', async () => {
    await h.click(popup, '::-p-aria([name="Load remote images"][role="button"])');
    await waitFor(async () => (await beaconPaths()).includes('img.png'), 'the remote image to load');
    const inside = await inspectFrame();
    assert.match(inside.csp ?? '', /img-src data: https: http:;/);
    assert.equal(inside.scripts, 0);
    assert.deepEqual(inside.handlers, []);
    const loaded = await beaconPaths();
    for (const name of NEVER) assert.ok(!loaded.some((path) => path.startsWith(name)), `${name} must never load (${loaded})`);
    assert.deepEqual(
      loaded.filter((path) => !REMOTE_IMAGES.includes(path)),
      [],
    );
    assert.deepEqual(dialogs, []);
  });
});

describe('Firefox: attachments', () => {
  it('Firefox: attachments download byte-exact under safe names in the downloads folder', async () => {
    const subject = 'Reading: your files';
    const files = [
      { filename: 'photo.bin', content: randomBytes(300 * 1024), expected: 'photo.bin' },
      { filename: 'notes.txt', content: Buffer.from('Grüße\r\nline two\n', 'utf8'), expected: 'notes.txt' },
      { filename: '..\\..\\evil\u202Etxt.exe', content: Buffer.from('MZ not really a program') },
      { filename: '../../etc/passwd', content: Buffer.from('root:x:0:0:root:/root:/bin/sh\n') },
      { filename: 'CON.txt', content: Buffer.from('a device name') },
    ];
    await h.sendMail({
      to: address,
      subject,
      text: 'Your files are attached.',
      attachments: files.map(({ filename, content }) => ({ filename, content, contentType: 'application/octet-stream' })),
    });
    const back = '::-p-aria([name="Back"][role="button"])';
    if (await popup.$(back)) await h.click(popup, back); // from the message the last test opened
    await openMessage(subject);
    const sha256 = (/** @type {Buffer} */ bytes) => createHash('sha256').update(bytes).digest('hex');
    /** @type {() => Promise<Array<{id: number, filename: string, state: string, error?: string}>>} */
    const downloads = () => h.inExtension(() => /** @type {any} */ (globalThis).browser.downloads.search({}));

    for (const file of files) {
      const before = new Set((await downloads()).map((item) => item.id));
      await h.click(popup, `::-p-aria(${JSON.stringify(`Download ${file.filename}`)})`);
      const item = await waitFor(
        async () => {
          const fresh = (await downloads()).filter((d) => !before.has(d.id));
          const interrupted = fresh.find((d) => d.state === 'interrupted');
          if (interrupted) throw new Error(`download interrupted: ${interrupted.error}`);
          return fresh.length === 1 && fresh[0]?.state === 'complete' ? fresh[0] : null;
        },
        `the download of ${JSON.stringify(file.filename)} to complete`,
      );
      const saved = basename(item.filename);
      const shown = await waitFor(
        () =>
          popup.evaluate((name) => {
            const entry = [...document.querySelectorAll('.attachments li')].find((li) => li.textContent?.includes(name));
            return entry?.querySelector('.saved, .error')?.textContent?.trim() ?? null;
          }, file.filename),
        'the popup to report the download',
      );
      assert.equal(shown, `Saved as ${saved}`, 'the popup names the file that was saved');
      if (file.expected) assert.equal(saved, file.expected);
      assert.equal(dirname(realpathSync(item.filename)), realpathSync(h.downloads), `${saved} is in the downloads folder`);
      assert.doesNotMatch(saved, /[/\\\u202e]|^\.|^con\./i, `${saved} is a safe name`);
      assert.equal(sha256(readFileSync(item.filename)), sha256(file.content), `the bytes of ${saved} are the ones sent`);
    }
  });
});
