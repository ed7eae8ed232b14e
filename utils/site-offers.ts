/**
 * The verification loop's one rule, pure: which mail answers an address given to a site, and what
 * may be offered there. The background builds the content script's offers and answers its
 * requests with it; the popup shows the waiting state and the code line with it.
 *
 * The rule: the latest fill on a site (across mailboxes) is the sign-up the site's code or link
 * belongs to. Its answer is the newest message to that address, fetched at or after the fill,
 * that carries a code or a link; it is offered on the site for 30 minutes after the fill.
 */
import type { MailboxRecord, SiteOffer, SiteUse, StoredMessage } from './storage';

/** How long after a fill on a site its code or link is offered there. */
export const OFFER_WINDOW_MS = 30 * 60_000;
/** How many sites a mailbox remembers (the oldest go first). */
export const SITES_KEPT = 20;

export interface LatestUse {
  mailbox: MailboxRecord;
  use: SiteUse;
}

/** The latest fill on `site` across `mailboxes`, or null. */
export function latestUseOf(mailboxes: MailboxRecord[], site: string): LatestUse | null {
  let found: LatestUse | null = null;
  for (const mailbox of mailboxes) {
    const use = (mailbox.sites ?? []).find((item) => item.site === site);
    if (use && (!found || use.usedAt > found.use.usedAt)) found = { mailbox, use };
  }
  return found;
}

/** The message that answers a fill of `email` at `usedAt`: the newest since then with a code or a link. */
export function answerTo(email: string, usedAt: number, messages: StoredMessage[]): StoredMessage | null {
  let found: StoredMessage | null = null;
  for (const message of messages) {
    if (message.mailbox !== email || message.fetchedAt < usedAt || !(message.code || message.link)) continue;
    if (!found || message.fetchedAt > found.fetchedAt) found = message;
  }
  return found;
}

/** Still offered at `now`: within 30 minutes of the fill. */
export const isFresh = (use: SiteUse, now: number) => now >= use.usedAt && now - use.usedAt < OFFER_WINDOW_MS;

/** What is offered on `site` at `now` (with the message behind it), or null. */
export function offerFor(
  site: string,
  mailboxes: MailboxRecord[],
  messages: StoredMessage[],
  now: number,
): { offer: SiteOffer; message: StoredMessage } | null {
  const latest = latestUseOf(mailboxes, site);
  if (!latest || !isFresh(latest.use, now)) return null;
  const message = answerTo(latest.mailbox.email, latest.use.usedAt, messages);
  if (!message) return null;
  const kind = message.code ? 'code' : 'link';
  return { offer: { site, kind, until: latest.use.usedAt + OFFER_WINDOW_MS, since: message.fetchedAt }, message };
}

/** Every offer at `now`, one per site at most, in site order. */
export function siteOffers(mailboxes: MailboxRecord[], messages: StoredMessage[], now: number): SiteOffer[] {
  const sites = new Set(mailboxes.flatMap((mailbox) => (mailbox.sites ?? []).map((use) => use.site)));
  return [...sites]
    .sort()
    .map((site) => offerFor(site, mailboxes, messages, now)?.offer)
    .filter((offer): offer is SiteOffer => !!offer);
}

/** `sites` with a fill on `site` at `now`: first in the list, once, at most {@link SITES_KEPT}. */
export function withUse(sites: SiteUse[] | undefined, site: string, now: number): SiteUse[] {
  return [{ site, usedAt: now }, ...(sites ?? []).filter((use) => use.site !== site)].slice(0, SITES_KEPT);
}

/** What the popup's top line says about a mailbox's latest fill. */
export type LoopState =
  { kind: 'waiting'; site: string; usedAt: number } | { kind: 'code'; site: string; message: StoredMessage } | null;

/**
 * The popup's view of `mailbox`'s latest fill at `now`: its code once one came (for 30 minutes
 * after the fill), "waiting for mail from the site" until any mail came, else nothing.
 */
export function loopState(mailbox: MailboxRecord | null, messages: StoredMessage[], now: number): LoopState {
  const use = mailbox?.sites?.[0];
  if (!mailbox || !use || !isFresh(use, now)) return null;
  const since = messages.filter((message) => message.mailbox === mailbox.email && message.fetchedAt >= use.usedAt);
  const withCode = since.filter((message) => message.code).sort((a, b) => b.fetchedAt - a.fetchedAt)[0];
  if (withCode) return { kind: 'code', site: use.site, message: withCode };
  return since.length ? null : { kind: 'waiting', site: use.site, usedAt: use.usedAt };
}
