import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/utils/__fixtures__/locale';
import { seenMessageIdsItem, settingsItem, DEFAULT_SETTINGS, type StoredMessage } from '@/utils/storage';
import { messagesItem } from '@/utils/storage';
import { copyText } from '../background/clipboard';
import { announceNewMessages, listenForNotificationClicks, pressButton } from '../background/notifications';
import { resetBrowser } from './background-fixture';

vi.mock('../background/clipboard', () => ({ copyText: vi.fn(async () => true) }));

function message(id: string, extra: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id,
    subject: `Subject ${id}`,
    from: 'Shop',
    from_email: 'shop@example.org',
    read: false,
    code: null,
    ...extra,
  } as StoredMessage;
}

const shown = () =>
  fakeBrowser.notifications.getAllCreateOptions() as Record<
    string,
    { title: string; message: string; buttons?: Array<{ title: string }> }
  >;

beforeEach(() => {
  vi.restoreAllMocks();
  vi.mocked(copyText).mockClear();
  resetBrowser();
  useLocale('en');
});

describe('announceNewMessages', () => {
  it('says the code in the title, with a Copy code button, and never announces the same message twice', async () => {
    await announceNewMessages([message('a', { code: '482913', from: 'Example Shop' })]);
    expect(shown()).toEqual({
      'message:a': expect.objectContaining({
        title: '482913 — code from Example Shop',
        message: 'Subject a',
        buttons: [{ title: 'Copy code' }],
      }),
    });
    await fakeBrowser.notifications.clear('message:a');
    await announceNewMessages([message('a', { code: '482913' })]);
    expect(shown()).toEqual({});
    expect(await seenMessageIdsItem.getValue()).toEqual(['a']);
  });

  it('names the code once: in the title, the subject alone below it', async () => {
    await announceNewMessages([message('a', { code: '438810', subject: '438810 is your verification code' })]);
    expect(shown()['message:a']).toEqual(
      expect.objectContaining({ title: '438810 — code from Shop', message: '438810 is your verification code' }),
    );
  });

  it('offers Open link for a link mail, and both buttons for a mail with both, in Italian too', async () => {
    useLocale('it');
    await announceNewMessages([message('l', { link: 'https://shop.example/confirm' })]);
    expect(shown()['message:l']).toEqual(
      expect.objectContaining({ title: 'Shop', message: 'Subject l', buttons: [{ title: 'Apri link' }] }),
    );
    await announceNewMessages([message('b', { code: 'A7K9Q2', link: 'https://shop.example/confirm' })]);
    expect(shown()['message:b']).toEqual(
      expect.objectContaining({
        title: 'A7K9Q2 — codice da Shop',
        buttons: [{ title: 'Copia codice' }, { title: 'Apri link' }],
      }),
    );
  });

  it('is about the code when several arrive at once, counting the others', async () => {
    await announceNewMessages([message('w'), message('c', { code: '111222' }), message('x')]);
    expect(Object.keys(shown())).toEqual(['message:c']);
    expect(shown()['message:c']).toEqual(
      expect.objectContaining({ title: '111222 — code from Shop', message: 'Subject c\nand 2 more messages' }),
    );
  });

  it('has no button for a plain mail or a link that is not http(s)', async () => {
    await announceNewMessages([message('p'), message('q', { link: 'javascript:alert(1)' })]);
    expect(shown()['message:p']?.buttons).toBeUndefined();
  });

  it('sums up several in one notification, counted with the plural form', async () => {
    useLocale('it');
    await announceNewMessages([message('a'), message('b', { subject: '' })]);
    expect(shown()['message:a']).toEqual(
      expect.objectContaining({ title: '2 nuovi messaggi', message: 'Shop: Subject a\nShop: (nessun oggetto)' }),
    );
  });

  it('stays quiet when notifications are off or the mail is already read', async () => {
    await announceNewMessages([message('read', { read: true })]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, notifications: false });
    await announceNewMessages([message('muted')]);
    expect(shown()).toEqual({});
  });
});

describe('notification buttons', () => {
  it('Copy code copies the code of the stored message and clears the notification', async () => {
    const stored = message('a', { code: '482913', link: 'https://shop.example/confirm' });
    await messagesItem.setValue([stored]);
    await announceNewMessages([stored]);
    await pressButton('message:a', 0);
    expect(copyText).toHaveBeenCalledWith('482913');
    expect(shown()).toEqual({});
  });

  it('Open link opens the link; a copy that fails opens the reader instead', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const stored = message('a', { code: '482913', link: 'https://shop.example/confirm' });
    await messagesItem.setValue([stored]);
    await pressButton('message:a', 1);
    expect(create).toHaveBeenLastCalledWith({ url: 'https://shop.example/confirm' });
    vi.mocked(copyText).mockResolvedValueOnce(false);
    await pressButton('message:a', 0);
    expect(create).toHaveBeenLastCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html#message=a') });
  });

  it('does nothing for a button the message does not have, or a message that is gone', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await messagesItem.setValue([message('a')]);
    await pressButton('message:a', 0);
    await pressButton('message:gone', 0);
    await pressButton('other:a', 0);
    expect(copyText).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('listenForNotificationClicks', () => {
  it('opens the message in the popup page and clears the notification', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    listenForNotificationClicks();
    await announceNewMessages([message('m 1')]);
    await fakeBrowser.notifications.onClicked.trigger('message:m 1');
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/popup.html#message=m%201') });
    await vi.waitFor(() => expect(shown()).toEqual({}));
  });
});
