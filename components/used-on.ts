/** "Used on example.com, shop.test +2": the sites an address was filled into, newest first. */
import { t } from '@/utils/i18n';
import type { MailboxRecord } from '@/utils/storage';

const SHOWN = 3;

/** The line for `mailbox`, '' when it was never filled into a page. */
export function usedOnText(mailbox: Pick<MailboxRecord, 'sites'>): string {
  const sites = (mailbox.sites ?? []).map((use) => use.site);
  if (!sites.length) return '';
  const more = sites.length > SHOWN ? ` +${sites.length - SHOWN}` : '';
  return t('usedOn', `${sites.slice(0, SHOWN).join(', ')}${more}`);
}
