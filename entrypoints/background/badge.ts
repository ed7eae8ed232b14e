/**
 * The toolbar badge: the count of every unread message the store keeps (the popup's "All addresses"
 * count: mail of an expired or changed address stays readable, so it counts too), or a mark when something is wrong; nothing
 * while no key is saved. Storage alone drives it: {@link startBadge} watches what it shows and
 * redraws it.
 */
import { browser } from '#imports';
import { t, tPlural } from '@/utils/i18n';
import { connectionItem, messagesItem, pollStatusItem } from '@/utils/storage';
import { coalesced } from './serial';

/**
 * Badge colours, each far from the icon's blue (CIE76 ΔE > 50, checked by a test) so the badge
 * stands out on it, and each under white text at WCAG AA contrast (≥ 4.5:1): red for unread mail
 * as mail apps use it, amber for a rejected key, grey for an unreachable API.
 */
export const BADGE_COLORS = { unread: '#c5221f', rejected: '#8a4b00', offline: '#5f6368', text: '#ffffff' } as const;

export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** What the badge should show, from what is stored. */
export async function computeBadge(): Promise<BadgeState> {
  const [connection, messages, poll] = await Promise.all([
    connectionItem.getValue(),
    messagesItem.getValue(),
    pollStatusItem.getValue(),
  ]);
  const name = t('extName');
  // No key, no count: nothing is polled, so a number would be stale.
  if (!connection.keyHint) return { text: '', color: BADGE_COLORS.unread, title: `${name}: ${t('badgeNoKey')}` };
  if (connection.state === 'rejected') {
    return { text: '!', color: BADGE_COLORS.rejected, title: `${name}: ${t('badgeKeyRejected')}` };
  }
  const unreachable = poll.error && ['network', 'timeout', 'server', 'bad-response'].includes(poll.error.kind);
  if (unreachable) return { text: '?', color: BADGE_COLORS.offline, title: `${name}: ${t('badgeUnreachable')}` };
  // Every address's mail, as the popup's switcher and "All addresses" view count it.
  const unread = messages.filter((message) => !message.read).length;
  const text = unread === 0 ? '' : unread > 99 ? '99+' : String(unread);
  return {
    text,
    color: BADGE_COLORS.unread,
    title: unread ? `${name}: ${tPlural('badgeUnread', unread, String(unread))}` : name,
  };
}

/** Redraws the badge from storage; calls during a redraw are folded into one more. */
export const updateBadge = coalesced('badge', async () => {
  const state = await computeBadge();
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: state.text }),
    action.setBadgeBackgroundColor({ color: state.color }),
    // Chrome 110+ and Firefox 63+; otherwise the browser picks the text colour.
    action.setBadgeTextColor?.({ color: BADGE_COLORS.text }),
    action.setTitle({ title: state.title }),
  ]);
});

/** Draws the badge now and whenever what it shows changes. */
export function startBadge(): void {
  for (const item of [messagesItem, connectionItem, pollStatusItem]) {
    item.watch(() => void updateBadge());
  }
  void updateBadge();
}
