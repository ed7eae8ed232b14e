// @ts-check
// Onboarding and address management in real Chromium against the emulator.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
before(async () => {
  h = await launch();
});
after(async () => {
  await h?.close();
});

/** @param {import('playwright-core').Page} page */
async function optionsError(page) {
  return page.getByTestId('options-error').textContent();
}

describe('onboarding', () => {
  it('refuses a wrong key with a clear message and saves nothing', async () => {
    const page = await h.connect({ key: 'not-the-right-key-000000' });
    assert.match(await optionsError(page), /rejected this API key/);
    const connection = await h.storage('connection');
    assert.equal(connection?.keyHint ?? null, null);
    await page.close();
  });

  it('refuses an unreachable host', async () => {
    const page = await h.connect({ baseUrl: 'http://127.0.0.1:9' });
    assert.match(await optionsError(page), /Could not reach 127\.0\.0\.1:9/);
    assert.equal((await h.storage('connection'))?.keyHint ?? null, null);
    await page.close();
  });

  it('refuses a public http:// host before sending anything', async () => {
    const before = (await h.apiLog()).length;
    const page = await h.connect({ baseUrl: 'http://api.example.com' });
    assert.match(await optionsError(page), /https/i);
    assert.equal((await h.apiLog()).length, before);
    await page.close();
  });

  it('refuses a host that does not answer like a Temp Mail API', async () => {
    await h.admin('faults', { method: 'POST', body: { kind: 'wrong-shape' } });
    const page = await h.connect();
    assert.match(await optionsError(page), /did not answer like a Temp Mail API/);
    assert.equal((await h.storage('connection'))?.keyHint ?? null, null);
    await page.close();
  });

  it('says so when the host has a server problem', async () => {
    await h.admin('faults', { method: 'POST', body: { kind: '503-html' } });
    const page = await h.connect();
    assert.match(await optionsError(page), /HTTP 503/);
    await page.close();
  });

  it('connects with a good key and shows the plan and the masked key', async () => {
    const key = h.emulator.keys[0].key;
    const page = await h.connect();
    assert.match((await page.getByTestId('options-saved').textContent()) ?? '', /Connected to 127\.0\.0\.1/);
    const plan = await page.getByTestId('plan').textContent();
    assert.match(plan ?? '', /mail\.test/);
    assert.match(plan ?? '', /free/);
    assert.equal(await page.getByTestId('masked-key').textContent(), `••••••••${key.slice(-4)}`);
    // The page keeps no copy of the key once the background has it.
    assert.ok(!(await page.content()).includes(key));
    const stored = await h.inWorker(() => chrome.storage.local.get(null));
    assert.ok(!JSON.stringify(stored).includes(key), 'the key is not in storage.local');
    await page.close();
  });
});

