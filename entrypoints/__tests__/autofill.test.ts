import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/utils/__fixtures__/locale';
import { autofillSettingsItem, currentMailboxItem, mailboxesItem, pollStatusItem } from '@/utils/storage';
import { blockSite, fillAddress, listenForFillTriggers, MENU_FILL, setUpContextMenu, unblockSite } from '../background/autofill';
import { connectTo, emulator, resetBrowser, vault, type Emulator } from './background-fixture';

vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());

let emu: Emulator & { key: string };
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

let fakes: ReturnType<typeof resetBrowser>;
beforeEach(async () => {
  fakes = resetBrowser();
  useLocale('en');
  await connectTo(emu.url, emu.key);
});

const page = (url = 'https://shop.example/signup') => ({ id: fakeBrowser.runtime.id, url, tab: { id: 4, url } });

describe('fillAddress', () => {
  it('answers with the address and nothing else, creating one when none is live, and expects mail', async () => {
    const filled = await fillAddress({ mode: 'current' }, page() as never);
    expect(filled.ok && Object.keys(filled.value)).toEqual(['email']);
    const email = filled.ok ? filled.value.email : '';
    expect(await currentMailboxItem.getValue()).toBe(email);
    expect((await pollStatusItem.getValue()).fastUntil).toBeGreaterThan(Date.now());
    expect(await fillAddress({ mode: 'current' }, page() as never)).toEqual({ ok: true, value: { email } });
    const fresh = await fillAddress({ mode: 'new' }, page() as never);
    expect(fresh.ok && fresh.value.email).not.toBe(email);
    expect(await mailboxesItem.getValue()).toHaveLength(2);
  });

  it('gives no address while no key is saved, not even the live one', async () => {
    const filled = await fillAddress({ mode: 'current' }, page() as never);
    expect(filled.ok).toBe(true);
    vault.key = null;
    expect(await fillAddress({ mode: 'current' }, page() as never)).toEqual({ ok: false, error: { kind: 'no-key' } });
    expect(await fillAddress({ mode: 'new' }, page() as never)).toEqual({ ok: false, error: { kind: 'no-key' } });
  });

  it('refuses a malformed request and a sender without a tab, with kinds', async () => {
    expect(await fillAddress({ mode: 'all' } as never, page() as never)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', reason: 'malformed-request' },
    });
    expect(await fillAddress({ mode: 'current' }, { id: fakeBrowser.runtime.id } as never)).toEqual({
      ok: false,
      error: { kind: 'forbidden-sender' },
    });
  });
});

describe('blockSite', () => {
  it("remembers the sender's own site, once, in order; a page without a site is refused", async () => {
    await blockSite(undefined, page('https://b.example/x') as never);
    await blockSite(undefined, page('https://a.example/y') as never);
    await blockSite(undefined, page('https://b.example/z') as never);
    expect((await autofillSettingsItem.getValue()).blockedSites).toEqual(['a.example', 'b.example']);
    expect(await blockSite(undefined, page('file:///tmp/x.html') as never)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', reason: 'no-site' },
    });
  });
});

describe('unblockSite (the Undo of blockSite)', () => {
  it("shows the button again on the sender's own site only; a page without a site is refused", async () => {
    await blockSite(undefined, page('https://a.example/x') as never);
    await blockSite(undefined, page('https://b.example/y') as never);
    await unblockSite(undefined, page('https://b.example/other') as never);
    expect((await autofillSettingsItem.getValue()).blockedSites).toEqual(['a.example']);
    // A site not listed changes nothing.
    await unblockSite(undefined, page('https://c.example/') as never);
    expect((await autofillSettingsItem.getValue()).blockedSites).toEqual(['a.example']);
    expect(await unblockSite(undefined, page('file:///tmp/x.html') as never)).toEqual({
      ok: false,
      error: { kind: 'invalid-input', reason: 'no-site' },
    });
  });
});

describe('the context menu and the keyboard command', () => {
  it('send the fill command of the contract to the tab, in the clicked frame', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    setUpContextMenu();
    await vi.waitFor(() => expect(fakes.menus).toEqual([expect.objectContaining({ id: MENU_FILL, contexts: ['editable'] })]));
    listenForFillTriggers();
    await fakes.onMenuClicked.trigger({ menuItemId: MENU_FILL, frameId: 3 }, { id: 9 });
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(1));
    const email = await currentMailboxItem.getValue();
    expect(sendMessage).toHaveBeenCalledWith(9, { type: 'fillFocused', email }, { frameId: 3 });
  });

  it('word a failure in the user language in a notification', async () => {
    useLocale('it');
    await connectTo('http://127.0.0.1:9', emu.key);
    listenForFillTriggers();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }] as never);
    await fakes.onCommand.trigger('fill-temp-address');
    const [notification] = Object.values(fakeBrowser.notifications.getAllCreateOptions()) as Array<{ message: string }>;
    expect(notification?.message).toBe("Impossibile raggiungere 127.0.0.1:9. Controlla l'indirizzo e la connessione.");
  });
});
