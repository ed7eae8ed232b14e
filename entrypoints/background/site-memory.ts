/**
 * Addresses remember their sites. A fill records the registrable domain of the tab's URL as the
 * browser reports it (never a value the page supplies) on the mailbox, in storage, so it survives
 * the worker and goes when the mailbox goes. From the mailboxes and the messages this module keeps
 * `siteOffersItem`, the one thing the content script reads to know that a code or a link is
 * waiting for its site (it names no code, link or address).
 *
 * Only the background parses sites: the public-suffix list (`tldts`) stays out of the content script.
 */
import { parse } from 'tldts';
import type { Sender } from '@/utils/messaging';
import { siteOffers, withUse } from '@/utils/site-offers';
import { mailboxesItem, messagesItem, siteOffersItem } from '@/utils/storage';
import { coalesced } from './serial';

/**
 * The site of an http(s) URL: its registrable domain (eTLD+1) by the Public Suffix List, private
 * suffixes included (`alice.github.io` and `bob.github.io` are two sites); an IP address, or a
 * host without a registrable domain (`localhost`), as its host name. Null for any other URL.
 * https://publicsuffix.org/list/
 */
export function siteOf(url: string | undefined): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const hostname = parsed.hostname.replace(/\.$/, '');
  const info = parse(hostname, { allowPrivateDomains: true });
  return info.isIp ? hostname : (info.domain ?? hostname);
}

/**
 * The site a content script's request comes from, as the browser reports it: the frame's own URL
 * (`sender.url`) and the tab's (`sender.tab.url`) must name the same site; a frame of another
 * site inside the tab has none. Firefox reports the tab's URL only with the `tabs` permission:
 * there the top frame's own URL stands for it, and a subframe has no site.
 */
export function senderSite(sender: Sender): string | null {
  const frame = siteOf(sender.url ?? sender.tab?.url);
  const top = sender.tab?.url !== undefined ? siteOf(sender.tab.url) : sender.frameId === 0 ? frame : null;
  return frame && frame === top ? frame : null;
}

/** Records that `email` was filled into a page of `url`'s site at `now` (nothing for other URLs). */
export async function recordSiteUse(email: string, url: string | undefined, now = Date.now()): Promise<void> {
  const site = siteOf(url);
  if (!site) return;
  const records = await mailboxesItem.getValue();
  if (!records.some((record) => record.email === email)) return;
  await mailboxesItem.setValue(
    records.map((record) => (record.email === email ? { ...record, sites: withUse(record.sites, site, now) } : record)),
  );
}

/** Rewrites the content script's offers from what is stored now (only when they changed). */
export const updateSiteOffers = coalesced('site offers', async () => {
  const [mailboxes, messages, current] = await Promise.all([
    mailboxesItem.getValue(),
    messagesItem.getValue(),
    siteOffersItem.getValue(),
  ]);
  const next = siteOffers(mailboxes, messages, Date.now());
  if (JSON.stringify(next) !== JSON.stringify(current)) await siteOffersItem.setValue(next);
});

/** Keeps the offers current: a fill or a new message rewrites them (expired ones go on the next change). */
export function startSiteOffers(): void {
  for (const item of [mailboxesItem, messagesItem]) item.watch(() => void updateSiteOffers());
  void updateSiteOffers();
}
