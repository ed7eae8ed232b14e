// @ts-check
// Every popup control driven as a person drives it, with the mouse (real pointer events) and with
// the keyboard (Tab, Enter, Space, arrows, Escape), in real Chromium against the emulator: focus
// goes where the action produced something, Escape closes what is open, what destroys data asks
// first, every unread message the badge counts is one click away, and a long mail reads in one
// scroll.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitFor } from './harness.js';
import { focused, tabTo } from './keyboard.js';

/** @type {Awaited<ReturnType<typeof launch>>} */
let h;
/** @type {import('playwright-core').Page} */
let popup;

const ADDRESS = /^[a-z0-9._-]+@(mail|inbox)\.test$/;

before(async () => {
  h = await launch();
  await (await h.connect()).close();
  popup = await h.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
});
after(async () => {
  await h?.close();
});

/** The current address shown, or '' when the popup shows none. */
/** The current address as the card shows it, '' without one (read in one go: the card may be leaving). */
const current = () => popup.evaluate(() => document.querySelector('[data-testid="current-address"]')?.textContent ?? '');
const rows = () => popup.locator('.inbox li');
/** @param {string} text */
const row = (text) => rows().filter({ hasText: text });

/** Waits for a new current address other than `previous`. @param {string} previous */
const nextAddress = (previous) =>
  waitFor(async () => {
    const text = await current();
    return ADDRESS.test(text) && text !== previous ? text : null;
  }, 'a new current address');

/** The mouse clicks `locator` and waits until the focus is on the current address. */
async function expectFocusOnAddress() {
  await waitFor(async () => (await focused(popup)).testid === 'current-address', 'the focus on the new address');
}

