import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPopupPort } from '@/utils/messaging';
import { connectionItem, mailboxesItem, messagesItem, pollStatusItem, settingsItem, DEFAULT_SETTINGS } from '@/utils/storage';
import { createMailbox } from '../background/mailboxes';
import { POLL_ALARM, pollNow, schedule, startPoller } from '../background/poller';
import { connectTo, emulator, fakeEvent, resetBrowser, vault, type Emulator } from './background-fixture';

vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());

let emu: Emulator & { key: string };
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

let fakes: ReturnType<typeof resetBrowser>;
beforeEach(async () => {
  fakes = resetBrowser();
  emu.state.faults.clear();
  await connectTo(emu.url, emu.key);
});
afterEach(async () => {
  // No key, nothing to poll: clears the alarm and the in-worker timer this test may have set.
  await connectionItem.setValue({ ...(await connectionItem.getValue()), keyHint: null });
  await schedule();
});

/** A live mailbox on the emulator, adopted as the popup would. */
async function newMailbox(): Promise<string> {
  const created = await createMailbox();
  if (!created.ok) throw new Error(`no mailbox: ${created.error.kind}`);
  return created.value.email;
}

function deliver(email: string, subject: string): void {
  const mailbox = emu.state.store.findLive(email);
  if (!mailbox) throw new Error(`no live mailbox ${email}`);
  emu.state.store.deliver(mailbox, {
    subject,
    from: 'Shop',
    fromEmail: 'shop@example.org',
    html: false,
    content: 'Your code is 482913.',
    attachments: [],
  });
}

const listings = () => emu.state.log.filter((entry: { path: string }) => entry.path.startsWith('/api/messages?')).length;
const alarm = () => fakeBrowser.alarms.get(POLL_ALARM);

describe('a poll', () => {
  it('uses one client for the whole poll: the key is read once, whatever the number of mailboxes', async () => {
    await newMailbox();
    await newMailbox();
    vault.reads = 0;
    const before = listings();
    await pollNow();
    expect(listings() - before).toBe(2);
    expect(vault.reads).toBe(1);
  });

  it('stores new mail with its code, announces it once and records the success', async () => {
    const email = await newMailbox();
    deliver(email, 'Verify your account');
    await pollNow();
    const stored = await messagesItem.getValue();
    expect(stored).toEqual([expect.objectContaining({ subject: 'Verify your account', mailbox: email, code: '482913' })]);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([`message:${stored[0]!.id}`]);
    expect(await pollStatusItem.getValue()).toMatchObject({ error: null, consecutiveFailures: 0 });
    await pollNow();
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toHaveLength(1);
  });

  it('records a 500 with a backoff, and waits out the Retry-After of a 429', async () => {
    await newMailbox();
    emu.state.faults.add({ kind: '500' });
    const started = Date.now();
    await pollNow();
    const failed = await pollStatusItem.getValue();
    expect(failed.error).toEqual({ kind: 'server', status: 500, serverMessage: 'Server error' });
    expect(failed.notBefore).toBeGreaterThanOrEqual(started + 2_500);

    await pollStatusItem.setValue({ ...failed, notBefore: null });
    emu.state.faults.add({ kind: '429', retryAfter: 8 });
    const limitedAt = Date.now();
    await pollNow();
    const limited = await pollStatusItem.getValue();
    expect(limited.error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 8000 });
    expect(limited.notBefore! - limitedAt).toBeGreaterThanOrEqual(8000);
    const before = listings();
    await pollNow();
    expect(listings()).toBe(before);
  });

  it('marks a mailbox the server no longer knows as gone', async () => {
    const email = await newMailbox();
    emu.state.store.expireNow(email);
    await pollNow();
    expect((await mailboxesItem.getValue())[0]).toMatchObject({ email, status: 'gone' });
  });

  it('never draws the badge itself (storage drives the badge)', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const email = await newMailbox();
    deliver(email, 'Hello');
    await pollNow();
    expect(setBadgeText).not.toHaveBeenCalled();
  });
});

describe('the schedule follows storage', () => {
  it('moves the alarm when the settings, the fast window or the key change, without being asked', async () => {
    startPoller();
    await newMailbox();
    await vi.waitFor(async () => expect(await alarm()).toBeDefined());
    // The new address opened the fast window: about 5 s away.
    await vi.waitFor(async () => expect((await alarm())!.scheduledTime - Date.now()).toBeLessThanOrEqual(5_000));

    await pollStatusItem.setValue({ ...(await pollStatusItem.getValue()), fastUntil: null, lastAttemptAt: Date.now() });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalSec: 600 });
    await vi.waitFor(async () => expect((await alarm())!.scheduledTime - Date.now()).toBeGreaterThan(500_000));

    await connectionItem.setValue({ ...(await connectionItem.getValue()), keyHint: null, state: 'none' });
    await vi.waitFor(async () => expect(await alarm()).toBeUndefined());
  });

  it("polls fast while the popup's port is open, calmly once it closes", async () => {
    startPoller();
    await newMailbox();
    await pollStatusItem.setValue({ ...(await pollStatusItem.getValue()), fastUntil: null });
    const port = { name: 'popup', sender: { id: fakeBrowser.runtime.id }, onDisconnect: fakeEvent<[]>() };
    expect(isPopupPort(port as never)).toBe(true);
    const before = listings();
    await fakes.onConnect.trigger(port);
    await vi.waitFor(() => expect(listings()).toBe(before + 1));
    await vi.waitFor(async () => expect((await alarm())!.scheduledTime - Date.now()).toBeLessThanOrEqual(5_000));
    await port.onDisconnect.trigger();
    await vi.waitFor(async () => expect((await alarm())!.scheduledTime - Date.now()).toBeGreaterThan(30_000));
  });

  it('ignores a port of another name or from another extension', async () => {
    expect(isPopupPort({ name: 'other', sender: { id: fakeBrowser.runtime.id } } as never)).toBe(false);
    expect(isPopupPort({ name: 'popup', sender: { id: 'someone-else' } } as never)).toBe(false);
  });
});
