/**
 * The service worker: wiring only. Each request goes to the module that owns it; the poller and
 * the badge follow storage by themselves.
 */
import { browser, defineBackground } from '#imports';
import { listenForRequests, type RequestHandlers } from '@/utils/messaging';
import { blockSite, fillAddress, listenForFillTriggers, setUpContextMenu, unblockSite } from './autofill';
import { startBadge } from './badge';
import { removeKey, saveConnection, welcomeOnInstall } from './connection';
import { changeMailbox, createMailbox, deleteMailbox, selectMailbox } from './mailboxes';
import { deleteMessage, downloadAttachment, readMessage } from './messages';
import { listenForNotificationClicks } from './notifications';
import { startPoller } from './poller';
// The verification loop (issue 12).
import { fillCode, openVerificationLink } from './code-requests';
import { startSiteOffers } from './site-memory';

const handlers: RequestHandlers = {
  saveConnection,
  removeKey,
  createMailbox,
  changeMailbox,
  deleteMailbox,
  selectMailbox,
  readMessage,
  deleteMessage,
  downloadAttachment,
  fillAddress,
  blockSite,
  unblockSite,
  fillCode,
  openVerificationLink,
};

export default defineBackground({
  // Firefox (MV2): an event page, unloaded when idle like Chrome's worker, not a page kept forever.
  persistent: false,
  main,
});

function main(): void {
  // Listeners are registered synchronously so a worker woken by an event sees it.
  listenForRequests(handlers);
  startSiteOffers();
  listenForNotificationClicks();
  listenForFillTriggers();
  browser.runtime.onInstalled.addListener((details) => {
    setUpContextMenu();
    void welcomeOnInstall(details);
  });
  startPoller();
  startBadge();
}
