import {
  connectionItem,
  currentMailboxItem,
  mailboxesItem,
  messagesItem,
  pollStatusItem,
  type StoredMessage,
} from '@/utils/storage';
import {
  changeMailbox,
  createMailbox,
  deleteMailbox,
  ensureLiveMailbox,
  forgetMailbox,
  liveMailboxes,
  selectMailbox,
} from '../background/mailboxes';
import { FAST_WINDOW_MS } from '../background/schedule';
import { connectTo, emulator, liveRecord, resetBrowser, vault, type Emulator } from './background-fixture';

vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());

let emu: Emulator & { key: string };
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());
beforeEach(async () => {
  resetBrowser();
  emu.state.faults.clear();
  await connectTo(emu.url, emu.key);
});

const PLAN = { requestedType: 'free', allowedTypes: ['free'], domains: [{ domain: 'mail.test', type: 'Free', custom: false }] };
const fastUntil = async () => (await pollStatusItem.getValue()).fastUntil ?? 0;

describe('adopting a mailbox', () => {
  it('a new address goes first in the list, becomes current, and mail is expected for it', async () => {
    await mailboxesItem.setValue([liveRecord('older@mail.test')]);
    const before = Date.now();
    const created = await createMailbox();
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect((await mailboxesItem.getValue()).map((box) => box.email)).toEqual([created.value.email, 'older@mail.test']);
    expect(await currentMailboxItem.getValue()).toBe(created.value.email);
    expect(await fastUntil()).toBeGreaterThanOrEqual(before + FAST_WINDOW_MS);
  });

  it('the address a form gets is adopted too: the current live one, kept where it is', async () => {
    const created = await createMailbox();
    if (!created.ok) throw new Error('no mailbox');
    await mailboxesItem.setValue([liveRecord('other@mail.test'), ...(await mailboxesItem.getValue())]);
    await pollStatusItem.setValue({ ...(await pollStatusItem.getValue()), fastUntil: null });
    const filled = await ensureLiveMailbox();
    expect(filled).toMatchObject({ ok: true, value: { email: created.value.email } });
    expect((await mailboxesItem.getValue()).map((box) => box.email)).toEqual(['other@mail.test', created.value.email]);
    expect(await fastUntil()).toBeGreaterThan(Date.now());
  });

  it('with no live address, the form gets a new one', async () => {
    const filled = await ensureLiveMailbox();
    expect(filled.ok).toBe(true);
    expect(await liveMailboxes()).toHaveLength(1);
  });
});

describe('changeMailbox', () => {
  it('checks the username and the domain first, and words nothing: the reason says which rule', async () => {
    await connectionItem.setValue({ ...(await connectionItem.getValue()), plan: PLAN });
    const before = emu.state.log.length;
    expect(await changeMailbox({ username: 'no spaces', domain: 'mail.test' })).toEqual({
      ok: false,
      error: { kind: 'invalid-username', reason: 'username-characters' },
    });
    expect(await changeMailbox({ username: 'fine', domain: 'elsewhere.example' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid-input', reason: 'domain-not-allowed' },
    });
    expect(emu.state.log.length).toBe(before);
  });

  it('switches the current address and drops the old one; the key is read once', async () => {
    const created = await createMailbox();
    if (!created.ok) throw new Error('no mailbox');
    const domain = created.value.domain;
    vault.reads = 0;
    const changed = await changeMailbox({ username: 'mario.rossi', domain });
    expect(changed).toMatchObject({ ok: true, value: { email: `mario.rossi@${domain}` } });
    expect((await mailboxesItem.getValue()).map((box) => box.email)).toEqual([`mario.rossi@${domain}`]);
    expect(vault.reads).toBe(1);
  });

  it('keeps the old address listed as replaced while it holds mail, so that mail stays readable', async () => {
    const created = await createMailbox();
    if (!created.ok) throw new Error('no mailbox');
    const old = created.value.email;
    await messagesItem.setValue([{ id: 'm1', mailbox: old, read: false } as StoredMessage]);
    const changed = await changeMailbox({ username: 'anna.bianchi', domain: created.value.domain });
    expect(changed.ok).toBe(true);
    const records = await mailboxesItem.getValue();
    expect(records.map((box) => [box.email, box.status])).toEqual([
      [`anna.bianchi@${created.value.domain}`, 'live'],
      [old, 'replaced'],
    ]);
    expect(await messagesItem.getValue()).toHaveLength(1);
  });

  it('with nothing to switch from, creates then switches, still with one read of the key', async () => {
    await connectionItem.setValue({ ...(await connectionItem.getValue()), plan: PLAN });
    vault.reads = 0;
    const changed = await changeMailbox({ username: 'luigi.verdi', domain: 'mail.test' });
    expect(changed).toMatchObject({ ok: true, value: { email: 'luigi.verdi@mail.test' } });
    expect(vault.reads).toBe(1);
    expect(await currentMailboxItem.getValue()).toBe('luigi.verdi@mail.test');
  });

  it("keeps the current address when the server refuses, with the server's words apart", async () => {
    const created = await createMailbox();
    if (!created.ok) throw new Error('no mailbox');
    const refused = await changeMailbox({ username: 'admin', domain: created.value.domain });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid-input', serverMessage: expect.any(String) } });
    expect(await currentMailboxItem.getValue()).toBe(created.value.email);
  });
});

describe('the registry', () => {
  it('deletes a live address on the server and from the list; an unknown one is no-mailbox', async () => {
    const created = await createMailbox();
    if (!created.ok) throw new Error('no mailbox');
    expect(await deleteMailbox({ email: created.value.email })).toEqual({ ok: true, value: undefined });
    expect(await mailboxesItem.getValue()).toEqual([]);
    expect(emu.state.store.findLive(created.value.email)).toBeFalsy();
    expect(await deleteMailbox({ email: 'nobody@mail.test' })).toEqual({ ok: false, error: { kind: 'no-mailbox' } });
    expect(await selectMailbox({ email: 'nobody@mail.test' })).toEqual({ ok: false, error: { kind: 'no-mailbox' } });
  });

  it('marks expired and gone addresses, moving "current" to a live one', async () => {
    await mailboxesItem.setValue([liveRecord('a@mail.test'), liveRecord('b@mail.test', -1000), liveRecord('c@mail.test')]);
    await currentMailboxItem.setValue('a@mail.test');
    expect((await liveMailboxes()).map((box) => box.email)).toEqual(['a@mail.test', 'c@mail.test']);
    expect((await mailboxesItem.getValue())[1]?.status).toBe('expired');
    await forgetMailbox('a@mail.test', 'gone');
    expect(await currentMailboxItem.getValue()).toBe('c@mail.test');
    expect((await mailboxesItem.getValue())[0]?.status).toBe('gone');
  });
});
