import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionItem, mailboxesItem, messagesItem, pollStatusItem, type StoredMessage } from '@/utils/storage';
import { useLocale } from '@/utils/__fixtures__/locale';
import { BADGE_COLORS, computeBadge, startBadge } from '../background/badge';
import { connectTo, liveRecord, resetBrowser } from './background-fixture';

/** The icon's blue (scripts/make-icons.js). */
const ICON_BLUE = '#1a66d2';

/** CIE L*a*b* of an sRGB hex colour (D65). */
function lab(hex: string): [number, number, number] {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 / 116) * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - (lab(b)[i] ?? 0)));

/** WCAG 2 contrast ratio of two sRGB hex colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function unread(id: string, mailbox: string): StoredMessage {
  return { id, mailbox, read: false } as StoredMessage;
}

beforeEach(async () => {
  resetBrowser();
  useLocale('en');
  await connectTo('https://v1.tempmailg.com', 'test-key-0123456789abcdef');
  await mailboxesItem.setValue([liveRecord('live@mail.test'), { ...liveRecord('old@mail.test'), status: 'expired' }]);
});

describe('computeBadge', () => {
  it('counts every unread message kept, of expired and changed addresses too (the "All addresses" count)', async () => {
    await messagesItem.setValue([
      unread('a', 'live@mail.test'),
      unread('b', 'live@mail.test'),
      unread('c', 'old@mail.test'),
      // An address changed away from and no longer registered: its mail stays readable.
      unread('e', 'gone@mail.test'),
      { ...unread('d', 'live@mail.test'), read: true },
    ]);
    expect(await computeBadge()).toEqual({
      text: '4',
      color: BADGE_COLORS.unread,
      title: 'Temp Mail Inbox: 4 unread, all addresses',
    });
  });

  it('counts the unread mail of an expired address when no address is live', async () => {
    await mailboxesItem.setValue([{ ...liveRecord('old@mail.test'), status: 'expired' }]);
    await messagesItem.setValue([unread('c', 'old@mail.test')]);
    expect(await computeBadge()).toMatchObject({ text: '1', title: 'Temp Mail Inbox: 1 unread, all addresses' });
  });

  it('shows no count once the key is removed (nothing is polled then)', async () => {
    await messagesItem.setValue([unread('a', 'live@mail.test')]);
    expect((await computeBadge()).text).toBe('1');
    await connectionItem.setValue({ baseUrl: 'https://v1.tempmailg.com', keyHint: null, plan: null, state: 'none' });
    expect(await computeBadge()).toMatchObject({ text: '', title: 'Temp Mail Inbox: add your API key to start' });
  });

  it('stands out on the blue icon, with readable white text', () => {
    for (const color of [BADGE_COLORS.unread, BADGE_COLORS.rejected, BADGE_COLORS.offline]) {
      expect(deltaE(color, ICON_BLUE), `${color} against the icon`).toBeGreaterThan(50);
      expect(contrast(color, BADGE_COLORS.text), `white on ${color}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('words the count with its plural form: "1 non letto", "2 non letti"', async () => {
    useLocale('it');
    await messagesItem.setValue([unread('a', 'live@mail.test')]);
    expect((await computeBadge()).title).toBe('Temp Mail Inbox: 1 non letto, tutti gli indirizzi');
    await messagesItem.setValue([unread('a', 'live@mail.test'), unread('b', 'old@mail.test')]);
    expect((await computeBadge()).title).toBe('Temp Mail Inbox: 2 non letti, tutti gli indirizzi');
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
