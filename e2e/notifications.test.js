// @ts-check
// Notifications for new mail in real Chromium: one per poll, never twice for a message, and none
// when the user turned them off.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {string} */
let email;

before(async () => {
  h = await launch();
  await (await h.connect()).close();
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'New address' }).click();
  email = /** @type {string} */ (
    await waitFor(async () => {
      const text = (await popup.getByTestId('current-address').textContent()) ?? '';
      return text.includes('@') && text;
    }, 'an address')
  );
  await popup.close();
});
after(async () => {
  await h?.close();
});

/** @returns {Promise<string[]>} the ids of the notifications on screen */
const shown = () => h.inWorker(() => chrome.notifications.getAll().then((all) => Object.keys(all)));
/** @returns {Promise<Array<{id: string, subject: string, fetchedAt: number, code: string | null}>>} */
const stored = async () => (await h.storage('messages')) ?? [];

describe('notifications', () => {
  it('announces new mail once per poll, naming the newest message', async () => {
    await h.sendMail({ to: email, subject: 'Your code', text: 'Your verification code is 482913.' });
    await h.sendMail({ to: email, subject: 'Welcome', text: 'Hello there.' });
    await waitFor(async () => (await stored()).length === 2, 'both messages stored', 20_000);
    const messages = await stored();
    const polls = new Set(messages.map((m) => m.fetchedAt)).size;
    const ids = await waitFor(async () => {
      const list = await shown();
      return list.length === polls && list;
    }, `${polls} notification(s)`);
    // Each notification opens a message that was stored, and one poll makes exactly one.
    for (const id of ids) {
      assert.match(id, /^message:/);
      assert.ok(
        messages.some((m) => `message:${m.id}` === id),
        `${id} names a stored message`,
      );
    }
    assert.equal(messages.find((m) => m.subject === 'Your code')?.code, '482913');
  });

  it('never announces a message twice, even after the worker restarts', async () => {
    const before = await shown();
    await h.inWorker(() =>
      chrome.notifications.getAll().then((all) => Promise.all(Object.keys(all).map((id) => chrome.notifications.clear(id)))),
    );
    await h.stopWorker();
    // The worker wakes on its alarm and polls the same listing again.
    const polledAgain = (await h.apiLog()).length;
    await waitFor(async () => (await h.apiLog()).length > polledAgain + 1, 'two more polls after the restart', 40_000, 200);
    assert.ok(before.length > 0);
    assert.deepEqual(await shown(), []);
  });

  it('stays quiet when notifications are turned off', async () => {
    const page = await h.context.newPage();
    await page.goto(h.optionsUrl);
    await page.getByLabel('Show a notification when new mail arrives').uncheck();
    await waitFor(async () => (await h.storage('settings'))?.notifications === false, 'the setting saved');
    await page.close();
    await h.sendMail({ to: email, subject: 'Quiet one', text: 'No bell for me.' });
    await waitFor(async () => (await stored()).some((m) => m.subject === 'Quiet one'), 'the quiet mail stored', 20_000);
    assert.deepEqual(await shown(), []);
  });
});
