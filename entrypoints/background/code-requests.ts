/**
 * The background's answer to a content script that asks, after the user's trusted click, for the
 * verification code (to fill it) or to open the verification link. The request carries nothing:
 * the site is the one the browser reports for the sender (`senderSite`), and the answer is what
 * the verification loop's rule (`utils/site-offers.ts`) gives for that site now: the code of the
 * mail that answered the latest fill there, within 30 minutes of it. A page of any other site, a
 * frame of another site in the tab, or a sender that is not a content script gets nothing
 * (`listenForRequests` has already refused extension pages and strangers these requests).
 */
import { browser } from '#imports';
import { fail, type Outcome } from '@/utils/errors';
import { safeHttpHref } from '@/utils/linkify';
import type { Sender } from '@/utils/messaging';
import { offerFor } from '@/utils/site-offers';
import { mailboxesItem, messagesItem, type StoredMessage } from '@/utils/storage';
import { senderSite } from './site-memory';

/** The message whose code or link the sender's site may have now, or the error that says why not. */
async function answerFor(sender: Sender, kind: 'code' | 'link'): Promise<Outcome<StoredMessage>> {
  const site = typeof sender.tab?.id === 'number' ? senderSite(sender) : null;
  if (!site) return fail('forbidden-sender');
  const [mailboxes, messages] = await Promise.all([mailboxesItem.getValue(), messagesItem.getValue()]);
  const found = offerFor(site, mailboxes, messages, Date.now());
  return found?.offer.kind === kind ? { ok: true, value: found.message } : fail('not-found');
}

/** `fillCode`: the code for the sender's site, and nothing else. */
export async function fillCode(_request: undefined, sender: Sender): Promise<Outcome<{ code: string }>> {
  const answer = await answerFor(sender, 'code');
  if (!answer.ok) return answer;
  return { ok: true, value: { code: answer.value.code! } };
}

/**
 * `openVerificationLink`: opens the link of the mail that answered the fill on the sender's site
 * in a new tab beside the sender's. The link never goes to the page.
 */
export async function openVerificationLink(_request: undefined, sender: Sender): Promise<Outcome<void>> {
  const answer = await answerFor(sender, 'link');
  if (!answer.ok) return answer;
  const url = safeHttpHref(answer.value.link);
  if (!url) return fail('not-found');
  const tab = sender.tab!;
  await browser.tabs.create({
    url,
    openerTabId: tab.id,
    ...(typeof tab.index === 'number' ? { index: tab.index + 1 } : {}),
    ...(typeof tab.windowId === 'number' ? { windowId: tab.windowId } : {}),
  });
  return { ok: true, value: undefined };
}