describe('addresses', { concurrency: 1 }, () => {
  let first = '';

  it('New address, by mouse and by keyboard: the focus lands on the new address', async () => {
    await popup.getByRole('button', { name: 'New address' }).click();
    first = await nextAddress('');
    await expectFocusOnAddress();

    await tabTo(popup, popup.getByRole('button', { name: 'New address' }));
    await popup.keyboard.press('Enter');
    const second = await nextAddress(first);
    await expectFocusOnAddress();
    assert.notEqual(second, first);
  });

  it('Copy and the QR code, by mouse and by keyboard', async () => {
    const copy = popup.getByRole('button', { name: 'Copy address' });
    await copy.click();
    await waitFor(async () => (await copy.textContent())?.trim() === 'Copied', 'Copied (mouse)');
    await waitFor(async () => (await copy.textContent())?.trim() === 'Copy', 'Copy again');
    await tabTo(popup, copy);
    await popup.keyboard.press('Enter');
    await waitFor(async () => (await copy.textContent())?.trim() === 'Copied', 'Copied (keyboard)');

    const qr = popup.locator('button.qr-toggle');
    await qr.click();
    await popup.getByRole('img', { name: /^QR code of / }).waitFor();
    assert.equal(await qr.getAttribute('aria-expanded'), 'true');
    await tabTo(popup, qr);
    await popup.keyboard.press('Space');
    await popup.getByRole('img', { name: /^QR code of / }).waitFor({ state: 'detached' });

    // Escape closes the panel, as it closes everything else, and gives the focus back to its button.
    await popup.keyboard.press('Space');
    await popup.getByRole('img', { name: /^QR code of / }).waitFor();
    await tabTo(popup, popup.getByRole('button', { name: 'Change address' }));
    await popup.keyboard.press('Escape');
    await popup.getByRole('img', { name: /^QR code of / }).waitFor({ state: 'detached' });
    assert.equal(await qr.getAttribute('aria-expanded'), 'false');
    await waitFor(() => qr.evaluate((el) => el === document.activeElement), 'the focus back on the QR button');
  });

  it("Change…: the form names the address that stops, takes the focus, closes on Escape; the old address's mail stays readable", async () => {
    const old = await current();
    await h.sendMail({ to: old, subject: 'Before the change', text: 'Still here after the change.' });
    await row('Before the change').waitFor({ timeout: 15_000 });

    await popup.getByRole('button', { name: 'Change address' }).click();
    await waitFor(async () => (await focused(popup)).id === 'username', 'the focus in the username field');
    // The username field has a visible label (a placeholder is no label), above it, in the 380 px popup.
    const label = await popup.locator('label[for="username"]').boundingBox();
    const field = await popup.locator('#username').boundingBox();
    assert.ok(label && field, 'the label and the field are laid out');
    assert.equal(await popup.locator('label[for="username"]').textContent(), 'Username');
    assert.ok(label.width >= 30 && label.height >= 10, `the label can be seen: ${JSON.stringify(label)}`);
    assert.ok(label.y + label.height <= field.y + 1 && label.x < field.x + field.width, 'the label sits above its field');
    assert.equal(await popup.locator('#username').getAttribute('placeholder'), null);
    assert.equal(
      await popup.getByTestId('change-note').textContent(),
      `${old} stops receiving mail at once. Its messages stay readable here.`,
    );
    await popup.keyboard.press('Escape');
    await popup.locator('form.change').waitFor({ state: 'detached' });
    assert.equal((await focused(popup)).label, 'Change address', 'the focus back on Change…');

    await popup.keyboard.press('Enter');
    await waitFor(async () => (await focused(popup)).id === 'username', 'the form open again from the keyboard');
    await popup.keyboard.type('anna.bianchi');
    await popup.keyboard.press('Enter');
    const changed = await nextAddress(old);
    assert.match(changed, /^anna\.bianchi@/);
    await expectFocusOnAddress();

    // The old address stays listed while it holds mail, marked replaced (not expired), with its unread count, and its mail opens.
    const switcher = popup.getByLabel('Your addresses');
    const options = await switcher.locator('option').allTextContents();
    assert.ok(
      options.includes(`${old} · replaced · 1 unread`),
      `the switcher lists the old address with its unread mail: ${options.join(' | ')}`,
    );
    // The badge counts what the switcher and All addresses count, and its tooltip says so.
    await waitFor(async () => (await h.badgeText()) === '1', 'the badge to count the old address’s unread mail');
    assert.equal(await h.inWorker(() => chrome.action.getTitle({})), 'Temp Mail Inbox: 1 unread, all addresses');
    await popup.getByText('All addresses', { exact: true }).click();
    await row('Before the change').locator('button.open').click();
    await popup.getByRole('heading', { name: 'Before the change' }).waitFor();
    await popup.getByText('Still here after the change.').waitFor();
    await popup.getByRole('button', { name: 'Back' }).click();
  });

  it('the switcher and All addresses show every unread message the badge counts, by mouse and by keyboard', async () => {
    const now = await current();
    await h.sendMail({ to: now, subject: 'For the new address', text: 'Hello new.' });
    await row('For the new address').waitFor({ timeout: 15_000 });
    // Unread: the new mail here, the earlier one was read. The badge counts every address's unread mail.
    await waitFor(async () => (await h.badgeText()) === '1', 'the badge to count 1');

    // The All side (chosen in the previous test) tags each message with its address.
    assert.equal(await popup.locator('input[value="all"]').isChecked(), true);
    assert.match((await row('For the new address').textContent()) ?? '', new RegExp(`To ${now.replace('.', '\\.')}`));
    assert.equal(await rows().count(), 2);

    // Keyboard: the radio group takes the arrow keys.
    await tabTo(popup, popup.locator('input[value="all"]'));
    await popup.keyboard.press('ArrowLeft');
    await waitFor(() => popup.locator('input[value="current"]').isChecked(), 'This address chosen');
    await waitFor(async () => (await rows().count()) === 1, 'only this address’s mail');
    assert.doesNotMatch((await rows().first().textContent()) ?? '', /To /);
    const counts = await popup.locator('.view-switch').textContent();
    assert.match(counts ?? '', /This address\s*1\s*1 unread/);

    // The switcher: mouse to open it, keys to choose, as a native select works.
    const switcher = popup.getByLabel('Your addresses');
    const before = await switcher.inputValue();
    await switcher.click();
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await waitFor(async () => (await current()) !== before, 'another address chosen');
    await switcher.focus();
    await popup.keyboard.press('ArrowUp');
    await waitFor(async () => (await current()) === before, 'back from the keyboard');
    // The focus stays on the switcher (it is disabled while switching), so the arrows go on.
    await waitFor(() => switcher.evaluate((el) => el === document.activeElement), 'the focus back on the switcher');
    await popup.keyboard.press('ArrowDown');
    await waitFor(async () => (await current()) !== before, 'the next arrow switches again');
    await waitFor(() => switcher.evaluate((el) => el === document.activeElement), 'the focus kept again');
    await popup.keyboard.press('ArrowUp');
    await waitFor(async () => (await current()) === before, 'and back');
  });

  it('once only this address holds mail, the view switch goes and the list is this address’s (no “To …” tags)', async () => {
    await popup.getByText('All addresses', { exact: true }).click();
    await waitFor(() => popup.locator('input[value="all"]').isChecked(), 'All addresses chosen');
    // The old address's only message goes: the current address is the one left holding mail.
    await row('Before the change').locator('button.open').click();
    await popup.getByRole('heading', { name: 'Before the change' }).waitFor();
    await popup.getByRole('button', { name: 'Delete', exact: true }).click();
    await popup.getByTestId('confirm-delete-message').getByRole('button', { name: 'Delete message' }).click();
    await popup.locator('.view-switch').waitFor({ state: 'detached' });
    await row('For the new address').waitFor();
    for (const text of await rows().allTextContents()) assert.doesNotMatch(text, /\bTo /, `no address tag: ${text}`);
  });
});

