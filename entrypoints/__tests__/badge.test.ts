import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionItem, mailboxesItem, messagesItem, pollStatusItem, type StoredMessage } from '@/utils/storage';
import { useLocale } from '@/utils/__fixtures__/locale';
import { computeBadge, startBadge } from '../background/badge';
import { liveRecord, resetBrowser } from './background-fixture';

function unread(id: string, mailbox: string): StoredMessage {
  return { id, mailbox, read: false } as StoredMessage;
}

beforeEach(async () => {
  resetBrowser();
  useLocale('en');
  await mailboxesItem.setValue([liveRecord('live@mail.test'), { ...liveRecord('old@mail.test'), status: 'expired' }]);
});

describe('computeBadge', () => {
  it('counts unread mail of live mailboxes only', async () => {
    await messagesItem.setValue([
      unread('a', 'live@mail.test'),
      unread('b', 'live@mail.test'),
      unread('c', 'old@mail.test'),
      { ...unread('d', 'live@mail.test'), read: true },
    ]);
    expect(await computeBadge()).toEqual({ text: '2', color: '#1a73e8', title: 'Temp Mail Inbox: 2 unread' });
  });

  it('words the count with its plural form: "1 non letto", "2 non letti"', async () => {
    useLocale('it');
    await messagesItem.setValue([unread('a', 'live@mail.test')]);
    expect((await computeBadge()).title).toBe('Temp Mail Inbox: 1 non letto');
    await messagesItem.setValue([unread('a', 'live@mail.test'), unread('b', 'live@mail.test')]);
    expect((await computeBadge()).title).toBe('Temp Mail Inbox: 2 non letti');
  });

  it('shows "!" for a rejected key and "?" for an unreachable API, in the user language', async () => {
    useLocale('it');
    await pollStatusItem.setValue({ ...(await pollStatusItem.getValue()), error: { kind: 'network', host: 'x' } });
    expect(await computeBadge()).toMatchObject({ text: '?', title: "Temp Mail Inbox: l'API non è raggiungibile" });
    await connectionItem.setValue({ baseUrl: 'https://v1.tempmailg.com', keyHint: 'abcd', plan: null, state: 'rejected' });
    expect(await computeBadge()).toMatchObject({ text: '!', title: 'Temp Mail Inbox: la chiave API è stata rifiutata' });
  });
});

describe('startBadge', () => {
  it('redraws from storage alone, folding a burst of changes into at most two draws', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    startBadge();
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalledTimes(1));
    setBadgeText.mockClear();
    // One poll that finds mail writes the messages, the mailboxes and the poll status.
    const status = await pollStatusItem.getValue();
    await Promise.all([
      messagesItem.setValue([unread('a', 'live@mail.test')]),
      mailboxesItem.setValue([liveRecord('live@mail.test')]),
      pollStatusItem.setValue({ ...status, lastAttemptAt: Date.now() }),
    ]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    expect(setBadgeText.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
