/** One notification per poll for messages never seen before; a click opens the message. */
import { browser } from '#imports';
import { seenMessageIdsItem, settingsItem, type StoredMessage } from '@/utils/storage';
import { t, tPlural } from '@/utils/i18n';

const PREFIX = 'message:';
const SEEN_LIMIT = 2000;

/** True when `text` shows `code`, spaced or hyphenated as codes are ("438 810", "438-810"). */
function showsCode(text: string, code: string): boolean {
  const spaced = [...code].map((char) => char.replace(/[^\p{L}\p{N}]/gu, '')).join('[\\s\\u00a0-]?');
  return new RegExp(`(?<![\\p{L}\\p{N}])${spaced}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/** Remembers ids, returns those never announced before. */
async function firstSightings(messages: StoredMessage[]): Promise<StoredMessage[]> {
  const seen = await seenMessageIdsItem.getValue();
  const known = new Set(seen);
  const fresh = messages.filter((message) => !known.has(message.id));
  if (fresh.length) await seenMessageIdsItem.setValue([...fresh.map((m) => m.id), ...seen].slice(0, SEEN_LIMIT));
  return fresh;
}

export async function announceNewMessages(messages: StoredMessage[]): Promise<void> {
  const fresh = (await firstSightings(messages)).filter((message) => !message.read);
  if (!fresh.length || !(await settingsItem.getValue()).notifications) return;
  const [newest] = fresh;
  if (!newest) return;
  // The code once: not again after a subject that already shows it ("438810 is your code").
  const codeLine = newest.code && !showsCode(newest.subject, newest.code) ? ` · ${t('notificationCode', newest.code)}` : '';
  const title =
    fresh.length === 1 ? newest.from || newest.from_email : tPlural('notificationMany', fresh.length, String(fresh.length));
  const message =
    fresh.length === 1
      ? `${newest.subject || t('noSubject')}${codeLine}`
      : fresh
          .slice(0, 3)
          .map((item) => `${item.from || item.from_email}: ${item.subject || t('noSubject')}`)
          .join('\n');
  await browser.notifications.create(`${PREFIX}${newest.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** Opens the popup page in a tab on the clicked message. */
export function listenForNotificationClicks(): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(PREFIX)) return;
    const id = notificationId.slice(PREFIX.length);
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#message=${encodeURIComponent(id)}`) });
    void browser.notifications.clear(notificationId);
  });
}