describe('reading', { concurrency: 1 }, () => {
  it('a mail with a code and a link offers both, each by mouse and by keyboard', async () => {
    const to = await current();
    await h.sendMail({
      to,
      subject: '438810 is your verification code',
      html: '<p>Your code is <b>438810</b>.</p><p><a href="https://shop.example/verify?code=438810">Verify my e-mail</a></p>',
    });
    const mail = row('438810 is your verification code');
    await mail.waitFor({ timeout: 15_000 });
    // The chip says "Copied" for a moment: found by its class, not by its changing name.
    const copy = mail.locator('button.chip');
    assert.equal(await copy.textContent().then((text) => text?.trim()), 'Copy code 438810');
    const link = mail.getByRole('link', { name: 'Open link' });
    assert.equal(await link.getAttribute('href'), 'https://shop.example/verify?code=438810');

    await copy.click();
    await waitFor(async () => (await copy.textContent())?.trim() === 'Copied', 'the copied state (mouse)');
    await tabTo(popup, link);
    const opened = h.context.waitForEvent('page');
    await popup.keyboard.press('Enter');
    const tab = await opened;
    await waitFor(
      () => tab.url().startsWith('https://shop.example/verify') || tab.url().startsWith('chrome-error'),
      'the link tab',
    );
    await tab.close();
  });

  it('opening a message moves the focus to its subject; Escape and Back bring it back to its row', async () => {
    const mail = row('438810 is your verification code').locator('button.open');
    await mail.click();
    await waitFor(async () => (await focused(popup)).tag === 'h2', 'the focus on the subject');
    await popup.keyboard.press('Escape');
    await waitFor(async () => (await focused(popup)).text.includes('438810 is your verification code'), 'the focus on its row');

    await popup.keyboard.press('Enter');
    await waitFor(async () => (await focused(popup)).tag === 'h2', 'the message open from the keyboard');
    await tabTo(popup, popup.getByRole('button', { name: 'Back' }), { back: true });
    await popup.keyboard.press('Enter');
    await waitFor(async () => (await focused(popup)).text.includes('438810 is your verification code'), 'the row again');
  });

  it('a long mail reads in one scroll: the frame takes its height, long words wrap, attachments show above it', async () => {
    const long = `https://shop.example/verify/${'a1b2c3d4'.repeat(20)}`;
    await h.sendMail({
      to: await current(),
      subject: 'Long read',
      html: `${'<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>'.repeat(40)}<p>${long}</p><p id="end">The end.</p>`,
      attachments: [{ filename: 'notes.txt', content: 'x'.repeat(33) }],
    });
    await row('Long read').locator('button.open').click();
    const frame = popup.locator('iframe.html-body');
    await frame.waitFor();
    const fit = await waitFor(async () => {
      const state = await frame.evaluate((el) => {
        const frameEl = /** @type {HTMLIFrameElement} */ (el);
        const doc = frameEl.contentDocument?.documentElement;
        return doc
          ? {
              frame: frameEl.getBoundingClientRect().height,
              content: doc.scrollHeight,
              clientHeight: doc.clientHeight,
              wide: doc.scrollWidth - doc.clientWidth,
            }
          : null;
      });
      return state && state.frame > 1000 ? state : null;
    }, 'the frame to take its content height');
    assert.ok(fit.content <= fit.clientHeight + 1, `no scrollbar inside the frame: ${JSON.stringify(fit)}`);
    assert.ok(fit.wide <= 1, `the long URL wraps: ${JSON.stringify(fit)}`);
    const attachmentsTop = await popup
      .getByRole('heading', { name: 'Attachments' })
      .evaluate((el) => el.getBoundingClientRect().top);
    const frameTop = await frame.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(attachmentsTop < frameTop && attachmentsTop < 600, 'the attachments show above the mail, in the first screen');
    assert.equal(await popup.getByText('33 bytes').count(), 1);
    // The whole view scrolls as one: the popup page is taller than its window.
    assert.ok(await popup.evaluate(() => document.scrollingElement && document.scrollingElement.scrollHeight > innerHeight));
  });

  it('Delete message asks first: Cancel and Escape keep it, confirming deletes it and the focus goes to the next row', async () => {
    const del = popup.getByRole('button', { name: 'Delete', exact: true });
    await del.click();
    const question = popup.getByTestId('confirm-delete-message');
    await question.waitFor();
    assert.equal((await focused(popup)).text, 'Cancel', 'Cancel has the focus');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await question.waitFor({ state: 'detached' });
    assert.equal((await focused(popup)).text, 'Delete', 'the focus back on Delete');

    await popup.keyboard.press('Enter');
    await question.waitFor();
    await popup.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal(
      await popup.getByRole('heading', { name: 'Long read' }).count(),
      1,
      'Escape closed the question, not the message',
    );

    await popup.keyboard.press('Enter');
    await question.getByRole('button', { name: 'Delete message' }).click();
    await row('438810 is your verification code').waitFor();
    assert.equal(await row('Long read').count(), 0);
    await waitFor(async () => (await focused(popup)).text.includes('438810'), 'the focus on the row that took its place');
  });
});

