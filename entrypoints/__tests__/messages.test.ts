import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messagesItem } from '@/utils/storage';
import { createMailbox } from '../background/mailboxes';
import { mergeListing } from '../background/message-store';
import { deleteMessage, downloadAttachment, readMessage } from '../background/messages';
import { connectTo, emulator, resetBrowser, type Emulator } from './background-fixture';

vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());

let emu: Emulator & { key: string };
beforeAll(async () => {
  emu = await emulator();
});
afterAll(() => emu.close());

let fakes: ReturnType<typeof resetBrowser>;
let messageId: string;
let mailbox: string;
beforeEach(async () => {
  fakes = resetBrowser();
  emu.state.faults.clear();
  await connectTo(emu.url, emu.key);
  const created = await createMailbox();
  if (!created.ok) throw new Error('no mailbox');
  mailbox = created.value.email;
  const stored = emu.state.store.deliver(emu.state.store.findLive(mailbox), {
    subject: 'Invoice',
    from: 'Shop',
    fromEmail: 'shop@example.org',
    html: false,
    content: 'See the attachment.',
    attachments: [{ name: 'invoice 1.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 bytes') }],
  });
  messageId = stored.id;
  // What a poll would have stored.
  const listing = await fetch(`${emu.url}/api/messages?email=${encodeURIComponent(mailbox)}`, {
    headers: { Authorization: `Bearer ${emu.key}` },
  }).then((response) => response.json());
  await mergeListing(mailbox, listing.messages);
});

describe('readMessage', () => {
  it('reads through the API, which marks it seen, and keeps the copy', async () => {
    const result = await readMessage({ id: messageId });
    expect(result).toMatchObject({ ok: true, value: { id: messageId, read: true, subject: 'Invoice', mailbox } });
    expect((await messagesItem.getValue())[0]).toMatchObject({ id: messageId, read: true });
  });

  it('opens the local copy when the API cannot be reached', async () => {
    emu.state.faults.add({ kind: '500' });
    expect(await readMessage({ id: messageId })).toMatchObject({ ok: true, value: { id: messageId, read: true } });
  });

  it('answers a malformed request with a reason, not a sentence', async () => {
    expect(await readMessage({} as never)).toEqual({ ok: false, error: { kind: 'invalid-input', reason: 'malformed-request' } });
  });
});

describe('deleteMessage', () => {
  it('deletes on the server and locally; already gone counts as deleted', async () => {
    expect(await deleteMessage({ id: messageId })).toEqual({ ok: true, value: undefined });
    expect(await messagesItem.getValue()).toEqual([]);
    // The server answers 404 now: as good as deleted.
    expect(await deleteMessage({ id: messageId })).toEqual({ ok: true, value: undefined });
  });
});

describe('downloadAttachment', () => {
  it('downloads byte-exact under a safe name, reporting progress to the popup as the contract says', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL');
    const reports: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => void reports.push(message));
    const result = await downloadAttachment({ messageId, name: 'invoice 1.pdf' });
    expect(result).toEqual({ ok: true, value: { downloadId: 7, fileName: 'invoice 1.pdf' } });
    const [options] = fakes.download.mock.calls[0]!;
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(options.url).toBe(createObjectURL.mock.results[0]!.value);
    expect(await blob.text()).toBe('%PDF-1.4 bytes');
    expect(blob.type).toBe('application/pdf');
    expect(reports.at(-1)).toEqual({ type: 'downloadProgress', messageId, name: 'invoice 1.pdf', received: 14, total: 14 });
  });

  it('says when the attachment is gone or the browser refuses to save, without its English reason', async () => {
    expect(await downloadAttachment({ messageId, name: 'other.pdf' })).toEqual({
      ok: false,
      error: { kind: 'not-found', reason: 'attachment-gone' },
    });
    fakes.download.mockRejectedValueOnce(new Error('Invalid filename'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await downloadAttachment({ messageId, name: 'invoice 1.pdf' })).toEqual({
      ok: false,
      error: { kind: 'internal', reason: 'download-refused' },
    });
  });
});
