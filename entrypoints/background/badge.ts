/**
 * The toolbar badge: unread count across live mailboxes, or a mark when something is wrong.
 * Storage alone drives it: {@link startBadge} watches what it shows and redraws it.
 */
import { browser } from '#imports';
import { t, tPlural } from '@/utils/i18n';
import { connectionItem, mailboxesItem, messagesItem, pollStatusItem } from '@/utils/storage';
import { coalesced } from './serial';

const COLORS = { unread: '#1a73e8', rejected: '#d93025', offline: '#80868b' } as const;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** What the badge should show, from what is stored. */
export async function computeBadge(): Promise<BadgeState> {
  const [connection, mailboxes, messages, poll] = await Promise.all([
    connectionItem.getValue(),
    mailboxesItem.getValue(),
    messagesItem.getValue(),
    pollStatusItem.getValue(),
  ]);
  const name = t('extName');
  if (connection.state === 'rejected') {
    return { text: '!', color: COLORS.rejected, title: `${name}: ${t('badgeKeyRejected')}` };
  }
  const unreachable = poll.error && ['network', 'timeout', 'server', 'bad-response'].includes(poll.error.kind);
  if (unreachable) return { text: '?', color: COLORS.offline, title: `${name}: ${t('badgeUnreachable')}` };
  const live = new Set(mailboxes.filter((box) => box.status === 'live').map((box) => box.email));
  const unread = messages.filter((message) => !message.read && live.has(message.mailbox)).length;
  const text = unread === 0 ? '' : unread > 99 ? '99+' : String(unread);
  return { text, color: COLORS.unread, title: unread ? `${name}: ${tPlural('badgeUnread', unread, String(unread))}` : name };
}

/** Redraws the badge from storage; calls during a redraw are folded into one more. */
export const updateBadge = coalesced('badge', async () => {
  const state = await computeBadge();
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: state.text }),
    action.setBadgeBackgroundColor({ color: state.color }),
    action.setTitle({ title: state.title }),
  ]);
});

/** Draws the badge now and whenever what it shows changes. */
export function startBadge(): void {
  for (const item of [messagesItem, mailboxesItem, connectionItem, pollStatusItem]) {
    item.watch(() => void updateBadge());
  }
  void updateBadge();
}