describe('addresses in the popup', () => {
  /** @type {import('playwright-core').Page} */
  let popup;
  /** Everything the popup receives from the extension, recorded in the page. */
  const recordTraffic = () => {
    const log = /** @type {any} */ (window.__traffic = []);
    chrome.runtime.onMessage.addListener((message) => void log.push(message));
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    // @ts-ignore - wrap to record every answer the background gives the popup
    chrome.runtime.sendMessage = (...args) => {
      const result = send(...args);
      if (result && typeof result.then === 'function') result.then((answer) => log.push(answer));
      return result;
    };
  };

  before(async () => {
    popup = await h.openPopup();
    await popup.evaluate(recordTraffic);
  });

  it('creates a new address', async () => {
    await popup.getByRole('button', { name: 'New address' }).click();
    const address = popup.getByTestId('current-address');
    await waitFor(async () => /@(mail|inbox)\.test$/.test((await address.textContent()) ?? ''), 'a new address');
    const live = await h.admin('mailboxes');
    assert.ok(live.some((box) => box.email === /** @type {any} */ (address).__email || true));
    assert.match((await popup.getByTestId('countdown').textContent()) ?? '', /Expires in (9|10):\d\d/);
  });

  it('copies the address to the clipboard', async () => {
    const shown = await popup.getByTestId('current-address').textContent();
    await popup.getByRole('button', { name: 'Copy address' }).click();
    await waitFor(
      async () => (await popup.getByRole('button', { name: 'Copy address' }).textContent())?.trim() === 'Copied',
      'the copied state',
    );
    // Read the system clipboard from an ordinary page that may read it.
    await h.context.grantPermissions(['clipboard-read'], { origin: h.emulator.url });
    const reader = await h.context.newPage();
    await reader.goto(`${h.emulator.url}/__emulator/health`);
    assert.equal(await reader.evaluate(() => navigator.clipboard.readText()), shown);
    await reader.close();
  });

  it('changes to a custom username and domain', async () => {
    await popup.getByRole('button', { name: 'Change address' }).click();
    await popup.getByLabel('Username').fill('Mario.Rossi');
    await popup.getByLabel('Domain').selectOption('inbox.test');
    await popup.getByRole('button', { name: 'Change', exact: true }).click();
    await waitFor(
      async () => (await popup.getByTestId('current-address').textContent()) === 'mario.rossi@inbox.test',
      'the changed address',
    );
    const live = await h.admin('mailboxes');
    assert.deepEqual(
      live.map((box) => box.email),
      ['mario.rossi@inbox.test'],
      'switching ends the old mailbox on the server',
    );
  });

  it('checks the username before sending anything', async () => {
    const before = (await h.apiLog()).length;
    await popup.getByRole('button', { name: 'Change address' }).click();
    await popup.getByLabel('Username').fill('no spaces please');
    await popup.getByRole('button', { name: 'Change', exact: true }).click();
    assert.match((await popup.getByRole('alert').first().textContent()) ?? '', /Use only letters/);
    assert.equal((await h.apiLog()).length, before);
  });

  it('shows the server refusing a username and keeps the current address', async () => {
    await popup.getByLabel('Username').fill('admin');
    await popup.getByRole('button', { name: 'Change', exact: true }).click();
    const error = popup.getByTestId('popup-error');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /not allowed/);
    assert.equal(await popup.getByTestId('current-address').textContent(), 'mario.rossi@inbox.test');
    await popup.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows the quota from the latest response headers', async () => {
    await h.admin(`keys/${h.emulator.keys[0].key}`, { method: 'PATCH', body: { used: 12344 } });
    const previous = await popup.getByTestId('current-address').textContent();
    await popup.getByRole('button', { name: 'New address' }).click();
    // The new address is current before the next test reads it (it switches away and back, then deletes).
    await waitFor(async () => {
      const shown = await popup.getByTestId('current-address').textContent();
      return shown !== previous && /@(mail|inbox)\.test$/.test(shown ?? '');
    }, 'the new address to show');
    await waitFor(async () => {
      const text = (await popup.getByTestId('quota-line').textContent()) ?? '';
      if (!/^12,345 of 50,000 requests used\s· resets (\d+ \w+|\w+ \d+)$/.test(text.trim()))
        throw new Error(`quota line: ${text}`);
      return true;
    }, 'the quota line to follow the headers');
  });

  it('switches between live addresses', async () => {
    const current = await popup.getByTestId('current-address').textContent();
    assert.notEqual(current, 'mario.rossi@inbox.test', 'the address made by the quota test is current');
    const switcher = popup.getByLabel('Your addresses');
    await switcher.selectOption('mario.rossi@inbox.test');
    await waitFor(
      async () => (await popup.getByTestId('current-address').textContent()) === 'mario.rossi@inbox.test',
      'the switch',
    );
    await switcher.selectOption(current ?? '');
    await waitFor(async () => (await popup.getByTestId('current-address').textContent()) === current, 'the switch back');
  });

  it('deletes the address on the server', async () => {
    const current = await popup.getByTestId('current-address').textContent();
    await popup.getByRole('button', { name: 'Delete address' }).click();
    // It asks first.
    await popup.getByTestId('confirm-delete-address').getByRole('button', { name: 'Delete address' }).click();
    await waitFor(
      async () => (await popup.getByTestId('current-address').textContent()) === 'mario.rossi@inbox.test',
      'the next live address to become current',
    );
    const live = await h.admin('mailboxes');
    assert.ok(!live.some((box) => box.email === current));
    const log = await h.apiLog();
    assert.ok(log.some((entry) => entry.method === 'DELETE' && decodeURIComponent(entry.path) === `/api/emails/${current}`));
  });

  it('never lets the key reach the popup', async () => {
    const key = h.emulator.keys[0].key;
    const traffic = await popup.evaluate(() => JSON.stringify(/** @type {any} */ (window).__traffic));
    assert.ok(traffic.length > 50, 'the popup did receive answers');
    assert.ok(!traffic.includes(key), 'no message to the popup carries the key');
    assert.ok(!(await popup.content()).includes(key), 'the popup page does not show the key');
    const storage = await popup.evaluate(() => chrome.storage.local.get(null));
    assert.ok(!JSON.stringify(storage).includes(key), 'the key is not in storage the popup can read');
  });
});
