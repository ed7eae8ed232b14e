/**
 * One notification per poll for messages never seen before. One with a verification code says the
 * code in its title ("482913 — code from Example Shop") and, in Chrome, has a "Copy code" button;
 * one with a link has "Open link". Clicking the body opens the message in the popup's reader.
 * Firefox notifications have no buttons: there a click on a code's notification copies the code
 * and opens the message, whose reader shows the code and the link at the top.
 */
import { browser } from '#imports';
import { safeHttpHref } from '@/utils/linkify';
import { seenMessageIdsItem, settingsItem, type StoredMessage } from '@/utils/storage';
import { t, tPlural } from '@/utils/i18n';
import { copyText } from './clipboard';
import { findMessage } from './message-store';

const PREFIX = 'message:';
const SEEN_LIMIT = 2000;
/** Whether notifications take buttons (Chrome); Firefox rejects the option. */
const BUTTONS = !import.meta.env.FIREFOX;

export type NotificationButton = 'copy-code' | 'open-link';

/** The buttons of a message's notification, in order (none in Firefox). */
export function buttonsFor(message: Pick<StoredMessage, 'code' | 'link'>): NotificationButton[] {
  if (!BUTTONS) return [];
  const buttons: NotificationButton[] = [];
  if (message.code) buttons.push('copy-code');
  if (safeHttpHref(message.link)) buttons.push('open-link');
  return buttons;
}

/** Remembers ids, returns those never announced before. */
async function firstSightings(messages: StoredMessage[]): Promise<StoredMessage[]> {
  const seen = await seenMessageIdsItem.getValue();
  const known = new Set(seen);
  const fresh = messages.filter((message) => !known.has(message.id));
  if (fresh.length) await seenMessageIdsItem.setValue([...fresh.map((m) => m.id), ...seen].slice(0, SEEN_LIMIT));
  return fresh;
}

const senderOf = (message: StoredMessage) => message.from || message.from_email;

/** Title and text of the notification for `fresh` (newest first), about `focus`. */
function wording(focus: StoredMessage, fresh: StoredMessage[]): { title: string; message: string } {
  const subject = (message: StoredMessage) => message.subject || t('noSubject');
  if (focus.code) {
    const more = fresh.length > 1 ? `\n${tPlural('notificationMore', fresh.length - 1, String(fresh.length - 1))}` : '';
    const hint = BUTTONS ? '' : `\n${t('notificationClickCopies')}`;
    return { title: t('notificationCodeTitle', focus.code, senderOf(focus)), message: `${subject(focus)}${hint}${more}` };
  }
  if (fresh.length === 1) return { title: senderOf(focus), message: subject(focus) };
  return {
    title: tPlural('notificationMany', fresh.length, String(fresh.length)),
    message: fresh
      .slice(0, 3)
      .map((item) => `${senderOf(item)}: ${subject(item)}`)
      .join('\n'),
  };
}

export async function announceNewMessages(messages: StoredMessage[]): Promise<void> {
  const fresh = (await firstSightings(messages)).filter((message) => !message.read);
  if (!fresh.length || !(await settingsItem.getValue()).notifications) return;
  // A code is what the user waits for: the notification is about the newest one that has it.
  const focus = fresh.find((message) => message.code) ?? fresh[0]!;
  const buttons = buttonsFor(focus);
  await browser.notifications.create(`${PREFIX}${focus.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    ...wording(focus, fresh),
    ...(buttons.length
      ? {
          buttons: buttons.map((button) => ({
            title: t(button === 'copy-code' ? 'notificationCopyCode' : 'notificationOpenLink'),
          })),
        }
      : {}),
  });
}

/** Opens the popup page in a tab on the message. */
function openReader(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#message=${encodeURIComponent(id)}`) });
}

/** A button of a message's notification: copy its code or open its link, then the notification goes. */
export async function pressButton(notificationId: string, index: number): Promise<void> {
  if (!notificationId.startsWith(PREFIX)) return;
  const id = notificationId.slice(PREFIX.length);
  const message = await findMessage(id);
  const button = message ? buttonsFor(message)[index] : undefined;
  if (!message || !button) return;
  if (button === 'copy-code') {
    // Could not copy: the reader shows the code with its own Copy button.
    if (!(await copyText(message.code!))) openReader(id);
  } else {
    await browser.tabs.create({ url: safeHttpHref(message.link)! });
  }
  await browser.notifications.clear(notificationId);
}

/** The body opens the message (Firefox: after copying its code); the buttons do what they say. */
export function listenForNotificationClicks(): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(PREFIX)) return;
    const id = notificationId.slice(PREFIX.length);
    void (async () => {
      if (!BUTTONS) {
        const code = (await findMessage(id))?.code;
        if (code) await copyText(code);
      }
      openReader(id);
      await browser.notifications.clear(notificationId);
    })();
  });
  browser.notifications.onButtonClicked?.addListener((notificationId, index) => void pressButton(notificationId, index));
}
