import { browser, defineBackground } from '#imports';
import { listenForRequests, type Outcome, type RequestHandlers } from '@/utils/messaging';
import { connectionItem, mailboxesItem, messagesItem, pollStatusItem, settingsItem } from '@/utils/storage';
import { blockSite, fillAddress, listenForFillTriggers, setUpContextMenu } from './autofill';
import { updateBadge } from './badge';
import { removeKey, saveConnection } from './connection';
import { changeMailbox, createMailbox, deleteMailbox, selectMailbox } from './mailboxes';
import { deleteMessage, downloadAttachment, readMessage } from './messages';
import { listenForNotificationClicks } from './notifications';
import { expectMail, pollNow, schedule, setPopupOpen, startPoller } from './poller';

/** A new address, or another one chosen: the user is about to wait for mail. */
async function afterMailboxChange<T>(outcome: Promise<Outcome<T>>): Promise<Outcome<T>> {
  const result = await outcome;
  if (result.ok) await expectMail();
  return result;
}

const handlers: RequestHandlers = {
  saveConnection: async (request) => {
    const result = await saveConnection(request);
    if (result.ok) await schedule();
    return result;
  },
  removeKey: async () => {
    const result = await removeKey();
    await schedule();
    return result;
  },
  createMailbox: () => afterMailboxChange(createMailbox()),
  changeMailbox: (request) => afterMailboxChange(changeMailbox(request)),
  deleteMailbox: async (request) => {
    const result = await deleteMailbox(request);
    await schedule();
    return result;
  },
  selectMailbox: (request) => selectMailbox(request),
  readMessage: (request) => readMessage(request),
  deleteMessage: (request) => deleteMessage(request),
  downloadAttachment: (request) => downloadAttachment(request),
  fillAddress: (request, sender) => fillAddress(request, sender),
  blockSite: (request, sender) => blockSite(request, sender),
};

export default defineBackground({
  // Firefox (MV2): an event page, unloaded when idle like Chrome's worker, not a page kept forever.
  persistent: false,
  main,
});

function main(): void {
  // Listeners are registered synchronously so a worker woken by an event sees it.
  listenForRequests(handlers);
  listenForNotificationClicks();
  listenForFillTriggers();
  browser.runtime.onInstalled.addListener(() => setUpContextMenu());
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== 'popup' || port.sender?.id !== browser.runtime.id) return;
    setPopupOpen(true);
    void pollNow();
    port.onDisconnect.addListener(() => {
      setPopupOpen(false);
      void schedule();
    });
  });
  settingsItem.watch(() => void schedule());
  for (const item of [messagesItem, mailboxesItem, connectionItem, pollStatusItem]) {
    item.watch(() => void updateBadge());
  }
  startPoller();
  void updateBadge();
}
