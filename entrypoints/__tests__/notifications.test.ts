import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/utils/__fixtures__/locale';
import { seenMessageIdsItem, settingsItem, DEFAULT_SETTINGS, type StoredMessage } from '@/utils/storage';
import { announceNewMessages, listenForNotificationClicks } from '../background/notifications';
import { resetBrowser } from './background-fixture';

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

const shown = () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, { title: string; message: string }>;

beforeEach(() => {
  resetBrowser();
  useLocale('en');
});

describe('announceNewMessages', () => {
  it('announces one message with its code, and never the same message twice', async () => {
    await announceNewMessages([message('a', { code: '482913' })]);
    expect(shown()).toEqual({ 'message:a': expect.objectContaining({ title: 'Shop', message: 'Subject a · Code: 482913' }) });
    await fakeBrowser.notifications.clear('message:a');
    await announceNewMessages([message('a', { code: '482913' })]);
    expect(shown()).toEqual({});
    expect(await seenMessageIdsItem.getValue()).toEqual(['a']);
  });

  it('names the code once when the subject already shows it', async () => {
    await announceNewMessages([message('a', { code: '438810', subject: '438810 is your verification code' })]);
    expect(shown()['message:a']?.message).toBe('438810 is your verification code');
    await announceNewMessages([message('b', { code: '438810', subject: 'Your code: 438 810' })]);
    expect(shown()['message:b']?.message).toBe('Your code: 438 810');
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
