import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message } from '@/utils/inbox-api';
import { messagesItem, settingsItem, DEFAULT_SETTINGS } from '@/utils/storage';
import { receivedTime } from '@/utils/received-at';
import { markRead, mergeListing, removeMessage, storeReadMessage } from '../background/message-store';

const DAY = 24 * 3_600_000;

function message(id: string, receivedAt: string, extra: Partial<Message> = {}): Message {
  return {
    id,
    is_seen: false,
    subject: `Subject ${id}`,
    from: 'Shop',
    from_email: 'shop@example.org',
    to: 'box@mail.test',
    receivedAt,
    html: false,
    content: 'Your verification code is 482913.',
    attachments: [],
    ...extra,
  };
}

describe('message store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads receivedAt as UTC', () => {
    expect(receivedTime({ receivedAt: '2026-06-28 09:37:05' })).toBe(Date.UTC(2026, 5, 28, 9, 37, 5));
    expect(receivedTime({ receivedAt: 'nonsense' })).toBe(0);
  });

  it('returns only messages never stored before, with their verification code', async () => {
    const first = await mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 1000);
    expect(first.map((m) => m.id)).toEqual(['a']);
    expect(first[0]).toMatchObject({ mailbox: 'box@mail.test', read: false, code: '482913' });
    const second = await mergeListing(
      'box@mail.test',
      [message('b', '2026-01-01 10:01:00'), message('a', '2026-01-01 10:00:00')],
      2000,
    );
    expect(second.map((m) => m.id)).toEqual(['b']);
    expect((await messagesItem.getValue()).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('keeps messages the server no longer lists', async () => {
    await mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 1000);
    await mergeListing('box@mail.test', [], 2000);
    expect((await messagesItem.getValue()).map((m) => m.id)).toEqual(['a']);
  });

  it('never lets a poll undo a read that happened meanwhile', async () => {
    await mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 1000);
    await Promise.all([
      mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 2000),
      markRead('a'),
      mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 3000),
    ]);
    expect((await messagesItem.getValue())[0]?.read).toBe(true);
  });

  it('prunes by age and by count', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: 7, maxMessages: 2 });
    await mergeListing('box@mail.test', [message('old', '2026-01-01 10:00:00')], 0);
    const now = 8 * DAY;
    await mergeListing(
      'box@mail.test',
      [message('x', '2026-01-02 10:00:00'), message('y', '2026-01-03 10:00:00'), message('z', '2026-01-04 10:00:00')],
      now,
    );
    expect((await messagesItem.getValue()).map((m) => m.id)).toEqual(['z', 'y']);
  });

  it('keeps mail when the stored retention is broken (null from an empty options field)', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, retentionDays: null as unknown as number });
    await mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 1000);
    await mergeListing('box@mail.test', [message('b', '2026-01-01 11:00:00')], 60_000);
    expect((await messagesItem.getValue()).map((m) => m.id)).toEqual(['b', 'a']);
  });

  it('sorts and keeps by the one reading of receivedAt, with or without an offset', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, maxMessages: 2 });
    await mergeListing(
      'box@mail.test',
      [
        message('plain', '2026-06-28 09:00:00'),
        // 08:30 UTC: the oldest of the three, though its digits read later.
        message('offset', '2026-06-28T10:30:00+02:00'),
        message('zulu', '2026-06-28T09:30:00Z'),
      ],
      1000,
    );
    expect((await messagesItem.getValue()).map((m) => m.id)).toEqual(['zulu', 'plain']);
  });

  it('stores the server copy of a read message and removes deleted ones', async () => {
    await mergeListing('box@mail.test', [message('a', '2026-01-01 10:00:00')], 1000);
    const read = await storeReadMessage('box@mail.test', message('a', '2026-01-01 10:00:00', { is_seen: true, subject: 'Full' }));
    expect(read).toMatchObject({ id: 'a', read: true, is_seen: true, subject: 'Full', mailbox: 'box@mail.test' });
    await removeMessage('a');
    expect(await messagesItem.getValue()).toEqual([]);
  });
});
