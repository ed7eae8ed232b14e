import { connectionItem, currentMailboxItem, mailboxesItem, messagesItem, quotaItem } from '@/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { errorText } from '@/utils/error-text';
import { useLocale } from '@/utils/__fixtures__/locale';
import { removeKey, saveConnection, welcomeOnInstall } from '../background/connection';
import { emulator, liveRecord, resetBrowser, vault, type Emulator } from './background-fixture';

vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());

let emu: Emulator & { key: string };
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());
beforeEach(() => {
  resetBrowser();
  emu.state.faults.clear();
});

const host = () => new URL(emu.url).host;

describe('saveConnection', () => {
  it('checks the key against the host, then saves key, hint, plan and quota', async () => {
    const result = await saveConnection({ key: ` ${emu.key} `, baseUrl: `${emu.url}/` });
    expect(result).toMatchObject({ ok: true, value: { baseUrl: emu.url, keyHint: emu.key.slice(-4) } });
    expect(vault.key).toBe(emu.key);
    expect(await connectionItem.getValue()).toMatchObject({ baseUrl: emu.url, keyHint: emu.key.slice(-4), state: 'ok' });
    expect((await connectionItem.getValue()).plan?.domains.length).toBeGreaterThan(0);
    expect((await quotaItem.getValue())?.limit).toBe(50000);
  });

  it('answers a wrong key as facts (kind, reason, host), saving nothing', async () => {
    const result = await saveConnection({ key: 'not-the-right-key-000000', baseUrl: emu.url });
    expect(result).toMatchObject({ ok: false, error: { kind: 'unauthorized', reason: 'key-check', host: host(), status: 401 } });
    expect(result.ok || 'message' in result.error).toBe(false);
    expect(vault.key).toBeNull();
    expect((await connectionItem.getValue()).keyHint).toBeNull();
  });

  it('names an unreachable host and a host that is not the API', async () => {
    const unreachable = await saveConnection({ key: emu.key, baseUrl: 'http://127.0.0.1:9' });
    expect(unreachable).toMatchObject({ ok: false, error: { kind: 'network', host: '127.0.0.1:9' } });
    emu.state.faults.add({ kind: 'wrong-shape' });
    const notApi = await saveConnection({ key: emu.key, baseUrl: emu.url });
    expect(notApi).toMatchObject({ ok: false, error: { kind: 'bad-response', reason: 'not-temp-mail', host: host() } });
  });

  it('says a host whose domains endpoint answers 404 (any web server) is not a Temp Mail API, in English and Italian', async () => {
    emu.state.faults.add({ kind: '404-html' });
    const result = await saveConnection({ key: emu.key, baseUrl: emu.url });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'bad-response', reason: 'not-temp-mail', host: host(), status: 404 },
    });
    if (result.ok) return;
    useLocale('en');
    expect(errorText(result.error)).toBe(`${host()} did not answer like a Temp Mail API. Check the API base URL.`);
    useLocale('it');
    expect(errorText(result.error)).toBe(`${host()} non ha risposto come un'API di Temp Mail. Controlla l'URL di base dell'API.`);
    expect(vault.key).toBeNull();
  });

  it('keeps the server apart on a 500 and a 429', async () => {
    emu.state.faults.add({ kind: '500' });
    expect(await saveConnection({ key: emu.key, baseUrl: emu.url })).toMatchObject({
      ok: false,
      error: { kind: 'server', status: 500, serverMessage: 'Server error' },
    });
    emu.state.faults.add({ kind: '429', retryAfter: 8 });
    expect(await saveConnection({ key: emu.key, baseUrl: emu.url })).toMatchObject({
      ok: false,
      error: { kind: 'rate-limited', status: 429, retryAfterMs: 8000, serverMessage: 'Too Many Attempts.' },
    });
  });

  it('refuses a key of the wrong shape and an unusable address before sending anything', async () => {
    const before = emu.state.log.length;
    expect(await saveConnection({ key: 'two words', baseUrl: emu.url })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', reason: 'key-shape' },
    });
    expect(await saveConnection({ key: emu.key, baseUrl: 'http://api.example.com' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', reason: 'base-url-not-https' },
    });
    expect(await saveConnection({ key: null, baseUrl: emu.url })).toMatchObject({
      ok: false,
      error: { kind: 'no-key', reason: 'paste-key' },
    });
    expect(emu.state.log.length).toBe(before);
  });

  it("forgets another account's mailboxes, never its fetched mail", async () => {
    await connectionItem.setValue({ baseUrl: 'https://v1.tempmailg.com', keyHint: 'abcd', plan: null, state: 'ok' });
    vault.key = 'an-older-key-0000000000';
    await mailboxesItem.setValue([liveRecord('old@mail.test')]);
    await currentMailboxItem.setValue('old@mail.test');
    await messagesItem.setValue([{ id: 'kept' } as never]);
    expect((await saveConnection({ key: emu.key, baseUrl: emu.url })).ok).toBe(true);
    expect(await mailboxesItem.getValue()).toEqual([]);
    expect(await currentMailboxItem.getValue()).toBeNull();
    expect((await messagesItem.getValue()).map((m) => m.id)).toEqual(['kept']);
  });
});

describe('removeKey', () => {
  it('clears the vault and the hint; mailboxes and messages stay', async () => {
    await saveConnection({ key: emu.key, baseUrl: emu.url });
    await mailboxesItem.setValue([liveRecord('box@mail.test')]);
    expect(await removeKey()).toEqual({ ok: true, value: undefined });
    expect(vault.key).toBeNull();
    expect(await connectionItem.getValue()).toMatchObject({ keyHint: null, plan: null, state: 'none' });
    expect(await mailboxesItem.getValue()).toHaveLength(1);
  });
});

describe('welcomeOnInstall', () => {
  it('opens the options page as the welcome on first install only, and not once a key is saved', async () => {
    const open = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.runtime, { openOptionsPage: open });
    await welcomeOnInstall({ reason: 'update' });
    await welcomeOnInstall({ reason: 'chrome_update' });
    expect(open).not.toHaveBeenCalled();
    await welcomeOnInstall({ reason: 'install' });
    expect(open).toHaveBeenCalledOnce();
    await saveConnection({ key: emu.key, baseUrl: emu.url });
    await welcomeOnInstall({ reason: 'install' });
    expect(open).toHaveBeenCalledOnce();
  });
});