describe('deleting addresses', { concurrency: 1 }, () => {
  it('Delete asks first; Cancel keeps the address, confirming deletes it on the server and focuses the next one', async () => {
    const email = await current();
    await popup.getByRole('button', { name: 'Delete address' }).click();
    const question = popup.getByTestId('confirm-delete-address');
    await question.waitFor();
    assert.match(
      (await question.textContent()) ?? '',
      new RegExp(`Delete ${email.replace('.', '\\.')}\\? It stops receiving mail at once`),
    );
    await popup.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal((await focused(popup)).label, 'Delete address');
    assert.ok((await h.admin('mailboxes')).some((/** @type {{email: string}} */ box) => box.email === email));

    await popup.keyboard.press('Enter');
    await question.getByRole('button', { name: 'Delete address' }).click();
    const next = await nextAddress(email);
    assert.ok(!(await h.admin('mailboxes')).some((/** @type {{email: string}} */ box) => box.email === email));
    await expectFocusOnAddress();
    assert.ok(next);
  });

  it('an expired address offers New address as its main action, not Copy', async () => {
    for (const box of /** @type {Array<{email: string}>} */ (await h.admin('mailboxes'))) {
      await h.admin('expire', { method: 'POST', body: { email: box.email } });
    }
    await waitFor(async () => !(await popup.getByTestId('countdown').count()), 'the address to expire', 20_000);
    assert.equal(await popup.getByRole('button', { name: 'Copy address' }).count(), 0);
    assert.match((await popup.getByRole('button', { name: 'New address' }).getAttribute('class')) ?? '', /\bprimary\b/);
  });

  it('after the last address is deleted, the popup says there is no active address (not "No address yet")', async () => {
    while (await popup.getByRole('button', { name: 'Delete address' }).count()) {
      const before = await current();
      await popup.getByRole('button', { name: 'Delete address' }).click();
      await popup.getByTestId('confirm-delete-address').getByRole('button', { name: 'Delete address' }).click();
      await waitFor(async () => (await current()) !== before, 'the address to go');
    }
    await popup.getByText('You have no active address. Create one to receive mail.').waitFor();
    assert.equal(await popup.getByText('No address yet').count(), 0);
    assert.equal((await focused(popup)).text, 'New address', 'the focus on New address');
    // The mail received stays one click away.
    assert.ok((await rows().count()) > 0, 'the messages of the deleted addresses are listed');
  });
});
