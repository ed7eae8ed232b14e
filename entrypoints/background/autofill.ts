/**
 * What the background does for autofill: answers a content script's fill request with an address
 * (and nothing more), and offers the context-menu entry and the keyboard command.
 */
import { browser } from '#imports';
import { errorText } from '@/utils/error-text';
import { t } from '@/utils/i18n';
import { fail, type Outcome } from '@/utils/errors';
import { sendFillFocused, type Sender } from '@/utils/messaging';
import { autofillSettingsItem } from '@/utils/storage';
import { keyVault } from './api';
import { createMailbox, ensureLiveMailbox } from './mailboxes';
import { recordSiteUse } from './site-memory';

export const MENU_FILL = 'fill-temp-address';
export const COMMAND_FILL = 'fill-temp-address';

/**
 * The address to fill into a page of `pageUrl` (as the browser reports it): the mailbox is adopted
 * (a verification mail is on its way) and remembers the page's site.
 */
async function addressForFill(mode: 'current' | 'new', pageUrl: string | undefined): Promise<Outcome<{ email: string }>> {
  // Without a key nothing is polled: an address given now would get mail nobody sees.
  if (!(await keyVault().get())) return fail('no-key');
  const mailbox = mode === 'new' ? await createMailbox() : await ensureLiveMailbox();
  if (!mailbox.ok) return mailbox;
  await recordSiteUse(mailbox.value.email, pageUrl);
  return { ok: true, value: { email: mailbox.value.email } };
}

export async function fillAddress(request: { mode: 'current' | 'new' }, sender: Sender): Promise<Outcome<{ email: string }>> {
  if (request?.mode !== 'current' && request?.mode !== 'new') return fail('invalid-input', { reason: 'malformed-request' });
  if (!sender.tab?.id) return fail('forbidden-sender');
  // The tab's own URL: the site the address is given to (a frame's sign-up form gives it to the tab's site).
  return addressForFill(request.mode, sender.tab.url ?? sender.url);
}

function siteOf(url: string | undefined): string | null {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** "Don't show on this site": the site is the sender's own page, never a name the page chose. */
export async function blockSite(_request: undefined, sender: Sender): Promise<Outcome<void>> {
  const site = siteOf(sender.tab?.url ?? sender.url);
  if (!site) return fail('invalid-input', { reason: 'no-site' });
  const settings = await autofillSettingsItem.getValue();
  if (!settings.blockedSites.includes(site)) {
    await autofillSettingsItem.setValue({ ...settings, blockedSites: [...settings.blockedSites, site].sort() });
  }
  return { ok: true, value: undefined };
}

/** Undo of "Don't show on this site": the sender's own page's site, shown the button again. */
export async function unblockSite(_request: undefined, sender: Sender): Promise<Outcome<void>> {
  const site = siteOf(sender.tab?.url ?? sender.url);
  if (!site) return fail('invalid-input', { reason: 'no-site' });
  const settings = await autofillSettingsItem.getValue();
  if (settings.blockedSites.includes(site)) {
    await autofillSettingsItem.setValue({ ...settings, blockedSites: settings.blockedSites.filter((item) => item !== site) });
  }
  return { ok: true, value: undefined };
}

async function fillFocusedField(tabId: number, pageUrl: string | undefined, frameId?: number): Promise<void> {
  const address = await addressForFill('current', pageUrl);
  if (!address.ok) {
    await browser.notifications.create({
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('extName'),
      message: errorText(address.error),
    });
    return;
  }
  await sendFillFocused(tabId, address.value.email, frameId);
}

export function setUpContextMenu(): void {
  browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: MENU_FILL, title: t('menuFill'), contexts: ['editable'] }));
}

export function listenForFillTriggers(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_FILL && tab?.id !== undefined)
      void fillFocusedField(tab.id, tab.url ?? info.pageUrl, info.frameId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== COMMAND_FILL) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await fillFocusedField(tab.id, tab.url);
  });
}
